/**
 * The hash chain that makes the audit trail tamper-evident. Pure (WebCrypto only): the background,
 * the popup, the export and Node tests all use this one definition.
 *
 *   hash(event) = hex SHA-256 of UTF-8 ( prevHash + "\n" + canonicalJson(pick(event, HASHED_FIELDS)) )
 *
 * `canonicalJson` is JSON with object keys sorted (recursively) and undefined members left out.
 * Each event carries the hash of the one before it (`prevHash`); the first event after a prune or a
 * clear carries the hash of the last event removed, kept as the chain's anchor. Editing an event
 * changes its hash; deleting, inserting or reordering breaks a `prevHash` link or the `seq` run.
 *
 * What this cannot do: someone who can write the database AND recompute every later hash can forge
 * a consistent chain. An export kept elsewhere (its head hash) is the anchor against that.
 */
import type { AuditEvent } from './types';

export const GENESIS = '0'.repeat(64);

/** The stored fields a hash covers: everything recorded, nothing derived for indexes. */
export const HASHED_FIELDS = [
  'seq',
  'id',
  'time',
  'recordedAt',
  'site',
  'host',
  'conversationKey',
  'action',
  'trigger',
  'counts',
  'previews',
  'reason',
  'detail',
  'mode',
  'policyVersion',
  'settingsHash',
  'extensionVersion',
] as const satisfies readonly (keyof AuditEvent)[];

export type HashedFields = Pick<AuditEvent, (typeof HASHED_FIELDS)[number]>;
/** What an export holds per event: the hashed fields plus the two links. */
export type ChainedEvent = HashedFields & { prevHash: string; hash: string };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  let out = '';
  for (const byte of new Uint8Array(digest)) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function hashedPart(event: HashedFields): HashedFields {
  const out: Record<string, unknown> = {};
  for (const key of HASHED_FIELDS) if (event[key] !== undefined) out[key] = event[key];
  return out as HashedFields;
}

export function eventHash(event: HashedFields, prevHash: string): Promise<string> {
  return sha256Hex(`${prevHash}\n${canonicalJson(hashedPart(event))}`);
}

export interface ChainPoint {
  seq: number;
  hash: string;
}

/** Where a chain stops being trustworthy, and why. */
export interface ChainBreak {
  /** The first event that does not check out (or, for `missing-tail`, the last one seen). */
  seq: number;
  id?: string;
  time?: number;
  problem:
    | 'edited' // its content no longer matches its hash
    | 'unlinked' // its prevHash is not the hash of the event before it (one was changed, inserted or removed)
    | 'gap' // sequence numbers skip: events were removed
    | 'missing-tail'; // the newest events were removed (the recorded head is later than the last event)
}

export interface ChainReport {
  ok: boolean;
  /** Events checked. */
  checked: number;
  anchor: ChainPoint;
  head?: ChainPoint;
  break?: ChainBreak;
}

/**
 * Checks events in `seq` order, page by page (`pages` yields ascending runs), against the anchor
 * they must start from and the head they must end at. Stops at the first break.
 */
export async function verifyEvents(
  pages: AsyncIterable<readonly ChainedEvent[]> | Iterable<readonly ChainedEvent[]>,
  anchor: ChainPoint,
  head?: ChainPoint,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  let prev: ChainPoint = anchor;
  let checked = 0;
  let last: ChainedEvent | undefined;
  const fail = (
    e: ChainedEvent | undefined,
    problem: ChainBreak['problem'],
    seq = e?.seq ?? prev.seq,
  ): ChainReport => ({
    ok: false,
    checked,
    anchor,
    head,
    break: { seq, id: e?.id, time: e?.time, problem },
  });
  for await (const page of pages) {
    // Hash a page in parallel; each hash depends only on the event and its stored prevHash.
    const hashes = await Promise.all(page.map((e) => eventHash(e, e.prevHash)));
    for (let i = 0; i < page.length; i++) {
      const e = page[i]!;
      if (hashes[i] !== e.hash) return fail(e, 'edited');
      if (e.seq !== prev.seq + 1) return fail(e, 'gap');
      if (e.prevHash !== prev.hash) return fail(e, 'unlinked');
      prev = { seq: e.seq, hash: e.hash };
      last = e;
      checked++;
    }
    onProgress?.(checked);
  }
  if (head && (head.seq !== prev.seq || head.hash !== prev.hash)) {
    return fail(last, 'missing-tail', prev.seq);
  }
  return { ok: true, checked, anchor, head };
}
