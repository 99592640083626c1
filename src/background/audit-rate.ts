/**
 * A ceiling on the audit events a page can cause. Some events follow from what the page does, not
 * from what the user does: `degraded` when the composer disappears, `failed`, a request stopped by
 * the tripwire (`network`), a page-level notice (`page`). A hostile page could raise them dozens of
 * times a second and push the real history past the event cap. Per tab and action, a bucket of
 * BURST events refills one every REFILL_MS; beyond it such events are answered `rejected`.
 *
 * Kept in the worker's memory: a restarted worker starts with full buckets, which only lets
 * through one more burst.
 */
import type { AuditEventInput } from '../audit/types';

export const BURST = 10;
export const REFILL_MS = 6_000;
const MAX_BUCKETS = 1_000;

const PAGE_ACTIONS = new Set<string>(['degraded', 'failed']);
const PAGE_TRIGGERS = new Set<string>(['network', 'page']);

const buckets = new Map<string, { tokens: number; at: number }>();

const pageCaused = (e: AuditEventInput): boolean => PAGE_ACTIONS.has(e.action) || PAGE_TRIGGERS.has(e.trigger);

/** Whether this event from this tab may be stored now (user-driven events always may). */
export function allowEvent(tab: number | undefined, event: AuditEventInput, now: number): boolean {
  if (!pageCaused(event)) return true;
  const key = `${tab ?? '-'}|${event.action}`;
  const b = buckets.get(key) ?? { tokens: BURST, at: now };
  b.tokens = Math.min(BURST, b.tokens + Math.floor((now - b.at) / REFILL_MS));
  if (b.tokens < BURST) b.at += Math.floor((now - b.at) / REFILL_MS) * REFILL_MS;
  else b.at = now;
  buckets.delete(key);
  if (buckets.size >= MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
  buckets.set(key, b);
  if (b.tokens <= 0) return false;
  b.tokens--;
  return true;
}

/** For tests. */
export function resetRates(): void {
  buckets.clear();
}
