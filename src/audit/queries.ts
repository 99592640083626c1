/**
 * Reads for the popup: filtered pages of history, per-day stats, chain verification. Reads only; the
 * background's AuditStore is the one writer. Every filtered page is one index range newest-first
 * (time, [site+time], [action+time] or the multi-entry typeTime), with any further criteria applied
 * while the cursor walks, so the first page of 100,000 events costs what 50 cost.
 */
import type { EntityType } from '../detect';
import { GENESIS, verifyEvents, type ChainPoint, type ChainReport } from './chain';
import type { AuditDB } from './db';
import { dayStart, localDay, type DailyStats } from './stats';
import { typeTimeKey } from './keys';
import type { AuditAction, AuditEvent } from './types';

/** Later than any real time (13 digits). */
const END_OF_TIME = 9_999_999_999_999;

export interface AuditFilter {
  site?: string;
  type?: EntityType;
  action?: AuditAction;
  /** Inclusive lower bound, ms. */
  from?: number;
  /** Exclusive upper bound, ms. */
  to?: number;
  /**
   * Words, any case; an event matches when each word starts one of its search words (previews,
   * reason, detail, host, site, action, types: see keys.ts searchWords).
   */
  search?: string;
}

const searchTerms = (search: string | undefined): string[] =>
  (search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);

function matcher(
  f: AuditFilter,
  indexed: keyof AuditFilter | undefined,
  withTime = false,
): ((e: AuditEvent) => boolean) | undefined {
  const checks: ((e: AuditEvent) => boolean)[] = [];
  if (f.site && indexed !== 'site') checks.push((e) => e.site === f.site);
  if (f.action && indexed !== 'action') checks.push((e) => e.action === f.action);
  if (f.type && indexed !== 'type') checks.push((e) => e.types.includes(f.type!));
  if (withTime && f.from !== undefined) checks.push((e) => e.time >= f.from!);
  if (withTime && f.to !== undefined) checks.push((e) => e.time < f.to!);
  if (indexed !== 'search') {
    const terms = searchTerms(f.search);
    if (terms.length) checks.push((e) => terms.every((t) => e.words.some((w) => w.startsWith(t))));
  }
  return checks.length === 0 ? undefined : (e) => checks.every((c) => c(e));
}

/** Distinct words a search term may stand for (the term is a prefix); more than this and the term is too short. */
const MAX_WORDS_PER_TERM = 200;

/**
 * The distinct indexed words that start with `prefix`, by skipping from one to the next (an open
 * lower bound jumps over every duplicate of a word in one seek; a `nextunique` cursor walks them).
 */
async function distinctWords(db: AuditDB, prefix: string): Promise<string[]> {
  const words: string[] = [];
  while (words.length < MAX_WORDS_PER_TERM) {
    const range =
      words.length === 0
        ? db.events.where('words').startsWith(prefix)
        : db.events.where('words').between(words.at(-1)!, `${prefix}\uffff`, false, true);
    const [next] = (await range.limit(1).keys()) as string[];
    if (next === undefined || !next.startsWith(prefix)) break;
    words.push(next);
  }
  return words;
}

/**
 * Search, newest recorded first, without reading more than a page or so of events: the first term's
 * distinct words come from the words index; for each word the index gives the newest event keys
 * (equal index keys are ordered by primary key, i.e. by seq); their union, newest first, is checked
 * against the other terms and criteria. When the check leaves too few, it asks for more keys.
 */
async function searchEvents(db: AuditDB, f: AuditFilter, offset: number, limit: number): Promise<AuditEvent[]> {
  const [first, ...others] = searchTerms(f.search);
  const words = await distinctWords(db, first!);
  if (words.length === 0) return [];
  const rest = matcher({ ...f, search: others.join(' ') }, undefined, true);
  const want = offset + limit;
  for (let take = want; ; take *= 4) {
    const lists = await Promise.all(
      words.map(
        async (w) => (await db.events.where('words').equals(w).reverse().limit(take).primaryKeys()) as number[],
      ),
    );
    // Below the last key of a list that was cut short, keys of that word may be missing: stop there.
    const floor = Math.max(-Infinity, ...lists.filter((l) => l.length === take).map((l) => l.at(-1)!));
    const keys = [...new Set(lists.flat())].filter((k) => k >= floor).sort((a, b) => b - a);
    const out: AuditEvent[] = [];
    for (let i = 0; i < keys.length && out.length < want; i += 200) {
      for (const e of await db.events.bulkGet(keys.slice(i, i + 200))) {
        if (e && (!rest || rest(e))) out.push(e);
      }
    }
    if (out.length >= want || floor === -Infinity) return out.slice(offset, want);
  }
}

