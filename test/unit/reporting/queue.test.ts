import { describe, expect, it } from 'vitest';
import { acknowledge, oldestQueued, outboxCounters } from '../../../src/audit/outbox';
import { AuditStore } from '../../../src/audit/store';
import { ctx, freshDb, input, noRetry } from '../audit/helpers';

const reporting = { ...ctx(), report: true };

describe('reporting queue', () => {
  it('holds each recorded event, in chain order, written with the event', async () => {
    const db = freshDb();
    const store = new AuditStore(db, noRetry);
    const events = [input(), input({ action: 'blocked' }), input()];
    await store.record(events, reporting);
    const rows = await oldestQueued(db, 10);
    expect(rows.map((r) => r.event.id)).toEqual(events.map((e) => e.id));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect((await outboxCounters(db)).size).toBe(3);
  });

  it('queues nothing while reporting is off, and a duplicate id only once', async () => {
    const db = freshDb();
    const store = new AuditStore(db, noRetry);
    const e = input();
    await store.record([e], ctx());
    expect(await db.outbox.count()).toBe(0);
    const f = input();
    await store.record([f], reporting);
    await store.record([f], reporting);
    expect(await db.outbox.count()).toBe(1);
  });

  it('never holds a masked preview, the reason text or the conversation key', async () => {
    const db = freshDb();
    await new AuditStore(db, noRetry).record(
      [input({ action: 'sent-anyway', reason: 'client asked, mail jane@example.com' })],
      reporting,
    );
    const [row] = await oldestQueued(db, 1);
    const text = JSON.stringify(row);
    for (const leak of ['j***@e***.com', 'client asked', 'EMAIL_1', 'a3f1c2d4e5f60718'])
      expect(text).not.toContain(leak);
    expect(row!.event).toMatchObject({ hasReason: true, counts: { EMAIL_ADDRESS: 1 }, action: 'sent-anyway' });
  });

  it('drops the oldest beyond its bound and counts them', async () => {
    const db = freshDb();
    const store = new AuditStore(db, noRetry, 5);
    const events = Array.from({ length: 8 }, () => input());
    await store.record(events.slice(0, 3), reporting);
    await store.record(events.slice(3), reporting);
    const rows = await oldestQueued(db, 100);
    expect(rows.map((r) => r.event.id)).toEqual(events.slice(3).map((e) => e.id));
    expect(await outboxCounters(db)).toMatchObject({ size: 5, dropped: 3, droppedTotal: 3 });
    // the trail itself keeps everything
    expect(await db.events.count()).toBe(8);
  });

  it('acknowledging removes the delivered rows and the reported drop count', async () => {
    const db = freshDb();
    const store = new AuditStore(db, noRetry, 3);
    await store.record(
      Array.from({ length: 5 }, () => input()),
      reporting,
    );
    const rows = await oldestQueued(db, 2);
    await acknowledge(
      db,
      rows.map((r) => r.seq),
      2,
    );
    expect(await outboxCounters(db)).toMatchObject({ size: 1, dropped: 0, droppedTotal: 2 });
    expect((await oldestQueued(db, 10)).map((r) => r.seq)).toEqual([5]);
  });
});
