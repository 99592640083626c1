/**
 * The reporting queue: audit events waiting to be sent to the organisation's log pipeline, in
 * the audit database beside the trail, written in the same transaction as the events themselves
 * (an event is in the trail and the queue, or in neither). Keyed by the chain's `seq`, so the
 * oldest-first order is the chain's order. Bounded: beyond MAX_QUEUED the oldest rows are dropped
 * and counted, and the count is itself reported (see background/reporting).
 */
import type { AuditDB } from './db';
import type { DeliveryState, OutboxCounters, OutboxRow } from './outbox-rows';
import { toReportEvent } from './report-event';
import type { AuditEvent } from './types';

export type { DeliveryState, OutboxCounters, OutboxRow, ReportingRow } from './outbox-rows';

export const MAX_QUEUED = 100_000;

const EMPTY: OutboxCounters = { key: 'outbox', size: 0, dropped: 0, droppedTotal: 0 };

export async function outboxCounters(db: AuditDB): Promise<OutboxCounters> {
  const row = await db.reporting.get('outbox');
  return row?.key === 'outbox' ? row : { ...EMPTY };
}

/** Call inside a 'rw' transaction over events, outbox and reporting. */
export async function enqueue(db: AuditDB, events: readonly AuditEvent[], max = MAX_QUEUED): Promise<void> {
  if (events.length === 0) return;
  const counters = await outboxCounters(db);
  await db.outbox.bulkAdd(events.map((e) => ({ seq: e.seq, event: toReportEvent(e) })));
  counters.size += events.length;
  const excess = counters.size - max;
  if (excess > 0) {
    const oldest = await db.outbox.orderBy(':id').limit(excess).primaryKeys();
    await db.outbox.bulkDelete(oldest);
    counters.size -= oldest.length;
    counters.dropped += oldest.length;
    counters.droppedTotal += oldest.length;
  }
  await db.reporting.put(counters);
}

/** The oldest `limit` rows, in chain order. */
export function oldestQueued(db: AuditDB, limit: number): Promise<OutboxRow[]> {
  return db.outbox.orderBy(':id').limit(limit).toArray();
}

/**
 * Removes delivered rows and takes `droppedReported` off the unreported drop count. A row the bound
 * dropped meanwhile is simply gone already (counted once, as dropped).
 */
export function acknowledge(db: AuditDB, seqs: readonly number[], droppedReported: number): Promise<void> {
  return db.transaction('rw', db.outbox, db.reporting, async () => {
    const counters = await outboxCounters(db);
    const present = (await db.outbox.bulkGet([...seqs])).filter((r) => r !== undefined).length;
    await db.outbox.bulkDelete([...seqs]);
    counters.size = Math.max(0, counters.size - present);
    counters.dropped = Math.max(0, counters.dropped - droppedReported);
    await db.reporting.put(counters);
  });
}

export async function deliveryState(db: AuditDB): Promise<DeliveryState | undefined> {
  const row = await db.reporting.get('delivery');
  return row?.key === 'delivery' ? row : undefined;
}
