import { describe, expect, it } from 'vitest';
import { isLocked, refusedPaths, resolveSettings } from '../../../src/policy/resolve';
import { DEFAULTS, SETTING_KEYS, type SettingKey, type Settings } from '../../../src/policy/schema';

/** For every key: a valid value unlike the default, and a broken one the resolver must repair. */
const SAMPLES: { [K in Exclude<SettingKey, 'reporting' | 'userMayLoosen'>]: { valid: Settings[K]; invalid: unknown } } =
  {
    enabled: { valid: false, invalid: 'no' },
    mode: { valid: 'monitor', invalid: 'stealth' },
    policyVersion: { valid: '2026-11-a', invalid: 7 },
    actions: { valid: { ...DEFAULTS.actions, EMAIL_ADDRESS: 'block' }, invalid: ['block'] },
    minScore: { valid: 0.7, invalid: 'high' },
    allowSendAnyway: { valid: false, invalid: 1 },
    requireReason: { valid: true, invalid: 'yes' },
    failMode: { valid: 'allow', invalid: 'panic' },
    otherFiles: { valid: 'block', invalid: 'shred' },
    customKeywords: { valid: ['Project Nightjar'], invalid: 'Nightjar' },
    customPatterns: { valid: [{ name: 'Ticket', pattern: 'TCK-\\d{6}', action: 'redact' }], invalid: { name: 'x' } },
    disabledSites: { valid: ['poe'], invalid: 'poe' },
    extraSites: {
      valid: [
        {
          name: 'Intranet AI',
          match: 'https://ai.example.com/*',
          composer: 'textarea',
          sendButton: 'button',
          reply: '.a',
        },
      ],
      invalid: { name: 'Intranet AI' },
    },
    selectorOverrides: { valid: { chatgpt: { composer: ['#new-composer'] } }, invalid: 'chatgpt' },
    blockedSites: { valid: ['*.shadow-ai.example'], invalid: 'shadow-ai.example' },
    aiTools: { valid: { default: 'warn', 'category:image': 'block', 'chatgpt.com': 'allow' }, invalid: ['block'] },
    approvedToolUrl: { valid: 'https://ai.example.com/', invalid: 'javascript:alert(1)' },
    showDisclaimer: { valid: false, invalid: null },
    disclaimerText: { valid: 'Check AI output.', invalid: 42 },
    disclaimerLinkUrl: { valid: 'https://intranet.example.com/ai-policy', invalid: 'http://plain.example.com/' },
    requireAcknowledgement: { valid: true, invalid: 'true' },
    termsUrl: { valid: 'https://intranet.example.com/terms', invalid: 'not a url' },
    auditRetentionDays: { valid: 30, invalid: 0 },
    allowAuditExport: { valid: false, invalid: 0 },
    allowAuditClear: { valid: false, invalid: 'never' },
  };

