/**
 * Per-day counts, kept beside the events so today's numbers and the chart never scan the log
 * (100,000 events would take seconds). Updated in the same transaction as each write; rebuilt
 * from the events for the days a prune touches.
 */
import type { EntityType } from '../detect';
import type { AuditAction, AuditEvent } from './types';

export interface DailyStats {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Events that day. */
  total: number;
  byAction: Partial<Record<AuditAction, number>>;
  /** Events that day per site id. */
  bySite: Record<string, number>;
  /** Events that day with at least one finding of the type. */
  byType: Partial<Record<EntityType, number>>;
  /** Findings that day per type (sum of counts). */
  items: Partial<Record<EntityType, number>>;
  /** Events that day without any finding (degraded, acknowledged, settings problems ...). */
  noFindings: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar day of a time, YYYY-MM-DD. */
export function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Local midnight at the start of the day after a YYYY-MM-DD day (23 or 25 hours later across DST). */
export function nextDayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}

export const emptyStats = (day: string): DailyStats => ({
  day,
  total: 0,
  byAction: {},
  bySite: {},
  byType: {},
  items: {},
  noFindings: 0,
});

export function addToStats(stats: DailyStats, event: Pick<AuditEvent, 'action' | 'counts' | 'site'>): DailyStats {
  stats.total++;
  stats.bySite[event.site] = (stats.bySite[event.site] ?? 0) + 1;
  stats.byAction[event.action] = (stats.byAction[event.action] ?? 0) + 1;
  if (Object.keys(event.counts).length === 0) stats.noFindings++;
  for (const [type, n] of Object.entries(event.counts) as [EntityType, number][]) {
    stats.byType[type] = (stats.byType[type] ?? 0) + 1;
    stats.items[type] = (stats.items[type] ?? 0) + n;
  }
  return stats;
}

/** Stats for a set of events, one row per day. */
export function statsFor(
  events: Iterable<Pick<AuditEvent, 'action' | 'counts' | 'day' | 'site'>>,
): Map<string, DailyStats> {
  const out = new Map<string, DailyStats>();
  for (const e of events) {
    let s = out.get(e.day);
    if (!s) out.set(e.day, (s = emptyStats(e.day)));
    addToStats(s, e);
  }
  return out;
}
