/** The policy seam (src/content/assess.ts): actions per finding, the verdict, and chunked = whole. */
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/detect';
import { DEFAULTS, type Settings } from '../../../src/policy/schema';
import { assess, assessChunked, SYNC_LIMIT, withFullFindings } from '../../../src/content/assess';
import { isSendKey } from '../../../src/content/dom';

const withActions = (actions: Record<string, string>): Settings =>
  ({ ...DEFAULTS, actions: { ...DEFAULTS.actions, ...actions } }) as Settings;

describe('assess', () => {
  const text = 'mail jane.doe@example.com, key AKIAH5DMECEKP7CD3PMJ, card 4539 8440 9442 9365';

  it('applies the default policy: secrets block, the rest is redacted', () => {
    const a = assess(text, DEFAULTS);
    expect(a.verdict).toBe('block');
    expect(a.flagged.map((f) => [f.finding.type, f.action])).toEqual([
      ['EMAIL_ADDRESS', 'redact'],
      ['SECRET', 'block'],
      ['CREDIT_CARD', 'redact'],
    ]);
    expect(a.flagged.map((f) => f.value)).toEqual([
      'jane.doe@example.com',
      'AKIAH5DMECEKP7CD3PMJ',
      '4539 8440 9442 9365',
    ]);
  });

  it('takes the strictest action as the verdict, and drops "allow"', () => {
    expect(assess(text, withActions({ SECRET: 'allow' })).verdict).toBe('redact');
    expect(assess(text, withActions({ SECRET: 'allow', CREDIT_CARD: 'warn' })).verdict).toBe('warn');
    const none = assess(text, withActions({ SECRET: 'allow', CREDIT_CARD: 'allow', EMAIL_ADDRESS: 'allow' }));
    expect(none).toMatchObject({ verdict: 'allow', flagged: [] });
  });

  it('falls back to actions.default for types without an entry', () => {
    const actions = Object.fromEntries([['default', 'warn']]);
    const s = { ...DEFAULTS, actions } as Settings;
    expect(assess('mail jane.doe@example.com', s).flagged[0]!.action).toBe('warn');
  });

  it('honours minScore and custom keywords', () => {
    expect(assess('mail jane.doe@example.com', { ...DEFAULTS, minScore: 1.01 } as Settings).flagged).toEqual([]);
    const s = { ...DEFAULTS, customKeywords: ['Project Nightjar'] } as Settings;
    const a = assess('status of project nightjar?', s);
    expect(a.flagged.map((f) => [f.finding.type, f.action])).toEqual([['CUSTOM', 'block']]);
  });

  it("joins the full path's names with the fast path's findings (default policy: a name needs review)", () => {
    const text = 'ask Zorbalina Quenthwick at z.q@example.com';
    const a = assess(text, DEFAULTS);
    const start = text.indexOf('Zorbalina');
    const name = {
      type: 'PERSON' as const,
      start,
      end: start + 'Zorbalina Quenthwick'.length,
      score: 0.9,
      recognizer: 'compromise',
    };
    const b = withFullFindings(a, [name], DEFAULTS);
    expect(b.verdict).toBe('warn');
    expect(b.flagged.map((f) => [f.finding.type, f.value, f.action])).toEqual([
      ['PERSON', 'Zorbalina Quenthwick', 'warn'],
      ['EMAIL_ADDRESS', 'z.q@example.com', 'redact'],
    ]);
    expect(withFullFindings(a, [], DEFAULTS)).toBe(a);
  });
});

describe('assessChunked', () => {
  const allRedact = withActions(Object.fromEntries(ENTITY_TYPES.map((t) => [t, 'redact'])));

  it('finds exactly what the whole-text pass finds, values across chunk boundaries included', async () => {
    const unit = 'Lorem ipsum dolor sit amet, mail someone.else@example.org or call +44 20 7946 0958. ';
    let text = '';
    while (text.length < 60_000) text += unit;
    // Values placed at many offsets, so some straddle wherever chunks happen to end.
    for (let i = 1; i < 40; i++) {
      const at = i * 1499;
      text = `${text.slice(0, at)} key AKIAH5DMECEKP7CD3PMJ card 4539 8440 9442 9365 ${text.slice(at)}`;
    }
    const whole = assess(text, allRedact).flagged.map((f) => [f.finding.start, f.finding.end, f.finding.type]);
    const chunked = (await assessChunked(text, allRedact)).flagged.map((f) => [
      f.finding.start,
      f.finding.end,
      f.finding.type,
    ]);
    expect(text.length).toBeGreaterThan(SYNC_LIMIT * 10);
    expect(chunked).toEqual(whole);
  });

  it('keeps a PEM private key whole even when a chunk would end inside it', async () => {
    const body = Array.from(
      { length: 50 },
      (_, i) => 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7' + String(i).padStart(12, '0'),
    ).join('\n');
    const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`;
    const text = `${'word '.repeat(500)}\n${pem}\n${'word '.repeat(3000)}`;
    const whole = assess(text, allRedact).flagged.map((f) => [f.finding.start, f.finding.end]);
    const chunked = (await assessChunked(text, allRedact)).flagged.map((f) => [f.finding.start, f.finding.end]);
    expect(chunked).toEqual(whole);
  });
});

describe('isSendKey', () => {
  const key = (o: Partial<KeyboardEvent>): Parameters<typeof isSendKey>[0] => ({
    key: 'Enter',
    code: 'Enter',
    shiftKey: false,
    altKey: false,
    isComposing: false,
    keyCode: 13,
    ...o,
  });
  it('is Enter (also Ctrl/Cmd+Enter and the numpad), never Shift/Alt+Enter or an IME commit', () => {
    expect(isSendKey(key({}))).toBe(true);
    expect(isSendKey(key({ code: 'NumpadEnter' }))).toBe(true);
    expect(isSendKey(key({ shiftKey: true }))).toBe(false);
    expect(isSendKey(key({ altKey: true }))).toBe(false);
    expect(isSendKey(key({ isComposing: true }))).toBe(false);
    expect(isSendKey(key({ keyCode: 229 }))).toBe(false);
    expect(isSendKey(key({ key: 'a', code: 'KeyA' }))).toBe(false);
  });
});