describe('resolveSettings', () => {
  it('has a sample for every key', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('starts from the defaults', () => {
    expect(resolveSettings(undefined, undefined)).toEqual({ settings: DEFAULTS, locked: [], problems: [] });
  });

  describe.each(SETTING_KEYS as (keyof typeof SAMPLES)[])('%s', (key) => {
    const { valid, invalid } = SAMPLES[key];

    it('takes a valid user value, unlocked', () => {
      const r = resolveSettings({ [key]: valid }, {});
      expect(r.settings[key]).toEqual(valid);
      expect(r.problems).toEqual([]);
      expect(isLocked(r, key)).toBe(false);
    });

    it.skipIf(key === 'actions' || key === 'selectorOverrides' || key === 'aiTools')(
      'lets policy override the user and locks it',
      () => {
        const r = resolveSettings({ [key]: valid }, { [key]: DEFAULTS[key] });
        expect(r.settings[key]).toEqual(DEFAULTS[key]);
        expect(r.problems).toEqual([]);
        expect(isLocked(r, key)).toBe(true);
      },
    );

    it('repairs a broken policy value to what the user had, and says so', () => {
      const r = resolveSettings({ [key]: valid }, { [key]: invalid });
      expect(r.settings[key]).toEqual(valid);
      expect(r.problems.length).toBeGreaterThan(0);
      expect(r.problems.every((p) => p.source === 'policy' && p.key.startsWith(key))).toBe(true);
      expect(isLocked(r, key)).toBe(false);
    });

    it('repairs a broken user value to the default, and says so', () => {
      const r = resolveSettings({ [key]: invalid }, undefined);
      expect(r.settings[key]).toEqual(DEFAULTS[key]);
      expect(r.problems.some((p) => p.source === 'user' && p.key.startsWith(key))).toBe(true);
    });
  });

  it('ignores a managed-only key in the user layer, with a problem', () => {
    const r = resolveSettings({ userMayLoosen: false }, {});
    expect(r.settings.userMayLoosen).toBe(true);
    expect(r.problems.map((p) => `${p.source}:${p.key}`)).toEqual(['user:userMayLoosen']);
  });

  it('locks only the action entries the policy sets', () => {
    const r = resolveSettings(
      { actions: { PERSON: 'allow', EMAIL_ADDRESS: 'warn' } },
      { actions: { EMAIL_ADDRESS: 'block' } },
    );
    expect(r.settings.actions.EMAIL_ADDRESS).toBe('block');
    expect(r.settings.actions.PERSON).toBe('allow');
    expect(r.settings.actions.SECRET).toBe('block'); // default kept
    expect(r.locked).toEqual(['actions.EMAIL_ADDRESS']);
    expect(isLocked(r, 'actions.PERSON')).toBe(false);
  });

  it("lets policy override and lock one selector override, leaving the user's others", () => {
    const r = resolveSettings(
      { selectorOverrides: { chatgpt: { composer: ['#mine'] }, claude: { reply: ['.r'] } } },
      { selectorOverrides: { chatgpt: { composer: ['#org'] } } },
    );
    expect(r.settings.selectorOverrides).toEqual({ chatgpt: { composer: ['#org'] }, claude: { reply: ['.r'] } });
    expect(r.locked).toEqual(['selectorOverrides.chatgpt']);
  });

  it('drops an unknown entity type in actions but keeps the rest', () => {
    const r = resolveSettings({}, { actions: { EMAIL: 'block', PHONE_NUMBER: 'nuke', IBAN_CODE: 'block' } });
    expect(r.settings.actions.IBAN_CODE).toBe('block');
    expect(r.settings.actions.PHONE_NUMBER).toBe(DEFAULTS.actions.PHONE_NUMBER);
    expect(r.problems.map((p) => p.key)).toEqual(['actions.EMAIL', 'actions.PHONE_NUMBER']);
  });

  it('keeps the good items of a list and reports the bad ones', () => {
    const r = resolveSettings({}, { customKeywords: ['Nightjar', 42, 'Kestrel'] });
    expect(r.settings.customKeywords).toEqual(['Nightjar', 'Kestrel']);
    expect(r.problems).toEqual([
      {
        source: 'policy',
        key: 'customKeywords[1]',
        message: 'expected text, got 42',
        code: 'expected_text', // worded in the UI language by the popup and options page
        args: ['42'],
      },
    ]);
  });

  it('skips a custom pattern that does not compile, with the reason', () => {
    const patternError = (p: string) => (p.includes('(?<=') ? 'lookbehind is not supported' : undefined);
    const r = resolveSettings(
      {},
      {
        customPatterns: [
          { name: 'Bad', pattern: '(?<=x)y', action: 'block' },
          { name: 'Good', pattern: 'ACME-\\d+', action: 'redact' },
        ],
      },
      { patternError },
    );
    expect(r.settings.customPatterns.map((p) => p.name)).toEqual(['Good']);
    expect(r.problems[0]?.message).toContain('"Bad" does not compile: lookbehind is not supported');
  });

  it('ignores keys that are not settings, and non-object stores, without throwing', () => {
    expect(resolveSettings({ bogus: 1 }, 'garbage').problems).toEqual([
      {
        source: 'user',
        key: 'bogus',
        message: 'is not a Veil setting and was ignored',
        code: 'unknown_setting',
        args: [],
      },
      {
        source: 'policy',
        key: '*',
        message: 'settings are not an object; defaults used',
        code: 'not_settings',
        args: [],
      },
    ]);
  });
});

describe('custom patterns checked by the detector', () => {
  it('reports a pattern RE2 cannot compile (a lookbehind) and keeps the valid one', async () => {
    const { DETECTOR_CHECKS } = await import('../../../src/policy/checks');
    const r = resolveSettings(
      {},
      {
        customPatterns: [
          { name: 'Lookbehind', pattern: '(?<=ID)\\d+', action: 'block' },
          { name: 'Ticket', pattern: 'TCK-\\d{6}', action: 'redact' },
        ],
      },
      DETECTOR_CHECKS,
    );
    expect(r.settings.customPatterns.map((p) => p.name)).toEqual(['Ticket']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ source: 'policy', key: 'customPatterns[0]' });
    expect(r.problems[0]!.message).toContain('"Lookbehind" does not compile');
  });
});

