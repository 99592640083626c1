/**
 * Sends the queue, oldest first, one batch at a time, until it is empty, the endpoint fails, or
 * this wake-up has used its time. Everything it knows is in the audit database (the queue, its
 * counters, the delivery state): the worker can be stopped between any two steps and the next
 * wake-up goes on from there. A batch is removed only after a 2xx, so an event is delivered at
 * least once; a repeat carries the same audit id.
 */
import type { AuditDB } from '../../audit/db';
import { acknowledge, deliveryState, oldestQueued, outboxCounters, type DeliveryState } from '../../audit/outbox';
import type { ReportingPolicy } from '../../policy/reporting';
import { backoffDelay, FAILING_RECHECK_MS } from './backoff';
import { post, type Fetch } from './deliver';
import { ENCODERS } from './formats';

export interface FlushDeps {
  db: AuditDB;
  policy: ReportingPolicy;
  extensionVersion: string;
  now: () => number;
  fetch: Fetch;
  random?: () => number;
  /** Called once when the endpoint starts refusing (4xx other than 408/429). */
  onFailing?: (status: number) => Promise<void>;
  /** Stop sending new batches after this long (a worker's event should not run for minutes). */
  budgetMs?: number;
}

export type FlushResult =
  | { state: 'off' | 'idle' }
  | { state: 'waiting'; until: number }
  | { state: 'failing'; status: number; until: number }
  | { state: 'more'; sent: number };

export const targetOf = (p: ReportingPolicy): string => `${p.format} ${p.endpoint}`;

/** The delivery state for this policy; a new endpoint or format starts afresh (the install id stays). */
export async function loadState(db: AuditDB, policy: ReportingPolicy): Promise<DeliveryState> {
  const stored = await deliveryState(db);
  const target = targetOf(policy);
  if (stored?.target === target) return stored;
  const fresh: DeliveryState = {
    key: 'delivery',
    installId: stored?.installId ?? crypto.randomUUID(),
    target,
    delivered: stored?.delivered ?? 0,
    attempt: 0,
    nextAttemptAt: 0,
    gzip: true,
    ...(stored?.lastDeliveredAt === undefined ? {} : { lastDeliveredAt: stored.lastDeliveredAt }),
  };
  await db.reporting.put(fresh);
  return fresh;
}

export async function flush(deps: FlushDeps): Promise<FlushResult> {
  const { db, policy } = deps;
  if (!policy.endpoint) return { state: 'off' };
  const started = deps.now();
  const state = await loadState(db, policy);
  if (started < state.nextAttemptAt) {
    return state.failing
      ? { state: 'failing', status: state.failing.status, until: state.nextAttemptAt }
      : { state: 'waiting', until: state.nextAttemptAt };
  }
  let sent = 0;
  for (;;) {
    const now = deps.now();
    if (now - started > (deps.budgetMs ?? 20_000)) return { state: 'more', sent };
    const [rows, counters] = await Promise.all([oldestQueued(db, policy.batchSize), outboxCounters(db)]);
    if (rows.length === 0 && counters.dropped === 0) return { state: 'idle' };
    const encoded = ENCODERS[policy.format]({
      events: rows.map((r) => r.event),
      dropped: counters.dropped,
      installId: state.installId,
      extensionVersion: deps.extensionVersion,
      labels: policy.labels,
      now,
    });
    const outcome = await post(policy.endpoint, policy.headers, encoded, state.gzip, deps.fetch, now);
    const at = deps.now();
    if (outcome.kind === 'delivered') {
      await acknowledge(
        db,
        rows.map((r) => r.seq),
        counters.dropped,
      );
      Object.assign(state, { lastDeliveredAt: at, delivered: state.delivered + rows.length, attempt: 0 });
      delete state.failing;
      delete state.lastError;
      await db.reporting.put(state);
      sent += rows.length;
      continue;
    }
    if (outcome.kind === 'no-gzip') {
      state.gzip = false;
      await db.reporting.put(state);
      continue;
    }
    state.attempt++;
    if (outcome.kind === 'refused') {
      const first = !state.failing;
      state.failing = { status: outcome.status, since: state.failing?.since ?? at };
      state.lastError = String(outcome.status);
      state.nextAttemptAt = at + FAILING_RECHECK_MS;
      await db.reporting.put(state);
      if (first) await deps.onFailing?.(outcome.status);
      return { state: 'failing', status: outcome.status, until: state.nextAttemptAt };
    }
    state.lastError = outcome.error;
    state.nextAttemptAt = at + Math.max(outcome.retryAfter ?? 0, backoffDelay(state.attempt, deps.random));
    await db.reporting.put(state);
    return { state: 'waiting', until: state.nextAttemptAt };
  }
}
