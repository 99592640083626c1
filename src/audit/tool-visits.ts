/**
 * Which AI tools were used, per day: the catalog tool id, the local day and a count of top-level
 * visits. Nothing else is kept (no URL, no path, no title, no page content): the popup's "AI tools"
 * view and the audit export need no more. Written by the background only.
 */
import type { AuditDB, ToolVisit } from './db';

export type { ToolVisit } from './db';
import { localDay } from './stats';

export interface ToolUsage {
  tool: string;
  /** Visits over the period. */
  count: number;
  /** Days with at least one visit. */
  days: number;
  lastDay: string;
}

/** Adds one visit of `tool` on the local day of `now`. */
export async function recordToolVisit(db: AuditDB, tool: string, now = Date.now()): Promise<void> {
  const day = localDay(now);
  await db.transaction('rw', db.toolVisits, async () => {
    const row = await db.toolVisits.get([day, tool]);
    await db.toolVisits.put({ day, tool, count: (row?.count ?? 0) + 1 });
  });
}

/** The first local day of the last `days` days, `now`'s day included. */
export const firstDayOf = (days: number, now = Date.now()): string => {
  const date = new Date(now);
  date.setDate(date.getDate() - (days - 1));
  return localDay(date.getTime());
};

/** Tools used in the last `days` days, most visited first. */
export async function toolsUsed(db: AuditDB, days = 30, now = Date.now()): Promise<ToolUsage[]> {
  const rows = await db.toolVisits.where('day').aboveOrEqual(firstDayOf(days, now)).toArray();
  const byTool = new Map<string, ToolUsage>();
  for (const row of rows) {
    const usage = byTool.get(row.tool) ?? { tool: row.tool, count: 0, days: 0, lastDay: row.day };
    usage.count += row.count;
    usage.days += 1;
    if (row.day > usage.lastDay) usage.lastDay = row.day;
    byTool.set(row.tool, usage);
  }
  return [...byTool.values()].sort((a, b) => b.count - a.count || a.tool.localeCompare(b.tool));
}

/** Every stored row, oldest day first (the audit export). */
export const allToolVisits = (db: AuditDB): Promise<ToolVisit[]> => db.toolVisits.orderBy('day').toArray();

/** Drops the days before `firstKeptDay` (retention, with the audit events). */
export const pruneToolVisits = (db: AuditDB, firstKeptDay: string): Promise<number> =>
  db.toolVisits.where('day').below(firstKeptDay).delete();