describe('locks that hold (issue 18)', () => {
  const LOOSE = {
    disabledSites: ['chatgpt', 'claude', 'gemini'],
    mode: 'monitor',
    failMode: 'allow',
    minScore: 1,
    actions: { default: 'allow', EMAIL_ADDRESS: 'allow', SECRET: 'warn', ORGANIZATION: 'block' },
    auditRetentionDays: 1,
  };

  it('a policy that sets enabled holds every way to loosen, and locks what it pins', () => {
    const r = resolveSettings(LOOSE, { enabled: true, actions: { CREDIT_CARD: 'block' } });
    expect(r.settings).toMatchObject({ disabledSites: [], mode: 'enforce', failMode: 'block', minScore: 0.5 });
    expect(r.settings.actions).toMatchObject({ default: 'redact', EMAIL_ADDRESS: 'redact', SECRET: 'block' });
    expect(r.settings.actions.ORGANIZATION).toBe('block'); // stricter than the floor: the user's
    for (const path of ['enabled', 'disabledSites', 'mode', 'failMode', 'actions.SECRET', 'actions.CREDIT_CARD']) {
      expect(isLocked(r, path), path).toBe(true);
    }
    expect(isLocked(r, 'actions.EMAIL_ADDRESS')).toBe(false); // may still be made stricter
    expect(r.floors?.actions?.EMAIL_ADDRESS).toBe('redact');
  });

  it('userMayLoosen: true gives the user the loosening back', () => {
    const r = resolveSettings(LOOSE, { enabled: true, userMayLoosen: true });
    expect(r.settings).toMatchObject({ disabledSites: LOOSE.disabledSites, mode: 'monitor', failMode: 'allow' });
    expect(r.settings.actions.EMAIL_ADDRESS).toBe('allow');
  });

  it('no policy, or one without enabled, leaves the user free', () => {
    expect(resolveSettings(LOOSE, {}).settings.mode).toBe('monitor');
    expect(resolveSettings(LOOSE, { policyVersion: 'x' }).settings.failMode).toBe('allow');
  });

  it('allowAuditClear: false keeps retention at least at the policy value, or the default', () => {
    expect(resolveSettings(LOOSE, { allowAuditClear: false, auditRetentionDays: 30 }).settings.auditRetentionDays).toBe(
      30,
    );
    expect(resolveSettings({ auditRetentionDays: 400 }, { allowAuditClear: false }).settings.auditRetentionDays).toBe(
      400,
    );
    expect(resolveSettings(LOOSE, { allowAuditClear: false }).settings.auditRetentionDays).toBe(90);
  });

  it('refusedPaths names each loosening path and lets stricter values through', () => {
    const r = resolveSettings({}, { enabled: true, allowAuditClear: false });
    expect(refusedPaths(r, 'disabledSites', ['chatgpt'])).toEqual(['disabledSites']);
    expect(refusedPaths(r, 'mode', 'monitor')).toEqual(['mode']);
    expect(refusedPaths(r, 'failMode', 'allow')).toEqual(['failMode']);
    expect(refusedPaths(r, 'actions', { EMAIL_ADDRESS: 'allow', PERSON: 'block' })).toEqual(['actions.EMAIL_ADDRESS']);
    expect(refusedPaths(r, 'minScore', 0.9)).toEqual(['minScore']);
    expect(refusedPaths(r, 'minScore', 0.3)).toEqual([]);
    expect(refusedPaths(r, 'auditRetentionDays', 1)).toEqual(['auditRetentionDays']);
    expect(refusedPaths(r, 'auditRetentionDays', 89)).toEqual(['auditRetentionDays']);
    expect(refusedPaths(r, 'auditRetentionDays', 120)).toEqual([]);
  });
});
