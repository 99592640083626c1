/**
 * Fleet reporting's figures for `npm run bench`: events per second delivered from a 10,000-event
 * backlog to a receiver on 127.0.0.1 (the real encoders, gzip by CompressionStream, HTTP, the
 * receiver's OTLP shape check, and the queue's reads and deletes), and the queue's storage per
 * 1,000 events. Runs in Node: the queue is Dexie over fake-indexeddb here, which is slower than
 * Chromium's IndexedDB, so the rate is a floor; the storage is measured as V8's structured-clone
 * serialisation of each row (the form Chromium's IndexedDB stores, before its own compression).
 *
 *   npx tsx test/bench/reporting.ts
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { openAuditDb } from '../../src/audit/db';
import { derived } from '../../src/audit/keys';
import { enqueue, outboxCounters } from '../../src/audit/outbox';
import type { AuditEvent, AuditEventInput } from '../../src/audit/types';
import { flush } from '../../src/background/reporting/flush';
import { REPORTING_OFF } from '../../src/policy/reporting';
import { Receiver, type Format } from '../reporting/receiver';

const BACKLOG = 10_000;

function storedEvent(i: number): AuditEvent {
  const input = event(i);
  return {
    ...input,
    seq: i + 1,
    recordedAt: input.time,
    settingsHash: '0123456789abcdef',
    extensionVersion: '0.1.0',
    prevHash: '0'.repeat(64),
    hash: 'ab'.repeat(32),
    ...derived(input),
  } as AuditEvent;
}

function event(i: number): AuditEventInput {
  return {
    id: crypto.randomUUID(),
    time: Date.UTC(2026, 11, 1) + i * 1000,
    site: ['chatgpt', 'claude', 'gemini'][i % 3]!,
    host: ['chatgpt.com', 'claude.ai', 'gemini.google.com'][i % 3]!,
    conversationKey: 'a3f1c2d4e5f60718',
    action: i % 5 === 0 ? 'blocked' : 'redacted',
    trigger: 'submit',
    counts: i % 2 ? { EMAIL_ADDRESS: 1, PHONE_NUMBER: 2 } : { SECRET: 1 },
    previews: [{ type: 'EMAIL_ADDRESS', masked: 'j***@e***.com' }],
    mode: 'enforce',
    policyVersion: '2026-12',
  };
}

export interface ReportingBench {
  format: Format;
  batchSize: number;
  events: number;
  seconds: number;
  perSecond: number;
  requests: number;
  /** Structured-clone bytes of the queue rows per 1,000 events. */
  queueBytesPer1000: number;
  /** Wire bytes (gzipped where the format is) per 1,000 events. */
  wireBytesPer1000: number;
}

export async function reportingBench(format: Format = 'otlp', batchSize = 100): Promise<ReportingBench> {
  const db = openAuditDb(`bench-reporting-${format}-${batchSize}-${Date.now()}`);
  // The backlog as the audit store leaves it (event rows and their queue rows), written directly:
  // hashing 10,000 events through the store costs minutes in fake-indexeddb and is not delivery.
  const events = Array.from({ length: BACKLOG }, (_, i) => storedEvent(i));
  await db.transaction('rw', [db.events, db.outbox, db.reporting], async () => {
    await db.events.bulkAdd(events);
    await enqueue(db, events);
  });
  let queueBytes = 0;
  await db.outbox.each((row) => void (queueBytes += serialize(row).length));
  const receiver = new Receiver(format, 'chrome-extension://bench');
  await receiver.listen();
  let wire = 0;
  const started = performance.now();
  try {
    for (;;) {
      const r = await flush({
        db,
        policy: { ...REPORTING_OFF, endpoint: receiver.url, format, batchSize },
        extensionVersion: '0.1.0',
        now: Date.now,
        fetch: async (url, init) => {
          wire += (init.body as Uint8Array | string).length;
          return fetch(url, { ...init, headers: { ...(init.headers as object), Origin: 'chrome-extension://bench' } });
        },
        budgetMs: 60_000,
      });
      if (r.state === 'idle') break;
      if (r.state !== 'more') throw new Error(`delivery stopped: ${JSON.stringify(r)} ${receiver.invalid.join('; ')}`);
    }
  } finally {
    await receiver.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (new Set(receiver.events.map((e) => e.id)).size !== BACKLOG || (await outboxCounters(db)).size !== 0) {
    throw new Error(`delivered ${receiver.events.length} of ${BACKLOG}`);
  }
  db.close();
  return {
    format,
    batchSize,
    events: BACKLOG,
    seconds,
    perSecond: BACKLOG / seconds,
    requests: receiver.bodies.length,
    queueBytesPer1000: Math.round((queueBytes / BACKLOG) * 1000),
    wireBytesPer1000: Math.round((wire / BACKLOG) * 1000),
  };
}

export function reportingSection(results: readonly ReportingBench[]): string {
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  const rows = results.map(
    (r) =>
      `| ${r.format} | ${r.batchSize} | ${r.seconds.toFixed(2)} s | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.requests} | ${kb(r.wireBytesPer1000)} | ${kb(r.queueBytesPer1000)} |`,
  );
  return [
    '## Fleet reporting',
    '',
    `A ${BACKLOG.toLocaleString('en')}-event backlog delivered to a receiver on 127.0.0.1 (test/bench/reporting.ts; Node, queue on fake-indexeddb: a floor for Chromium).`,
    '',
    '| Format | batchSize | Time | Events/s | Requests | Sent per 1,000 events | Queue per 1,000 events |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export async function runReportingBench(): Promise<string> {
  const results: ReportingBench[] = [];
  for (const [format, batchSize] of [
    ['otlp', 100],
    ['otlp', 1000],
    ['splunk-hec', 100],
    ['webhook', 100],
  ] as const) {
    results.push(await reportingBench(format, batchSize));
  }
  return reportingSection(results);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runReportingBench());
