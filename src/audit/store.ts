/**
 * The only code that writes the audit database. It runs in the background service worker.
 *
 * - Writes are serialised (one chain, one writer) and batched: a burst of messages becomes a few
 *   transactions, each appending events with consecutive `seq` and linked hashes.
 * - Idempotent: an event id already stored is answered `duplicate`, so a client may retry freely.
 * - Never dropped: a failed write is retried with back-off; if it still fails the promise rejects
 *   and the sender keeps the events and tries again later (nothing is half-written: one
 *   transaction per batch).
 * - Hashing (WebCrypto, async) happens between a read and a write transaction, because IndexedDB
 *   commits a transaction that waits on anything else; the write re-checks the head it hashed on.
 */
import { eventHash, GENESIS, type ChainPoint } from './chain';
import type { AuditDB, MetaRow } from './db';
import { derived } from './keys';
import { enqueue, MAX_QUEUED } from './outbox';
import { addToStats, dayStart, emptyStats, nextDayStart, statsFor, type DailyStats } from './stats';
import type { AuditEvent, AuditEventInput, AuditRecordResult } from './types';

export const DAY_MS = 86_400_000;
/** The second bound on the log, whatever the retention days: the oldest beyond it are pruned. */
export const MAX_EVENTS = 200_000;

export interface WriteContext {
  now: () => number;
  extensionVersion: string;
  /** First 16 hex of the SHA-256 of the resolved settings (see settingsHash in ../background/audit). */
  settingsHash: string;
  /** Free text (the "send anyway" reason) with every detected value replaced by a placeholder. */
  redactText: (text: string) => string;
  /** Fleet reporting is on: queue each new event for it, in the same transaction. */
  report?: boolean;
}

export interface RetryOptions {
  /** Delays between attempts, ms. */
  delays: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_RETRY: RetryOptions = { delays: [50, 250, 1000] };

class HeadMoved extends Error {}

export class AuditStore {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: AuditDB,
    private readonly retry: RetryOptions = DEFAULT_RETRY,
    private readonly maxQueued = MAX_QUEUED,
  ) {}

  /** Runs `fn` after every earlier write has settled: one writer, one chain. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async withRetry<T>(fn: () => Promise<T>): Promise<T> {
    const sleep = this.retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (attempt >= this.retry.delays.length) throw e;
        await sleep(this.retry.delays[attempt]!);
      }
    }
  }

  async chainEnds(): Promise<{ anchor: ChainPoint; head: ChainPoint & { recordedAt: number } }> {
    const [anchor, head] = await Promise.all([this.db.meta.get('anchor'), this.db.meta.get('head')]);
    return {
      anchor: anchor?.key === 'anchor' ? { seq: anchor.seq, hash: anchor.hash } : { seq: 0, hash: GENESIS },
      head:
        head?.key === 'head'
          ? { seq: head.seq, hash: head.hash, recordedAt: head.recordedAt }
          : { seq: 0, hash: GENESIS, recordedAt: 0 },
    };
  }

  /** Appends validated events in order. Ids already stored (or repeated in `inputs`) are duplicates. */
  record(inputs: readonly AuditEventInput[], ctx: WriteContext): Promise<AuditRecordResult[]> {
    return this.serial(() => this.withRetry(() => this.append(inputs, ctx)));
  }

  private async append(inputs: readonly AuditEventInput[], ctx: WriteContext): Promise<AuditRecordResult[]> {
    const ids = inputs.map((e) => e.id);
    const [existing, ends] = await this.db.transaction('r', this.db.events, this.db.meta, async () => [
      await this.db.events.where('id').anyOf(ids).toArray(),
      await this.chainEnds(),
    ]);
    const known = new Map(existing.map((e) => [e.id, e.seq]));
    const results: AuditRecordResult[] = [];
    const fresh: AuditEvent[] = [];
    let { seq, hash: prevHash, recordedAt } = ends.head;
    for (const input of inputs) {
      const stored = known.get(input.id);
      if (stored !== undefined) {
        results.push({ id: input.id, status: 'duplicate', seq: stored });
        continue;
      }
      seq++;
      recordedAt = Math.max(ctx.now(), recordedAt); // never earlier than the event before: retention prunes a prefix
      const { reason, detail, ...rest } = input;
      const event = {
        ...rest,
        seq,
        recordedAt,
        settingsHash: ctx.settingsHash,
        extensionVersion: ctx.extensionVersion,
        prevHash,
        hash: '',
      } as AuditEvent;
      // Free text may hold a value; only its redacted form is stored, or indexed.
      if (reason !== undefined) event.reason = ctx.redactText(reason);
      if (detail !== undefined) event.detail = ctx.redactText(detail);
      if (event.policyVersion) event.policyVersion = ctx.redactText(event.policyVersion);
      Object.assign(event, derived(event));
      event.hash = await eventHash(event, prevHash);
      prevHash = event.hash;
      fresh.push(event);
      known.set(input.id, seq);
      results.push({ id: input.id, status: 'recorded', seq });
    }
    if (fresh.length === 0) return results;

    const { events, daily, meta } = this.db;
    const tables = ctx.report ? [events, daily, meta, this.db.outbox, this.db.reporting] : [events, daily, meta];
    await this.db.transaction('rw', tables, async () => {
      const head = (await this.chainEnds()).head;
      if (head.seq !== ends.head.seq || head.hash !== ends.head.hash) throw new HeadMoved('chain head moved');
      await this.db.events.bulkAdd(fresh);
      if (ctx.report) await enqueue(this.db, fresh, this.maxQueued);
      const touched = statsFor([]);
      for (const e of fresh) {
        let s = touched.get(e.day);
        if (!s) touched.set(e.day, (s = (await this.db.daily.get(e.day)) ?? emptyStats(e.day)));
        addToStats(s, e);
      }
      await this.db.daily.bulkPut([...touched.values()]);
      const last = fresh.at(-1)!;
      await this.db.meta.put({ key: 'head', seq: last.seq, hash: last.hash, recordedAt: last.recordedAt });
    });
    return results;
  }

