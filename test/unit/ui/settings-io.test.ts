import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../src/policy/resolve';
import { SETTING_KEYS, SPEC } from '../../../src/policy/schema';
import { CHOICES, kindOf } from '../../../src/ui/options/fields';
import { exportUserSettings, planImport, SETTINGS_FILE_FORMAT } from '../../../src/ui/options/settings-io';

const resolved = resolveSettings(
  {
    minScore: 0.7,
    actions: { EMAIL_ADDRESS: 'warn', SECRET: 'warn' },
    customKeywords: ['Falcon'],
    allowAuditClear: true,
  },
  { allowAuditClear: false, actions: { SECRET: 'block' }, auditRetentionDays: 30 },
);

describe('exportUserSettings', () => {
  it('holds what the user changed from the defaults, never what policy fixes', () => {
    const file = exportUserSettings(resolved, 0);
    expect(file).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: 1, exportedAt: '1970-01-01T00:00:00.000Z' });
    expect(file.settings).toEqual({ minScore: 0.7, actions: { EMAIL_ADDRESS: 'warn' }, customKeywords: ['Falcon'] });
  });

  it('round-trips: importing an export changes nothing', () => {
    const plan = planImport(JSON.parse(JSON.stringify(exportUserSettings(resolved, 0))), resolved);
    expect(plan.locked).toEqual([]);
    expect(plan.invalid).toEqual([]);
    const after = resolveSettings(
      { ...plan.apply },
      { allowAuditClear: false, actions: { SECRET: 'block' }, auditRetentionDays: 30 },
    );
    expect(after.settings).toEqual(resolved.settings);
  });
});

describe('planImport', () => {
  it('never imports over a policy lock, reports invalid values, keeps valid items', () => {
    const plan = planImport(
      {
        format: SETTINGS_FILE_FORMAT,
        version: 1,
        settings: {
          allowAuditClear: true,
          auditRetentionDays: 2,
          actions: { SECRET: 'allow', PHONE_NUMBER: 'block', SHOE: 'block' },
          minScore: 'high',
          customKeywords: ['Orion', 42],
          mode: 'monitor',
          nonsense: 1,
        },
      },
      resolved,
    );
    expect(plan.locked).toEqual(['allowAuditClear', 'auditRetentionDays', 'actions.SECRET']);
    expect(plan.apply).toEqual({
      actions: { EMAIL_ADDRESS: 'warn', PHONE_NUMBER: 'block' },
      customKeywords: ['Orion'],
      mode: 'monitor',
    });
    expect(plan.invalid.map((p) => p.key)).toEqual(['actions.SHOE', 'minScore', 'customKeywords[1]', 'nonsense']);
  });

  it('accepts a bare settings object, and refuses what is not settings', () => {
    expect(planImport({ mode: 'monitor' }, resolved).apply).toEqual({ mode: 'monitor' });
    expect(() => planImport([1, 2], resolved)).toThrow('no settings object');
    expect(() => planImport({ format: 'veil-audit-export', events: [] }, resolved)).toThrow('format');
  });
});

describe('option fields', () => {
  it('gives every setting an editor', () => {
    const kinds = Object.fromEntries(SETTING_KEYS.map((k) => [k, kindOf(k)]));
    expect(kinds).toMatchObject({
      enabled: 'boolean',
      mode: 'choice',
      actions: 'actions',
      minScore: 'number',
      customKeywords: 'lines',
      customPatterns: 'json',
      disabledSites: 'sites',
      selectorOverrides: 'json',
      approvedToolUrl: 'url',
      disclaimerText: 'text',
      auditRetentionDays: 'number',
    });
  });

  it('offers only choices the schema accepts, and the schema accepts nothing else', () => {
    for (const [key, values] of Object.entries(CHOICES)) {
      const parse = (v: unknown) =>
        (SPEC[key as keyof typeof SPEC] as { parse: (v: unknown, k: string, p: unknown[]) => unknown }).parse(
          v,
          key,
          [],
        );
      for (const v of values!) expect(parse(v), `${key}=${v}`).toBe(v);
      expect(parse('zzz')).toBeUndefined();
    }
  });
});
