import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/audit/export';
import { allToolVisits, pruneToolVisits, recordToolVisit, toolsUsed } from '../../../src/audit/tool-visits';
import { freshDb, T0 } from './helpers';

const DAY = 86_400_000;

describe('AI tool visits', () => {
  it('counts visits per tool and local day, keeping only the tool id, the day and the count', async () => {
    const db = freshDb();
    await recordToolVisit(db, 'phind', T0);
    await recordToolVisit(db, 'phind', T0 + 1000);
    await recordToolVisit(db, 'midjourney', T0 + 2000);
    await recordToolVisit(db, 'phind', T0 + DAY);
    const rows = await allToolVisits(db);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['count', 'day', 'tool']);
    expect(rows.find((r) => r.tool === 'phind' && r.count === 2)).toBeDefined();
  });

  it('sums the last 30 days per tool, most visited first, and leaves older days out', async () => {
    const db = freshDb();
    await recordToolVisit(db, 'old-tool', T0 - 31 * DAY);
    for (let i = 0; i < 3; i++) await recordToolVisit(db, 'phind', T0 - i * DAY);
    await recordToolVisit(db, 'midjourney', T0 - 29 * DAY);
    const used = await toolsUsed(db, 30, T0);
    expect(used.map((u) => [u.tool, u.count, u.days])).toEqual([
      ['phind', 3, 3],
      ['midjourney', 1, 1],
    ]);
    expect(await pruneToolVisits(db, '2026-04-10')).toBe(1);
  });

  it('goes into the JSON audit export', async () => {
    const db = freshDb();
    await recordToolVisit(db, 'phind', T0);
    const file = await exportJson(db, { extensionVersion: '0.1.0', now: T0 });
    const parsed = JSON.parse(file.parts.join('')) as { aiToolVisits: unknown[]; events: unknown[] };
    expect(parsed.events).toEqual([]);
    expect(parsed.aiToolVisits).toEqual([{ day: expect.stringMatching(/^2026-05-1\d$/), tool: 'phind', count: 1 }]);
  });
});
