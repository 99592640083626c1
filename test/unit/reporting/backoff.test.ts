import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  BASE_DELAY_MS,
  classify,
  MAX_DELAY_MS,
  retryAfterMs,
} from '../../../src/background/reporting/backoff';

describe('backoff', () => {
  it('doubles per failure between half and all of its step, up to the cap', () => {
    for (let f = 1; f <= 20; f++) {
      const step = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (f - 1));
      expect(backoffDelay(f, () => 0)).toBe(step / 2);
      expect(backoffDelay(f, () => 1)).toBe(step);
    }
    expect(backoffDelay(30, () => 0.999)).toBeLessThanOrEqual(MAX_DELAY_MS);
  });

  it('spreads browsers that failed together', () => {
    const delays = new Set(Array.from({ length: 100 }, () => backoffDelay(4)));
    expect(delays.size).toBeGreaterThan(50);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('999999', now)).toBe(MAX_DELAY_MS);
  });

  it('retries 408, 429, 5xx; stops on any other 4xx; treats 415 to gzip as "send plain"', () => {
    expect(classify(200, true)).toEqual({ kind: 'delivered' });
    expect(classify(204, false)).toEqual({ kind: 'delivered' });
    for (const s of [408, 429, 500, 502, 503]) expect(classify(s, false).kind).toBe('retry');
    for (const s of [400, 401, 403, 404, 413]) expect(classify(s, false)).toEqual({ kind: 'refused', status: s });
    expect(classify(415, true)).toEqual({ kind: 'no-gzip' });
    expect(classify(415, false)).toEqual({ kind: 'refused', status: 415 });
  });
});