  /** Deletes every event; the chain goes on from the last one (it becomes the anchor). */
  clear(now: number): Promise<number> {
    return this.serial(() =>
      this.withRetry(() =>
        this.db.transaction('rw', this.db.events, this.db.daily, this.db.meta, async () => {
          const { head } = await this.chainEnds();
          const count = await this.db.events.count();
          await this.db.events.clear();
          await this.db.daily.clear();
          await this.db.meta.put({ key: 'anchor', seq: head.seq, hash: head.hash });
          const removed = await this.removed();
          await this.db.meta.put({ ...removed, cleared: removed.cleared + count, lastClearedAt: now });
          return count;
        }),
      ),
    );
  }

  private async removed(): Promise<Extract<MetaRow, { key: 'removed' }>> {
    const row = await this.db.meta.get('removed');
    return row?.key === 'removed' ? row : { key: 'removed', pruned: 0, cleared: 0 };
  }

  /**
   * Retention: removes events recorded before `now - retentionDays`, then the oldest beyond
   * `maxEvents`. Always a prefix of the chain (recordedAt never decreases along it), so what is
   * left still verifies from the new anchor.
   */
  prune(opts: { retentionDays: number; maxEvents?: number; now: number }): Promise<number> {
    const maxEvents = opts.maxEvents ?? MAX_EVENTS;
    return this.serial(() =>
      this.withRetry(() =>
        this.db.transaction('rw', this.db.events, this.db.daily, this.db.meta, async () => {
          const { events, daily, meta } = this.db;
          const [first, last] = await Promise.all([events.orderBy(':id').first(), events.orderBy(':id').last()]);
          if (!first || !last) return 0;
          const cutoff = opts.now - opts.retentionDays * DAY_MS;
          const firstKept = await events.where('recordedAt').aboveOrEqual(cutoff).first();
          let keepFrom = firstKept ? firstKept.seq : last.seq + 1;
          if (last.seq - keepFrom + 1 > maxEvents) keepFrom = last.seq - maxEvents + 1;
          if (keepFrom <= first.seq) return 0;

          const lastRemoved = (await events.where(':id').below(keepFrom).last())!;
          const deleted = await events.where(':id').below(keepFrom).delete();
          await meta.put({ key: 'anchor', seq: lastRemoved.seq, hash: lastRemoved.hash });
          const removed = await this.removed();
          await meta.put({ ...removed, pruned: removed.pruned + deleted, lastPrunedAt: opts.now });

          // Stats: days now empty go; the day(s) the prune cut into are counted again.
          const earliest = await events.orderBy('time').first();
          if (!earliest) {
            await daily.clear();
            return deleted;
          }
          const newFirst = (await events.orderBy(':id').first())!;
          const fromDay = earliest.day;
          const toDay = newFirst.day > fromDay ? newFirst.day : fromDay;
          await daily.where('day').below(fromDay).delete();
          const recount: DailyStats[] = [];
          const rows = await events
            .where('time')
            .between(dayStart(fromDay), nextDayStart(toDay), true, false)
            .toArray();
          for (const s of statsFor(rows).values()) recount.push(s);
          await daily.where('day').between(fromDay, toDay, true, true).delete();
          await daily.bulkPut(recount);
          return deleted;
        }),
      ),
    );
  }

  /** Rebuilds every day's stats from the events (repair; also after a schema upgrade). */
  rebuildStats(): Promise<void> {
    return this.serial(() =>
      this.db.transaction('rw', this.db.events, this.db.daily, async () => {
        const all = new Map<string, DailyStats>();
        await this.db.events.each((e) => {
          let s = all.get(e.day);
          if (!s) all.set(e.day, (s = emptyStats(e.day)));
          addToStats(s, e);
        });
        await this.db.daily.clear();
        await this.db.daily.bulkPut([...all.values()]);
      }),
    );
  }
}
