/**
 * The audit database: one Dexie module, every schema version kept. Only the background service
 * worker writes it (through ./store); extension pages (popup, options) read it directly, which is
 * allowed because they share the extension's origin, and which lets `liveQuery` show a new event the
 * moment the background commits it. Content scripts never open it: in a content script IndexedDB
 * belongs to the web page.
 *
 * Schema history (never edit a released version; add a new one below it, with `.upgrade()` when
 * rows must change, and a test in test/unit/audit/db.test.ts that opens the old shape):
 *   1 (0.1.0): events, daily stats, meta (chain head and anchor).
 *   2: outbox (events waiting for fleet reporting, by seq) and reporting (its counters and delivery state).
 *   3: toolVisits (AI tools visited: catalog tool id, local day, count; no URL, no page content).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ChainPoint } from './chain';
import type { OutboxRow, ReportingRow } from './outbox-rows';
import type { DailyStats } from './stats';
import type { AuditEvent } from './types';

export const AUDIT_DB_NAME = 'veil-audit';

/** One row per fact the chain needs beyond the events themselves. */
export type MetaRow =
  /** The last event written: the next one links to it; verification must end at it. */
  | ({ key: 'head'; recordedAt: number } & ChainPoint)
  /** Where the chain now starts: the last event removed by a prune or a clear (seq 0 + zeros at first). */
  | ({ key: 'anchor' } & ChainPoint)
  /** How many events retention and clearing have removed, and when last. */
  | { key: 'removed'; pruned: number; cleared: number; lastPrunedAt?: number; lastClearedAt?: number };

/** AI tool visits: one row per catalog tool per local day (see ./tool-visits). */
export interface ToolVisit {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Catalog tool id (src/sites/catalog). */
  tool: string;
  /** Top-level page loads of the tool that day (and blocked attempts). */
  count: number;
}

export type AuditDB = Dexie & {
  events: EntityTable<AuditEvent, 'seq'>;
  daily: EntityTable<DailyStats, 'day'>;
  meta: Table<MetaRow, MetaRow['key']>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  reporting: Table<ReportingRow, ReportingRow['key']>;
  toolVisits: Table<ToolVisit, [string, string]>;
};

/** The schema of each version, oldest first. Tests open every version with fake-indexeddb. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      // seq: the chain position (assigned by the writer, not auto-incremented: it is hashed).
      // [site+time], [action+time], *typeTime: one index per filter, each ordered by time, so a
      // filtered page newest-first is one index range; typeTime is `${type}|${13-digit time}`.
      // *words: the search, by word prefix (a scan of 100,000 events takes seconds; this, ms).
      events: 'seq, &id, time, recordedAt, [site+time], [action+time], *typeTime, *words, conversationKey',
      daily: 'day',
      meta: 'key',
    },
  },
  {
    version: 2,
    // Fleet reporting; nothing to migrate (events recorded before reporting was on are not sent).
    stores: { outbox: 'seq', reporting: 'key' },
  },
  {
    version: 3,
    // [day+tool]: one row per tool per local day; `day` alone serves "the last 30 days" and pruning.
    stores: { toolVisits: '[day+tool], day' },
  },
];

export function openAuditDb(name = AUDIT_DB_NAME): AuditDB {
  const db = new Dexie(name) as AuditDB;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}

let shared: AuditDB | undefined;
/** The extension's audit database (one connection per context). */
export function auditDb(): AuditDB {
  shared ??= openAuditDb();
  return shared;
}
