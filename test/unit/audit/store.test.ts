import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../../src/audit/chain';
import { verifyDb, queryEvents } from '../../../src/audit/queries';
import { localDay } from '../../../src/audit/stats';
import { AuditStore, DAY_MS } from '../../../src/audit/store';
import { ctx, freshDb, input, noRetry, T0 } from './helpers';

describe('AuditStore.record', () => {
  it('appends events with consecutive seq, linked hashes, and what the background adds', async () => {
    const store = new AuditStore(freshDb());
    const [a, b] = [input(), input({ action: 'blocked', counts: { SECRET: 1, EMAIL_ADDRESS: 2 }, previews: [] })];
    const results = await store.record([a, b], ctx());
    expect(results).toEqual([
      { id: a.id, status: 'recorded', seq: 1 },
      { id: b.id, status: 'recorded', seq: 2 },
    ]);
    const [e1, e2] = await store.db.events.orderBy(':id').toArray();
    expect(e1).toMatchObject({
      seq: 1,
      prevHash: GENESIS,
      extensionVersion: '0.1.0',
      settingsHash: '0123456789abcdef',
    });
    expect(e2!.prevHash).toBe(e1!.hash);
    expect(e2!.types).toEqual(['EMAIL_ADDRESS', 'SECRET']);
    expect(e2!.typeTime).toEqual([
      `EMAIL_ADDRESS|${String(b.time).padStart(13, '0')}`,
      `SECRET|${String(b.time).padStart(13, '0')}`,
    ]);
    expect(await store.db.meta.get('head')).toMatchObject({ seq: 2, hash: e2!.hash });
    expect((await verifyDb(store.db)).ok).toBe(true);
  });

  it('is idempotent: a retried id is a duplicate, stored once (also within one batch)', async () => {
    const store = new AuditStore(freshDb());
    const a = input();
    await store.record([a], ctx());
    const again = await store.record([a, input(), a], ctx());
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'recorded', 'duplicate']);
    expect(again[0]).toMatchObject({ seq: 1 });
    expect(await store.db.events.count()).toBe(2);
  });

  it('serialises concurrent writers into one unbroken chain', async () => {
    const store = new AuditStore(freshDb());
    const batches = Array.from({ length: 20 }, () => [input(), input()]);
    await Promise.all(batches.map((b) => store.record(b, ctx())));
    expect(await store.db.events.count()).toBe(40);
    expect(await verifyDb(store.db)).toMatchObject({ ok: true, checked: 40 });
  });

  it('stores free text (reason, detail, policy version) only after redaction', async () => {
    const store = new AuditStore(freshDb());
    await store.record(
      [
        input({
          action: 'sent-anyway',
          reason: 'customer jane@example.com asked',
          detail: 'x jane@example.com',
          policyVersion: 'by jane@example.com',
        }),
      ],
      ctx(),
    );
    const [e] = await store.db.events.toArray();
    expect(e!.reason).toBe('customer [EMAIL_1] asked');
    expect(e!.detail).toBe('x [EMAIL_1]');
    expect(e!.policyVersion).toBe('by [EMAIL_1]');
    expect(e!.words).toContain('[email_1]');
    expect(JSON.stringify(await store.db.events.toArray())).not.toContain('jane@example.com');
  });

  it('keeps recordedAt from going backwards when the clock does', async () => {
    const store = new AuditStore(freshDb());
    let now = T0 + 10_000;
    await store.record(
      [input()],
      ctx(() => now),
    );
    now = T0; // clock set back
    await store.record(
      [input()],
      ctx(() => now),
    );
    const [e1, e2] = await store.db.events.orderBy(':id').toArray();
    expect(e2!.recordedAt).toBeGreaterThanOrEqual(e1!.recordedAt);
  });

  it('retries a failed write and then succeeds; gives up (rejects) only after the last attempt', async () => {
    const db = freshDb();
    const slept: number[] = [];
    const store = new AuditStore(db, { delays: [1, 2], sleep: async (ms) => void slept.push(ms) });
    const realBulkAdd = db.events.bulkAdd.bind(db.events);
    let failures = 2;
    db.events.bulkAdd = ((...args: Parameters<typeof realBulkAdd>) => {
      if (failures-- > 0) return Promise.reject(new Error('disk full'));
      return realBulkAdd(...args);
    }) as typeof realBulkAdd;
    const a = input();
    expect(await store.record([a], ctx())).toEqual([{ id: a.id, status: 'recorded', seq: 1 }]);
    expect(slept).toEqual([1, 2]);

    failures = 10;
    const b = input();
    await expect(store.record([b], ctx())).rejects.toThrow('disk full');
    // Nothing half-written: the chain still verifies, and the retry later lands.
    failures = 0;
    expect(await store.record([b], ctx())).toEqual([{ id: b.id, status: 'recorded', seq: 2 }]);
    expect((await verifyDb(db)).ok).toBe(true);
  });

  it('keeps per-day stats in step with the events', async () => {
    const store = new AuditStore(freshDb());
    await store.record(
      [input(), input({ action: 'blocked', counts: { SECRET: 2 }, previews: [] }), input({ time: T0 - DAY_MS })],
      ctx(),
    );
    const today = await store.db.daily.get(localDay(T0 + 5000));
    expect(today).toMatchObject({
      total: 2,
      byAction: { redacted: 1, blocked: 1 },
      byType: { EMAIL_ADDRESS: 1, SECRET: 1 },
      items: { SECRET: 2 },
    });
    expect(await store.db.daily.get(localDay(T0 - DAY_MS))).toMatchObject({ total: 1 });
  });
});

