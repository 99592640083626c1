/**
 * Geometry for the events-per-day chart: one stacked bar per day, the most frequent types each in
 * its own colour and the rest as "other". Pure, so it is tested without a browser.
 */
import type { EntityType } from '../../detect';
import type { DailyStats } from '../../audit/stats';
import { dayStart, localDay } from '../../audit/stats';

export const TOP_TYPES = 5;
export const OTHER = 'other';
/** Events with no finding (degraded, acknowledged...). */
export const NONE = 'none';

export interface Segment {
  key: EntityType | typeof OTHER | typeof NONE;
  count: number;
  /** From the bottom, in chart units (0..max). */
  y0: number;
  y1: number;
}

export interface Bar {
  day: string;
  total: number;
  segments: Segment[];
}

export interface ChartModel {
  bars: Bar[];
  /** Series in legend order. */
  series: Segment['key'][];
  max: number;
  total: number;
}

/** The `days` calendar days ending today, oldest first. */
export function lastDays(days: number, now: number): string[] {
  const out: string[] = [];
  let t = dayStart(localDay(now)) + 12 * 3_600_000; // noon: safe across DST
  for (let i = 0; i < days; i++, t -= 86_400_000) out.unshift(localDay(t));
  return out;
}

export function chartModel(stats: readonly DailyStats[], days: number, now: number): ChartModel {
  const byDay = new Map(stats.map((s) => [s.day, s]));
  const totals = new Map<EntityType, number>();
  for (const s of stats) {
    for (const [type, n] of Object.entries(s.byType) as [EntityType, number][])
      totals.set(type, (totals.get(type) ?? 0) + n);
  }
  const top = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_TYPES)
    .map(([type]) => type);
  const series: Segment['key'][] = [...top];
  let max = 0;
  let total = 0;
  let anyOther = false;
  let anyNone = false;
  const bars = lastDays(days, now).map((day) => {
    const s = byDay.get(day);
    const segments: Segment[] = [];
    let y = 0;
    const push = (key: Segment['key'], count: number): void => {
      if (count <= 0) return;
      segments.push({ key, count, y0: y, y1: y + count });
      y += count;
    };
    if (s) {
      for (const type of top) push(type, s.byType[type] ?? 0);
      const other = Object.entries(s.byType)
        .filter(([type]) => !top.includes(type as EntityType))
        .reduce((n, [, c]) => n + (c ?? 0), 0);
      if (other > 0) anyOther = true;
      push(OTHER, other);
      if (s.noFindings > 0) anyNone = true;
      push(NONE, s.noFindings);
      total += s.total;
    }
    max = Math.max(max, y);
    return { day, total: s?.total ?? 0, segments };
  });
  if (anyOther) series.push(OTHER);
  if (anyNone) series.push(NONE);
  return { bars, series, max, total };
}
