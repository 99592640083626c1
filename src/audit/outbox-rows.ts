/** The rows of the reporting queue and its state (apart from ./outbox so that ./db can name them). */
import type { ReportEvent } from './report-event';

export interface OutboxRow {
  seq: number;
  event: ReportEvent;
}

/** The queue's counters (one row, key 'outbox', in the `reporting` table). */
export interface OutboxCounters {
  key: 'outbox';
  /** Rows in the queue (kept here: counting 100,000 rows on every write costs too much). */
  size: number;
  /** Rows dropped for the bound and not yet reported. */
  dropped: number;
  /** Rows dropped since install (never decreases). */
  droppedTotal: number;
}

/** How delivery is going (one row, key 'delivery', in the `reporting` table); the popup shows it. */
export interface DeliveryState {
  key: 'delivery';
  /** Random, made once per install: the resource id a receiver tells browsers apart by. */
  installId: string;
  /** The endpoint and format this state is about: a new policy starts afresh (and retries at once). */
  target: string;
  lastDeliveredAt?: number;
  /** Events delivered since install. */
  delivered: number;
  /** Failed attempts in a row (the backoff's exponent). */
  attempt: number;
  /** No attempt before this time (ms). */
  nextAttemptAt: number;
  /** The last failure: an HTTP status or 'network'. */
  lastError?: string;
  /** Set when the endpoint answered a 4xx other than 408/429: reporting is failing until it changes. */
  failing?: { status: number; since: number };
  /** False once the endpoint refused a gzip body (415): send plain JSON from then on. */
  gzip: boolean;
}

export type ReportingRow = OutboxCounters | DeliveryState;
