import { afterEach, describe, expect, it } from 'vitest';
import { deliveryState, outboxCounters } from '../../../src/audit/outbox';
import { AuditStore } from '../../../src/audit/store';
import { FAILING_RECHECK_MS } from '../../../src/background/reporting/backoff';
import { flush, type FlushDeps } from '../../../src/background/reporting/flush';
import { REPORTING_OFF, type ReportingPolicy } from '../../../src/policy/reporting';
import { Receiver, type Format } from '../../reporting/receiver';
import { ctx, freshDb, input, noRetry } from '../audit/helpers';

const receivers: Receiver[] = [];
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
});

async function setup(format: Format = 'otlp', events = 5, policy: Partial<ReportingPolicy> = {}) {
  const receiver = new Receiver(format, 'chrome-extension://test');
  receivers.push(receiver);
  await receiver.listen();
  const db = freshDb();
  const recorded = Array.from({ length: events }, () => input());
  await new AuditStore(db, noRetry).record(recorded, { ...ctx(), report: true });
  let now = Date.UTC(2026, 11, 7);
  const calls: number[] = [];
  const deps: FlushDeps = {
    db,
    policy: { ...REPORTING_OFF, endpoint: receiver.url, format, batchSize: 2, ...policy },
    extensionVersion: '0.1.0',
    now: () => now,
    fetch: (url, init) =>
      fetch(url, { ...init, headers: { ...(init.headers as object), Origin: 'chrome-extension://test' } }),
    random: () => 0.5,
    onFailing: async (status) => void calls.push(status),
  };
  return { receiver, db, deps, recorded, calls, advance: (ms: number) => (now += ms) };
}

describe('flush', () => {
  it.each(['otlp', 'splunk-hec', 'webhook'] as const)(
    'delivers the whole queue in order, in batches (%s)',
    async (format) => {
      const { receiver, db, deps, recorded } = await setup(format, 5);
      expect(await flush(deps)).toEqual({ state: 'idle' });
      expect(receiver.invalid).toEqual([]);
      expect(receiver.bodies).toHaveLength(3);
      expect(receiver.events.map((e) => e.id)).toEqual(recorded.map((e) => e.id));
      expect(receiver.gzipped).toBe(format === 'webhook' ? 0 : 3);
      expect(await outboxCounters(db)).toMatchObject({ size: 0 });
      expect(await db.outbox.count()).toBe(0);
      expect(await deliveryState(db)).toMatchObject({ delivered: 5, attempt: 0 });
    },
  );

  it('keeps the queue while the endpoint refuses connections, backs off, then delivers', async () => {
    const { receiver, db, deps, recorded, advance } = await setup('otlp', 3);
    await receiver.close();
    const first = await flush(deps);
    expect(first).toMatchObject({ state: 'waiting' });
    expect(await db.outbox.count()).toBe(3);
    // before the backoff ends nothing is tried
    expect(await flush(deps)).toEqual(first);
    advance(60_000);
    expect(await flush(deps)).toMatchObject({ state: 'waiting' });
    const s = (await deliveryState(db))!;
    expect(s).toMatchObject({ attempt: 2, lastError: 'network' });
    await receiver.listen();
    advance(60_000);
    expect(await flush(deps)).toEqual({ state: 'idle' });
    expect(receiver.events.map((e) => e.id)).toEqual(recorded.map((e) => e.id));
  });

  it('stops on a 401: failing, recorded once, rechecked only after an hour, then recovers', async () => {
    const { receiver, db, deps, calls, advance } = await setup('otlp', 3);
    receiver.refuseWith = 401;
    expect(await flush(deps)).toMatchObject({ state: 'failing', status: 401 });
    expect(await flush(deps)).toMatchObject({ state: 'failing', status: 401 });
    advance(FAILING_RECHECK_MS);
    expect(await flush(deps)).toMatchObject({ state: 'failing', status: 401 });
    expect(calls).toEqual([401]);
    expect(await db.outbox.count()).toBe(3);
    receiver.refuseWith = undefined;
    advance(FAILING_RECHECK_MS);
    expect(await flush(deps)).toEqual({ state: 'idle' });
    expect((await deliveryState(db))!.failing).toBeUndefined();
    expect(receiver.events).toHaveLength(3);
  });

  it('retries a 503 and a 429 with backoff, never marking reporting as failing', async () => {
    const { receiver, db, deps, calls } = await setup('otlp', 1);
    receiver.refuseWith = 503;
    expect(await flush(deps)).toMatchObject({ state: 'waiting' });
    expect((await deliveryState(db))!.failing).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('a new endpoint starts afresh at once, keeping the install id', async () => {
    const { receiver, db, deps } = await setup('otlp', 2);
    receiver.refuseWith = 403;
    await flush(deps);
    const before = (await deliveryState(db))!;
    const other = new Receiver('otlp', 'chrome-extension://test');
    receivers.push(other);
    await other.listen();
    expect(await flush({ ...deps, policy: { ...deps.policy, endpoint: other.url } })).toEqual({ state: 'idle' });
    expect(other.events).toHaveLength(2);
    expect((await deliveryState(db))!.installId).toBe(before.installId);
  });

  it('reports the events the full queue dropped', async () => {
    const receiver = new Receiver('otlp', 'chrome-extension://test');
    receivers.push(receiver);
    await receiver.listen();
    const db = freshDb();
    await new AuditStore(db, noRetry, 3).record(
      Array.from({ length: 7 }, () => input()),
      { ...ctx(), report: true },
    );
    const deps = {
      db,
      policy: { ...REPORTING_OFF, endpoint: receiver.url, batchSize: 100 },
      extensionVersion: '0.1.0',
      now: Date.now,
      fetch: (url: string, init: RequestInit) => fetch(url, init),
    };
    await flush(deps);
    expect(receiver.events.map((e) => e.seq)).toEqual([5, 6, 7]);
    expect(receiver.dropped).toBe(4);
    expect(await outboxCounters(db)).toMatchObject({ size: 0, dropped: 0, droppedTotal: 4 });
  });
});