/** The collection for a filter, newest first, and which criterion its index covers. */
function collection(db: AuditDB, f: AuditFilter) {
  const lo = f.from ?? 0;
  const hi = f.to ?? END_OF_TIME;
  if (f.type) {
    return {
      indexed: 'type' as const,
      coll: db.events.where('typeTime').between(typeTimeKey(f.type, lo), typeTimeKey(f.type, hi), true, false),
    };
  }
  if (f.site) {
    return {
      indexed: 'site' as const,
      coll: db.events.where('[site+time]').between([f.site, lo], [f.site, hi], true, false),
    };
  }
  if (f.action) {
    return {
      indexed: 'action' as const,
      coll: db.events.where('[action+time]').between([f.action, lo], [f.action, hi], true, false),
    };
  }
  return { indexed: undefined, coll: db.events.where('time').between(lo, hi, true, false) };
}

/** One page of events matching `f`, newest first. */
export async function queryEvents(
  db: AuditDB,
  f: AuditFilter,
  page: { offset?: number; limit?: number } = {},
): Promise<AuditEvent[]> {
  if (searchTerms(f.search).length) return searchEvents(db, f, page.offset ?? 0, page.limit ?? 50);
  const { indexed, coll } = collection(db, f);
  const rest = matcher(f, indexed);
  let c = coll.reverse();
  if (rest) c = c.filter(rest);
  return c
    .offset(page.offset ?? 0)
    .limit(page.limit ?? 50)
    .toArray();
}

const wholeDay = (t: number | undefined): boolean => t === undefined || dayStart(localDay(t)) === t;

/**
 * How many events match, when it is cheap: with at most one of site / type / action and no search.
 * Whole-day ranges (what the popup's date fields give) are summed from the per-day stats, so even
 * 100,000 events cost a few rows; other ranges count one index range. Undefined otherwise
 * (counting would walk the log).
 */
export async function countEvents(db: AuditDB, f: AuditFilter): Promise<number | undefined> {
  const { indexed, coll } = collection(db, f);
  if (matcher(f, indexed)) return undefined;
  if (!wholeDay(f.from) || !wholeDay(f.to)) return coll.count();
  const days = await db.daily
    .where('day')
    .between(f.from === undefined ? '' : localDay(f.from), f.to === undefined ? '\uffff' : localDay(f.to), true, false)
    .toArray();
  const pick = (s: DailyStats): number =>
    (f.site ? s.bySite?.[f.site] : f.type ? s.byType[f.type] : f.action ? s.byAction[f.action] : s.total) ?? 0;
  return days.reduce((n, s) => n + pick(s), 0);
}

/** Per-day stats for the `days` days up to and including today (missing days are absent). */
export async function recentStats(db: AuditDB, days: number, now = Date.now()): Promise<DailyStats[]> {
  const today = localDay(now);
  const first = localDay(dayStart(today) - (days - 1) * 86_400_000 + 12 * 3_600_000);
  return db.daily.where('day').between(first, today, true, true).toArray();
}

export async function chainEnds(db: AuditDB): Promise<{ anchor: ChainPoint; head?: ChainPoint }> {
  const [anchor, head] = await Promise.all([db.meta.get('anchor'), db.meta.get('head')]);
  return {
    anchor: anchor?.key === 'anchor' ? { seq: anchor.seq, hash: anchor.hash } : { seq: 0, hash: GENESIS },
    head: head?.key === 'head' ? { seq: head.seq, hash: head.hash } : undefined,
  };
}

/** Events in chain order after `after` (a seq), `size` at a time. */
export async function* chainPages(db: AuditDB, after = -Infinity, size = 2000): AsyncGenerator<AuditEvent[]> {
  for (;;) {
    const page = await db.events.where(':id').above(after).limit(size).toArray();
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.seq;
  }
}

/** Recomputes every hash and link, oldest first; says where the chain breaks. */
export async function verifyDb(db: AuditDB, onProgress?: (checked: number) => void): Promise<ChainReport> {
  const { anchor, head } = await chainEnds(db);
  return verifyEvents(chainPages(db), anchor, head, onProgress);
}

/** Events in the log: the chain's length since its anchor (no scan; a store count walks 100,000 rows). */
export async function totalEvents(db: AuditDB): Promise<number> {
  const { anchor, head } = await chainEnds(db);
  return head ? head.seq - anchor.seq : 0;
}
