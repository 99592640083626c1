/**
 * The background's side of issue 7, against an in-memory browser: `vault/lookup` reads exactly what
 * `vault/redact` wrote (same origin-scoped key), the per-tab network rules for redacted values, the
 * per-site image rules, and the AI-use notice's state and audited acknowledgement.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof fakeBrowser>,
}));
vi.mock('../../../src/platform/browser', () => ({
  get browser() {
    return fake.current.browser;
  },
}));
const audit = vi.hoisted(() => ({ record: vi.fn() }));
vi.mock('../../../src/background/audit', () => ({ recordAudit: audit.record }));
const settings = vi.hoisted(() => ({ values: {} as Record<string, unknown> }));
vi.mock('../../../src/background/settings', async () => {
  const { DEFAULTS } = await import('../../../src/policy/schema');
  return { currentSettings: async () => ({ settings: { ...DEFAULTS, ...settings.values }, locked: [], problems: [] }) };
});

const { vaultRedact } = await import('../../../src/background/vault');
const { vaultLookup } = await import('../../../src/background/vault-lookup');
const { guardRedactedValues, siteImageRules, VALUE_RULE_BASE, MAX_RULES_PER_TAB } =
  await import('../../../src/background/exfil');
const { noticeAcknowledged, noticeSeen, noticeState } = await import('../../../src/background/ai-notice-state');

const chatgpt = (tab = 7) => ({ url: 'https://chatgpt.com/c/1', tab: { id: tab } }) as never;
const claude = { url: 'https://claude.ai/chat/1', tab: { id: 8 } } as never;
const TEXT = 'Mail jane.doe@example.com or +44 20 7946 0958';
const SPANS = [
  { start: 5, end: 25, type: 'EMAIL_ADDRESS' as const },
  { start: 29, end: 45, type: 'PHONE_NUMBER' as const },
];

beforeEach(() => {
  fake.current = fakeBrowser();
  settings.values = {};
  audit.record.mockReset();
});

describe('vault/lookup', () => {
  it('answers only the tab that redacted into the conversation (a fresh tab on the same path gets nothing)', async () => {
    await vaultRedact({ conversation: 'chatgpt:/c/1', text: TEXT, spans: SPANS }, chatgpt(7));
    const ask = { conversation: 'chatgpt:/c/1', placeholders: ['[EMAIL_1]'], urls: [] };
    expect((await vaultLookup(ask, chatgpt(9))).values).toEqual({});
    expect(
      (await vaultLookup({ ...ask, conversation: 'chatgpt:/', inherit: 'chatgpt:/c/1' }, chatgpt(9))).values,
    ).toEqual({});
    expect((await vaultLookup(ask, chatgpt(7))).values).toEqual({ '[EMAIL_1]': 'jane.doe@example.com' });
    // Nor can the other tab continue that numbering and then read it back.
    await vaultRedact({ conversation: 'chatgpt:/c/9', inherit: 'chatgpt:/c/1', text: 'x', spans: [] }, chatgpt(9));
    expect((await vaultLookup({ ...ask, conversation: 'chatgpt:/c/9' }, chatgpt(9))).values).toEqual({});
  });

  it('returns the values vault/redact stored for this origin and conversation, and nothing else', async () => {
    const red = await vaultRedact({ conversation: 'chatgpt:/c/1', text: TEXT, spans: SPANS }, chatgpt());
    expect(red.text).toBe('Mail [EMAIL_1] or [PHONE_1]');
    const hit = await vaultLookup(
      { conversation: 'chatgpt:/c/1', placeholders: ['[EMAIL_1]', '[PHONE_1]', '[EMAIL_9]'], urls: [] },
      chatgpt(),
    );
    expect(hit.values).toEqual({ '[EMAIL_1]': 'jane.doe@example.com', '[PHONE_1]': '+44 20 7946 0958' });
    // Another conversation, another site: nothing.
    expect(
      (await vaultLookup({ conversation: 'chatgpt:/c/2', placeholders: ['[EMAIL_1]'], urls: [] }, chatgpt())).values,
    ).toEqual({});
    expect(
      (await vaultLookup({ conversation: 'chatgpt:/c/1', placeholders: ['[EMAIL_1]'], urls: [] }, claude)).values,
    ).toEqual({});
  });

  it('inherits from the conversation a new chat came from, only when its own has nothing', async () => {
    await vaultRedact({ conversation: 'chatgpt:/', text: TEXT, spans: SPANS }, chatgpt());
    const inherited = await vaultLookup(
      { conversation: 'chatgpt:/c/new', inherit: 'chatgpt:/', placeholders: ['[EMAIL_1]'], urls: [] },
      chatgpt(),
    );
    expect(inherited.values).toEqual({ '[EMAIL_1]': 'jane.doe@example.com' });
    await vaultRedact(
      {
        conversation: 'chatgpt:/c/new',
        text: 'to other@example.org',
        spans: [{ start: 3, end: 20, type: 'EMAIL_ADDRESS' }],
      },
      chatgpt(),
    );
    const own = await vaultLookup(
      { conversation: 'chatgpt:/c/new', inherit: 'chatgpt:/', placeholders: ['[EMAIL_1]'], urls: [] },
      chatgpt(),
    );
    expect(own.values).toEqual({ '[EMAIL_1]': 'other@example.org' });
  });

  it('says which URLs carry a redacted value, by type', async () => {
    await vaultRedact({ conversation: 'chatgpt:/c/1', text: TEXT, spans: SPANS }, chatgpt());
    const answer = await vaultLookup(
      {
        conversation: 'chatgpt:/c/1',
        placeholders: [],
        urls: ['https://evil.example/p?u=jane.doe%40example.com', 'https://ok.example/cat.png'],
      },
      chatgpt(),
    );
    expect(answer).toEqual({ values: {}, urlTypes: [['EMAIL_ADDRESS'], []] });
  });

  it.each([
    ['no conversation', { placeholders: [], urls: [] }],
    ['not a placeholder', { conversation: 'c', placeholders: ['jane@x.com'], urls: [] }],
    ['too many urls', { conversation: 'c', placeholders: [], urls: Array(201).fill('https://a.example/') }],
    ['a huge url', { conversation: 'c', placeholders: [], urls: ['https://a.example/' + 'x'.repeat(9000)] }],
  ])('refuses a malformed request: %s', async (_why, request) => {
    await expect(vaultLookup(request, chatgpt())).rejects.toThrow(/malformed/);
  });
});

describe('network rules', () => {
  it('one image rule per active site, with its own hosts as initiators and first-party hosts excluded', () => {
    const rules = siteImageRules({ enabled: true, disabledSites: ['claude'] });
    expect(rules.map((r) => r.condition.initiatorDomains?.[0])).not.toContain('claude.ai');
    const gpt = rules.find((r) => r.condition.initiatorDomains?.includes('chatgpt.com'))!;
    expect(gpt.condition).toMatchObject({
      regexFilter: '[?&][^&#]{16}',
      resourceTypes: ['image'],
      initiatorDomains: ['chatgpt.com', 'chat.openai.com'],
    });
    expect(gpt.condition.excludedRequestDomains).toEqual(expect.arrayContaining(['chatgpt.com', 'oaiusercontent.com']));
    expect(rules.every((r) => r.id >= 1 && r.id < 100)).toBe(true);
    expect(siteImageRules({ enabled: false, disabledSites: [] })).toEqual([]);
  });

  it('blocks the redacted values in URLs from the sending tab, once per form', async () => {
    const request = { conversation: 'chatgpt:/c/1', text: TEXT, spans: SPANS };
    expect(await guardRedactedValues(request, chatgpt(7))).toBe(7);
    expect(await guardRedactedValues(request, chatgpt(7))).toBe(0); // nothing new
    const rules = fake.current.rules();
    expect(rules.map((r) => r.condition.urlFilter)).toEqual([
      'jane.doe@example.com',
      'jane.doe%40example.com',
      'amFuZS5kb2VAZXhhbXBsZS5jb20',
      '%2B44%2020%207946%200958',
      '%2B44+20+7946+0958',
      '442079460958',
      'KzQ0IDIwIDc5NDYgMDk1OA',
    ]);
    expect(
      rules.every((r) => r.id >= VALUE_RULE_BASE && r.condition.tabIds?.[0] === 7 && !r.condition.resourceTypes),
    ).toBe(true);
    // Another tab gets its own rules.
    expect(await guardRedactedValues(request, chatgpt(9))).toBe(7);
    expect(new Set(fake.current.rules().map((r) => r.id)).size).toBe(14);
  });

  it('keeps at most MAX_RULES_PER_TAB per tab, dropping the oldest', async () => {
    for (let i = 0; i < 140; i++) {
      const text = `user${String(i).padStart(3, '0')}@example.com`;
      await guardRedactedValues(
        { conversation: 'c', text, spans: [{ start: 0, end: text.length, type: 'EMAIL_ADDRESS' }] },
        chatgpt(3),
      );
    }
    const rules = fake.current.rules();
    expect(rules.length).toBe(MAX_RULES_PER_TAB);
    expect(rules.some((r) => r.condition.urlFilter === 'user139@example.com')).toBe(true);
    expect(rules.some((r) => r.condition.urlFilter === 'user000@example.com')).toBe(false);
  });

  it('never fails the redaction when the browser refuses a rule', async () => {
    fake.current.browser.declarativeNetRequest.updateSessionRules = async () => {
      throw new Error('quota');
    };
    expect(await guardRedactedValues({ conversation: 'c', text: TEXT, spans: SPANS }, chatgpt())).toBe(0);
  });
});

describe('AI-use notice state', () => {
  beforeEach(() => {
    audit.record.mockImplementation(async (req: { events: { id: string }[] }) =>
      req.events.map((e) => ({ id: e.id, status: 'recorded', seq: 1 })),
    );
  });

  it('is per site and per policy version', async () => {
    settings.values = { policyVersion: 'v1' };
    expect(await noticeState(chatgpt())).toEqual({ seen: false, acknowledged: false, policyVersion: 'v1' });
    await noticeSeen(chatgpt());
    expect(await noticeState(chatgpt())).toEqual({ seen: true, acknowledged: false, policyVersion: 'v1' });
    expect(await noticeState(claude)).toEqual({ seen: false, acknowledged: false, policyVersion: 'v1' });
    settings.values = { policyVersion: 'v2' };
    expect(await noticeState(chatgpt())).toEqual({ seen: false, acknowledged: false, policyVersion: 'v2' });
  });

  it('records the acknowledgement in the audit trail before storing it', async () => {
    settings.values = { policyVersion: 'v1', requireAcknowledgement: true };
    expect(await noticeAcknowledged(chatgpt())).toEqual({ seen: true, acknowledged: true, policyVersion: 'v1' });
    expect(audit.record).toHaveBeenCalledTimes(1);
    const [request] = audit.record.mock.calls[0]!;
    expect(request.events[0]).toMatchObject({
      site: 'chatgpt',
      host: 'chatgpt.com',
      action: 'acknowledged',
      trigger: 'page',
      counts: {},
      previews: [],
      detail: 'ai-use-notice required',
      policyVersion: 'v1',
      conversationKey: '',
    });
  });

  it('stores nothing when the audit trail refuses it', async () => {
    audit.record.mockImplementation(async (req: { events: { id: string }[] }) =>
      req.events.map((e) => ({ id: e.id, status: 'rejected', errors: ['no'] })),
    );
    await expect(noticeAcknowledged(chatgpt())).rejects.toThrow(/could not be recorded/);
    expect((await noticeState(chatgpt())).acknowledged).toBe(false);
  });

  it('answers only supported sites', async () => {
    await expect(noticeState({ url: 'https://example.com/', tab: { id: 1 } } as never)).rejects.toThrow(
      /supported sites/,
    );
  });
});