describe('AuditStore.prune', () => {
  async function seeded(days: number[], now: number) {
    const store = new AuditStore(freshDb(), noRetry);
    for (const d of days) {
      const at = now - d * DAY_MS;
      await store.record(
        [input({ time: at })],
        ctx(() => at),
      );
    }
    return store;
  }

  it('removes events older than the retention days, and the rest still verifies from the new anchor', async () => {
    const now = T0 + 100 * DAY_MS;
    const store = await seeded([40, 35, 31, 29, 10, 0], now);
    expect(await store.prune({ retentionDays: 30, now })).toBe(3);
    const left = await store.db.events.orderBy(':id').toArray();
    expect(left.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(await store.db.meta.get('anchor')).toMatchObject({ seq: 3, hash: left[0]!.prevHash });
    expect(await verifyDb(store.db)).toMatchObject({ ok: true, checked: 3 });
    expect(await store.db.meta.get('removed')).toMatchObject({ pruned: 3, lastPrunedAt: now });
    // The stats of removed days go with them.
    expect(await store.db.daily.get(localDay(now - 40 * DAY_MS))).toBeUndefined();
    expect(await store.db.daily.count()).toBe(3);
    expect(await store.prune({ retentionDays: 30, now })).toBe(0);
  });

  it('caps the count: the oldest beyond it go', async () => {
    const now = T0 + 10 * DAY_MS;
    const store = await seeded([5, 4, 3, 2, 1], now);
    expect(await store.prune({ retentionDays: 365, maxEvents: 2, now })).toBe(3);
    expect((await store.db.events.orderBy(':id').toArray()).map((e) => e.seq)).toEqual([4, 5]);
    expect((await verifyDb(store.db)).ok).toBe(true);
    const total = (await store.db.daily.toArray()).reduce((n, s) => n + s.total, 0);
    expect(total).toBe(2);
  });

  it('empties the log when everything is too old, and the chain goes on', async () => {
    const now = T0 + 100 * DAY_MS;
    const store = await seeded([50, 40], now);
    expect(await store.prune({ retentionDays: 30, now })).toBe(2);
    expect(await store.db.daily.count()).toBe(0);
    await store.record(
      [input({ time: now })],
      ctx(() => now),
    );
    expect(await verifyDb(store.db)).toMatchObject({ ok: true, checked: 1, anchor: { seq: 2 } });
  });
});

describe('AuditStore.clear', () => {
  it('deletes everything, counts it, and new events chain on from the anchor', async () => {
    const store = new AuditStore(freshDb());
    await store.record([input(), input(), input()], ctx());
    expect(await store.clear(T0)).toBe(3);
    expect(await store.db.events.count()).toBe(0);
    expect(await store.db.daily.count()).toBe(0);
    expect(await verifyDb(store.db)).toMatchObject({ ok: true, checked: 0 });
    await store.record([input()], ctx());
    expect(await verifyDb(store.db)).toMatchObject({ ok: true, checked: 1, anchor: { seq: 3 } });
    expect((await queryEvents(store.db, {}))[0]!.seq).toBe(4);
    expect(await store.db.meta.get('removed')).toMatchObject({ cleared: 3 });
  });
});

describe('tamper evidence in the database', () => {
  it('says where an edited, deleted or appended-by-hand event breaks the chain', async () => {
    const store = new AuditStore(freshDb());
    await store.record([input(), input(), input(), input()], ctx());
    await store.db.events.update(2, { counts: { EMAIL_ADDRESS: 5 } });
    expect((await verifyDb(store.db)).break).toMatchObject({ seq: 2, problem: 'edited' });

    const other = new AuditStore(freshDb());
    await other.record([input(), input(), input(), input()], ctx());
    await other.db.events.delete(4);
    expect((await verifyDb(other.db)).break).toMatchObject({ seq: 3, problem: 'missing-tail' });
    await other.db.events.delete(2);
    expect((await verifyDb(other.db)).break).toMatchObject({ seq: 3, problem: 'gap' });
  });
});
