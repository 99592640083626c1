/**
 * Export of the whole audit trail, as JSON (with the chain, re-verifiable by anyone with the
 * algorithm in ./chain.ts: `verifyExport` does it) or CSV (one row per event, with seq, prevHash and
 * hash so the chain can be checked from it too). Both are built in one pass over the log, which is
 * verified on the way: the file says whether the chain held when it was written, and where it broke.
 */
import { HASHED_FIELDS, verifyEvents, type ChainedEvent, type ChainPoint, type ChainReport } from './chain';
import type { AuditDB } from './db';
import { chainEnds, chainPages } from './queries';
import { allToolVisits, type ToolVisit } from './tool-visits';
import type { AuditEvent } from './types';

export const EXPORT_FORMAT = 'veil-audit-export';

export interface AuditExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  extensionVersion: string;
  chain: {
    algorithm: string;
    fields: readonly string[];
    anchor: ChainPoint;
    head?: ChainPoint;
    /** The check made while exporting. */
    report: ChainReport;
  };
  events: ChainedEvent[];
  /** AI tools visited: catalog tool id, local day, count (not chained: counts, not decisions). */
  aiToolVisits?: ToolVisit[];
}

export const CHAIN_ALGORITHM =
  'hash = hex SHA-256 of UTF-8 (prevHash + "\\n" + JSON of the event\'s `fields`, keys sorted at every level, undefined left out); ' +
  'the first event links to `anchor`, each next one to the hash before it, the last one is `head`';

export function chained(e: AuditEvent): ChainedEvent {
  const out: Record<string, unknown> = {};
  for (const key of HASHED_FIELDS) if (e[key] !== undefined) out[key] = e[key];
  out.prevHash = e.prevHash;
  out.hash = e.hash;
  return out as ChainedEvent;
}

export interface ExportFile {
  /** Blob parts (strings); join or pass to `new Blob(parts)`. */
  parts: string[];
  report: ChainReport;
  count: number;
}

async function walk(
  db: AuditDB,
  onPage: (page: AuditEvent[]) => void,
  onProgress?: (n: number) => void,
): Promise<{ report: ChainReport; anchor: ChainPoint; head?: ChainPoint }> {
  const { anchor, head } = await chainEnds(db);
  let lastSeq = -Infinity;
  async function* pages(): AsyncGenerator<AuditEvent[]> {
    for await (const page of chainPages(db)) {
      onPage(page);
      lastSeq = page.at(-1)!.seq;
      yield page;
    }
  }
  const report = await verifyEvents(pages(), anchor, head, onProgress);
  // The check stops at the first break; the file still holds every event after it.
  if (!report.ok) for await (const page of chainPages(db, lastSeq)) onPage(page);
  return { report, anchor, head };
}

export async function exportJson(
  db: AuditDB,
  meta: { extensionVersion: string; now: number },
  onProgress?: (n: number) => void,
): Promise<ExportFile> {
  const eventParts: string[] = [];
  let count = 0;
  const { report, anchor, head } = await walk(
    db,
    (page) => {
      for (const e of page) {
        eventParts.push(`${count === 0 ? '\n' : ',\n'}    ${JSON.stringify(chained(e))}`);
        count++;
      }
    },
    onProgress,
  );
  const header: Omit<AuditExport, 'events'> = {
    format: EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date(meta.now).toISOString(),
    extensionVersion: meta.extensionVersion,
    chain: { algorithm: CHAIN_ALGORITHM, fields: HASHED_FIELDS, anchor, head, report },
  };
  const open = JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "events": [');
  const visits = (await allToolVisits(db)).map(
    (v) => `\n    ${JSON.stringify({ day: v.day, tool: v.tool, count: v.count })}`,
  );
  const close = `${count ? '\n  ' : ''}],\n  "aiToolVisits": [${visits.join(',')}${visits.length ? '\n  ' : ''}]\n}\n`;
  return { parts: [open, ...eventParts, close], report, count };
}

export const CSV_COLUMNS = [
  'seq',
  'time',
  'site',
  'host',
  'action',
  'trigger',
  'mode',
  'counts',
  'previews',
  'reason',
  'detail',
  'conversationKey',
  'policyVersion',
  'settingsHash',
  'extensionVersion',
  'recordedAt',
  'id',
  'prevHash',
  'hash',
] as const;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: AuditEvent): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    seq: e.seq,
    time: new Date(e.time).toISOString(),
    site: e.site,
    host: e.host,
    action: e.action,
    trigger: e.trigger,
    mode: e.mode,
    counts: Object.entries(e.counts)
      .map(([t, n]) => `${t}:${n}`)
      .join(' '),
    previews: e.previews.map((p) => `${p.type}:${p.masked}`).join(' '),
    reason: e.reason,
    detail: e.detail,
    conversationKey: e.conversationKey,
    policyVersion: e.policyVersion,
    settingsHash: e.settingsHash,
    extensionVersion: e.extensionVersion,
    recordedAt: new Date(e.recordedAt).toISOString(),
    id: e.id,
    prevHash: e.prevHash,
    hash: e.hash,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export async function exportCsv(db: AuditDB, onProgress?: (n: number) => void): Promise<ExportFile> {
  const rows: string[] = [`${CSV_COLUMNS.join(',')}\r\n`];
  const { report } = await walk(
    db,
    (page) => {
      for (const e of page) rows.push(`${csvRow(e)}\r\n`);
    },
    onProgress,
  );
  return { parts: rows, report, count: rows.length - 1 };
}

/** Re-checks an exported file's chain from its own content (Node or browser). */
export async function verifyExport(file: unknown): Promise<ChainReport> {
  const f = file as Partial<AuditExport>;
  if (f?.format !== EXPORT_FORMAT || !Array.isArray(f.events) || !f.chain?.anchor) {
    throw new Error('not a Veil audit export');
  }
  return verifyEvents([f.events], f.chain.anchor, f.chain.head);
}
