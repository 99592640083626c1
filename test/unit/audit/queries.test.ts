import { describe, expect, it } from 'vitest';
import { countEvents, queryEvents, recentStats, totalEvents } from '../../../src/audit/queries';
import { dayStart, localDay, nextDayStart } from '../../../src/audit/stats';
import { AuditStore, DAY_MS } from '../../../src/audit/store';
import { ctx, freshDb, input, T0 } from './helpers';

async function sample() {
  const store = new AuditStore(freshDb());
  await store.record(
    [
      input({ time: T0 + 1, site: 'chatgpt', action: 'redacted', counts: { EMAIL_ADDRESS: 1 } }),
      input({
        time: T0 + 2,
        site: 'claude',
        host: 'claude.ai',
        action: 'blocked',
        counts: { SECRET: 1 },
        previews: [{ type: 'SECRET', masked: 'sk-********' }],
      }),
      input({
        time: T0 + 3,
        site: 'claude',
        host: 'claude.ai',
        action: 'redacted',
        counts: { EMAIL_ADDRESS: 2, PHONE_NUMBER: 1 },
      }),
      input({
        time: T0 + 4,
        site: 'chatgpt',
        action: 'sent-anyway',
        reason: 'urgent ticket',
        counts: { PHONE_NUMBER: 1 },
        previews: [],
      }),
      input({ time: T0 - 3 * DAY_MS, site: 'gemini', host: 'gemini.google.com', action: 'warned' }),
    ],
    ctx(),
  );
  return store.db;
}

const times = (events: { time: number }[]): number[] => events.map((e) => e.time - T0);

describe('queryEvents', () => {
  it('lists newest first, paged', async () => {
    const db = await sample();
    expect(times(await queryEvents(db, {}, { limit: 2 }))).toEqual([4, 3]);
    expect(times(await queryEvents(db, {}, { offset: 2, limit: 2 }))).toEqual([2, 1]);
  });

  it('filters by site, action, type and date range, alone and together', async () => {
    const db = await sample();
    expect(times(await queryEvents(db, { site: 'claude' }))).toEqual([3, 2]);
    expect(times(await queryEvents(db, { action: 'redacted' }))).toEqual([3, 1]);
    expect(times(await queryEvents(db, { type: 'PHONE_NUMBER' }))).toEqual([4, 3]);
    expect(times(await queryEvents(db, { type: 'EMAIL_ADDRESS', site: 'claude' }))).toEqual([3]);
    expect(times(await queryEvents(db, { site: 'chatgpt', action: 'sent-anyway' }))).toEqual([4]);
    expect(times(await queryEvents(db, { from: T0 - DAY_MS }))).toEqual([4, 3, 2, 1]);
    expect(times(await queryEvents(db, { to: T0 }))).toEqual([-3 * DAY_MS]);
    expect(times(await queryEvents(db, { type: 'EMAIL_ADDRESS', from: T0 + 2, to: T0 + 3 }))).toEqual([]);
  });

  it('searches previews, reason, host and types, any case', async () => {
    const db = await sample();
    expect(times(await queryEvents(db, { search: 'URGENT' }))).toEqual([4]);
    expect(times(await queryEvents(db, { search: 'sk-***' }))).toEqual([2]);
    expect(times(await queryEvents(db, { search: 'gemini.google' }))).toEqual([-3 * DAY_MS]);
    expect(times(await queryEvents(db, { search: 'phone_number', site: 'claude' }))).toEqual([3]);
  });

  it('counts from one index when it can, and says "unknown" when it would walk the log', async () => {
    const db = await sample();
    expect(await countEvents(db, {})).toBe(5);
    expect(await countEvents(db, { type: 'EMAIL_ADDRESS' })).toBe(3);
    expect(await countEvents(db, { site: 'claude', from: T0 })).toBe(2);
    expect(await countEvents(db, { site: 'claude', action: 'blocked' })).toBeUndefined();
    expect(await countEvents(db, { search: 'x' })).toBeUndefined();
  });

  it('sums whole-day ranges from the per-day stats, and agrees with the index', async () => {
    const db = await sample();
    const day = dayStart(localDay(T0));
    const today = { from: day, to: nextDayStart(localDay(T0)) };
    expect(await countEvents(db, today)).toBe(4);
    expect(await countEvents(db, { ...today, site: 'claude' })).toBe(2);
    expect(await countEvents(db, { ...today, type: 'PHONE_NUMBER' })).toBe(2);
    expect(await countEvents(db, { ...today, action: 'redacted' })).toBe(2);
    expect(await countEvents(db, { from: day - 5 * DAY_MS, site: 'gemini' })).toBe(1);
    for (const f of [{ site: 'claude' }, { type: 'EMAIL_ADDRESS' as const }, { action: 'warned' as const }, {}]) {
      expect(await countEvents(db, f)).toBe((await queryEvents(db, f, { limit: 100 })).length);
    }
  });

  it('gives the total from the chain ends, without a scan', async () => {
    const db = await sample();
    expect(await totalEvents(db)).toBe(5);
  });
});

describe('stats', () => {
  it('gives the recent days', async () => {
    const db = await sample();
    const days = await recentStats(db, 7, T0 + 1000);
    expect(days.map((d) => d.total)).toEqual([1, 4]);
    expect(await recentStats(db, 2, T0 + 1000)).toHaveLength(1);
  });
});

describe('search by word prefix', () => {
  it('matches the brute-force answer, newest first, across several words and with other criteria', async () => {
    const store = new AuditStore(freshDb());
    const masks = ['j***@e***.com', 'j***@a***.uk', 'ja***', 'k***@e***.com'];
    const batch = Array.from({ length: 400 }, (_, i) =>
      input({
        time: T0 + i,
        site: i % 7 === 0 ? 'claude' : 'chatgpt',
        host: i % 7 === 0 ? 'claude.ai' : 'chatgpt.com',
        previews: [{ type: 'EMAIL_ADDRESS', masked: masks[i % masks.length]! }],
      }),
    );
    await store.record(batch, ctx());
    const all = await store.db.events.orderBy(':id').reverse().toArray();
    const brute = (f: (e: (typeof all)[number]) => boolean, n: number) =>
      all
        .filter(f)
        .slice(0, n)
        .map((e) => e.seq);
    const seqs = async (f: Parameters<typeof queryEvents>[1], page = {}) =>
      (await queryEvents(store.db, f, { limit: 50, ...page })).map((e) => e.seq);

    const startsJ = (e: (typeof all)[number]) => e.words.some((w) => w.startsWith('j'));
    expect(await seqs({ search: 'J' })).toEqual(brute(startsJ, 50));
    expect(await seqs({ search: 'j', site: 'claude' })).toEqual(brute((e) => startsJ(e) && e.site === 'claude', 50));
    expect(await seqs({ search: 'j', site: 'claude' }, { offset: 10, limit: 5 })).toEqual(
      brute((e) => startsJ(e) && e.site === 'claude', 15).slice(10),
    );
    expect(await seqs({ search: 'j*** e***.com' })).toEqual(
      brute((e) => e.previews[0]!.masked === 'j***@e***.com', 50),
    );
    expect(await seqs({ search: 'nothing-like-this' })).toEqual([]);
  });
});
