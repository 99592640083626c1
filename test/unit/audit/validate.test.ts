import { describe, expect, it } from 'vitest';
import { validateEventInput, type ValidationContext } from '../../../src/audit/validate';
import { detect } from '../../../src/detect';
import { input, T0 } from './helpers';

const base: ValidationContext = {
  now: T0 + 60_000,
  findsValue: (t) => detect(t).length > 0,
  sender: { site: 'chatgpt', host: 'chatgpt.com' },
  backgroundOnly: ['settings-problem'],
};

const errorsOf = (raw: unknown, ctx: Partial<ValidationContext> = {}): string[] => {
  const v = validateEventInput(raw, { ...base, ...ctx });
  return v.ok ? [] : v.errors;
};

describe('validateEventInput', () => {
  it('accepts a well-formed event and returns a clean copy', () => {
    const e = input();
    const v = validateEventInput(e, base);
    expect(v).toEqual({ ok: true, event: e });
    expect(v.ok && v.event).not.toBe(e);
  });

  it('accepts a sent-anyway with a reason, and a degraded event with a detail', () => {
    expect(errorsOf(input({ action: 'sent-anyway', reason: 'the customer asked for it' }))).toEqual([]);
    expect(errorsOf(input({ action: 'degraded', counts: {}, previews: [], detail: 'composer-not-found' }))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown field (could smuggle text)', { prompt: 'jane@example.com' }, 'prompt: unknown field'],
    ['a missing id', { id: undefined }, 'id:'],
    ['an id that is not an id', { id: 'x' }, 'id:'],
    ['a time in the future', { time: T0 + 3_600_000 }, 'time:'],
    ['a time before 2020', { time: 0 }, 'time:'],
    ['another tab’s host', { host: 'claude.ai' }, 'host: is not the host of the sending tab'],
    ['another site', { site: 'claude' }, 'site: is not the sending tab’s site'],
    ['a URL as conversation key', { conversationKey: 'https://chatgpt.com/c/123' }, 'conversationKey'],
    ['an unknown action', { action: 'deleted' }, 'action: unknown'],
    ['an action only Veil records', { action: 'settings-problem' }, 'recorded by Veil itself'],
    ['an unknown trigger', { trigger: 'voice' }, 'trigger: unknown'],
    ['an unknown mode', { mode: 'off' }, 'mode:'],
    ['an unknown entity type', { counts: { SHOE_SIZE: 1 } }, 'counts.SHOE_SIZE: unknown'],
    ['a fractional count', { counts: { EMAIL_ADDRESS: 1.5 } }, 'counts.EMAIL_ADDRESS'],
    [
      'a raw email as preview',
      { previews: [{ type: 'EMAIL_ADDRESS', masked: 'jane.doe@example.com' }] },
      'previews[0].masked: is not masked',
    ],
    [
      'a card number with stars added',
      { counts: { CREDIT_CARD: 1 }, previews: [{ type: 'CREDIT_CARD', masked: '4242424242424242***' }] },
      'previews[0].masked',
    ],
    [
      'a preview with extra fields',
      { previews: [{ type: 'EMAIL_ADDRESS', masked: 'j***@e***.com', value: 'x' }] },
      'previews[0]: must be {type, masked}',
    ],
    ['a preview of a type with no count', { previews: [{ type: 'PERSON', masked: 'J*** D***' }] }, 'has no count'],
    [
      'too many previews',
      { previews: Array(21).fill({ type: 'EMAIL_ADDRESS', masked: 'j***@e***.com' }) },
      'previews: must be a list',
    ],
    ['a reason on a redaction', { reason: 'why not' }, 'reason: only a "sent-anyway"'],
    ['a detail that is not plain text', { action: 'failed', detail: 'line\nbreak <b>' }, 'detail: must be plain text'],
    ['a policy version that is not text', { policyVersion: 7 }, 'policyVersion: must be text'],
  ])('refuses %s', (_what, overrides, error) => {
    const errors = errorsOf({ ...input(), ...overrides });
    expect(errors.join('\n')).toContain(error);
  });

  it('refuses what is not an object, and keeps the id of a refused event for the answer', () => {
    expect(validateEventInput('x', base)).toEqual({ ok: false, id: '', errors: ['event is not an object'] });
    const e = { ...input(), action: 'nope' };
    expect(validateEventInput(e, base)).toMatchObject({ ok: false, id: e.id });
  });

  it('lets free text with a value through: the store redacts it before writing', () => {
    expect(
      errorsOf(input({ action: 'failed', counts: {}, previews: [], detail: 'blocked fetch:chatgpt.com' })),
    ).toEqual([]);
    expect(errorsOf(input({ policyVersion: 'set by admin@example.com' }))).toEqual([]);
  });

  it('does not check the tab for senders that are our own pages', () => {
    expect(errorsOf(input({ host: 'claude.ai', site: 'claude' }), { sender: undefined })).toEqual([]);
  });
});
