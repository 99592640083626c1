/**
 * When to try again after a failed delivery: exponential backoff with "equal jitter" (half the
 * delay fixed, half random), so thousands of browsers that lost the same collector do not come
 * back in step, and no retry comes sooner than half its step.
 */
export const BASE_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 60 * 60_000;
/** After a 4xx other than 408/429 the endpoint will not accept the batch as it is: check hourly only. */
export const FAILING_RECHECK_MS = 60 * 60_000;

/** Delay before attempt number `failures + 1`, after `failures` failures in a row (1, 2, ...). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** `Retry-After` as ms: seconds, or an HTTP date; undefined when absent or unreadable. Capped at MAX_DELAY_MS. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_DELAY_MS) : undefined;
}

export type Outcome =
  | { kind: 'delivered' }
  /** Network error, timeout, 408, 429, 5xx: try again later. */
  | { kind: 'retry'; error: string; retryAfter?: number }
  /** 415 to a gzip body: the endpoint takes plain JSON only. */
  | { kind: 'no-gzip' }
  /** Any other 4xx: the endpoint refuses this request as it is (bad token, wrong path ...). */
  | { kind: 'refused'; status: number };

export function classify(status: number, gzipped: boolean, retryAfter?: number): Outcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 415 && gzipped) return { kind: 'no-gzip' };
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'refused', status };
  return { kind: 'retry', error: String(status), ...(retryAfter === undefined ? {} : { retryAfter }) };
}
