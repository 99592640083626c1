import type { EntityType, Finding } from './types';

/**
 * Overlap resolution, applied after the threshold. The rules, in order:
 *  1. A finding that lies inside another is dropped: the container covers it, and one placeholder reads better
 *     than nested ones (an email inside a URL with credentials, a city inside a street address, a zero-width
 *     character inside a name). A URL reported for its credentials takes the type and provider of a SECRET
 *     found inside it: the whole connection string is the secret ("postgres://app:pw@db/prod").
 *  2. Identical spans: the higher score wins; on a tie, the more specific type (TYPE_PRIORITY order).
 *  3. Partial overlaps: the higher score wins; on a tie the longer span, then the earlier one. A loser of a
 *     fuzzy type (name, place, address, organisation, date) keeps the part outside the winner when that part
 *     still has a letter or digit in it: "3012 Hauptstraße 5" after a card ending "3012" keeps "Hauptstraße 5",
 *     as it would once the card is redacted.
 * Same-type PERSON/LOCATION/STREET_ADDRESS findings that touch (only spaces between) are then merged.
 */

// Earlier = more specific, preferred when two findings cover exactly the same characters.
const TYPE_PRIORITY: readonly EntityType[] = [
  'SECRET',
  'CUSTOM',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'UK_NHS',
  'UK_NINO',
  'NATIONAL_ID',
  'CRYPTO_WALLET',
  'BANK_ACCOUNT',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'EMAIL_ADDRESS',
  'URL',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'PHONE_NUMBER',
  'DATE_OF_BIRTH',
  'STREET_ADDRESS',
  'PERSON',
  'LOCATION',
  'ORGANIZATION',
  'DATE_TIME',
  'INVISIBLE_TEXT',
];
const rank = (t: EntityType): number => TYPE_PRIORITY.indexOf(t);

const contains = (a: Finding, b: Finding): boolean => a.start <= b.start && b.end <= a.end;

/** True when `a` should be kept over `b` (they overlap). */
function beats(a: Finding, b: Finding): boolean {
  const same = a.start === b.start && a.end === b.end;
  if (!same) {
    if (contains(a, b)) return true;
    if (contains(b, a)) return false;
  }
  if (a.score !== b.score) return a.score > b.score;
  if (same) return rank(a.type) < rank(b.type);
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.start < b.start;
}

const MERGEABLE = new Set<EntityType>(['PERSON', 'LOCATION', 'STREET_ADDRESS']);
const TRIMMABLE = new Set<EntityType>(['PERSON', 'LOCATION', 'STREET_ADDRESS', 'ORGANIZATION', 'DATE_TIME']);

/** URL findings that contain a SECRET become that SECRET (same span as the URL, the secret's provider). */
function absorbSecrets(sorted: Finding[]): void {
  const secrets = sorted.filter((f) => f.type === 'SECRET');
  if (!secrets.length) return;
  for (let i = 0; i < sorted.length; i++) {
    const u = sorted[i]!;
    if (u.type !== 'URL') continue;
    const s = secrets.find((x) => contains(u, x));
    if (!s) continue;
    sorted[i] = { ...u, type: 'SECRET', score: Math.max(u.score, s.score), ...(s.label ? { label: s.label } : {}) };
  }
}

/** The longest part of `f` outside `blockers`, trimmed of spaces and punctuation; undefined when nothing is left. */
function remainder(f: Finding, blockers: readonly Finding[], text: string): Finding | undefined {
  let best: [number, number] | undefined;
  let cursor = f.start;
  const sorted = [...blockers].sort((a, b) => a.start - b.start);
  for (const b of [...sorted, { start: f.end, end: f.end } as Finding]) {
    const s = cursor;
    const e = Math.min(b.start, f.end);
    if (e > s && (!best || e - s > best[1] - best[0])) best = [s, e];
    cursor = Math.max(cursor, b.end);
  }
  if (!best) return undefined;
  let [s, e] = best;
  while (s < e && /[\s,.;:()-]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;:(-]/.test(text[e - 1]!)) e--;
  if (e - s < 2 || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return undefined;
  return { ...f, start: s, end: e };
}

export function resolveOverlaps(findings: readonly Finding[], text?: string): Finding[] {
  // Longest first, then by score, so containers are seen before what they contain; `beats` settles the rest.
  const sorted = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  // `kept` never overlaps itself, so sorted by start it is sorted by end too: binary search finds the clashes.
  const kept: Finding[] = [];
  absorbSecrets(sorted);
  // Trimmed losers go round again (they are shorter, so they cannot displace what beat them).
  const pending: Finding[] = [];
  // Each finding in turn, and right after it what is pending (last in, first out).
  for (let next = 0; next < sorted.length || pending.length;) {
    const f = pending.length ? pending.pop()! : sorted[next++]!;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < kept.length && kept[last]!.start < f.end) last++;
    // Most findings clash with nothing: inserted as they are.
    if (last === lo) {
      insertAt(kept, lo, f);
      continue;
    }
    const clashing = kept.slice(lo, last);
    if (clashing.every((k) => beats(f, k))) {
      kept.splice(lo, last - lo, f);
      // What f displaced may keep its part outside f (same rule as for a loser, below).
      if (text !== undefined) {
        for (const k of clashing) {
          if (!TRIMMABLE.has(k.type) || contains(f, k)) continue;
          const rest = remainder(k, [f], text);
          if (rest) pending.push(rest);
        }
      }
    } else if (text !== undefined && TRIMMABLE.has(f.type) && !clashing.some((k) => contains(k, f))) {
      const rest = remainder(
        f,
        clashing.filter((k) => !beats(f, k)),
        text,
      );
      if (rest) pending.push(rest);
    }
  }
  return text === undefined ? kept : mergeTouching(kept, text);
}

/** kept.splice(at, 0, f) without the empty array splice returns (this runs for every finding of every call). */
function insertAt(kept: Finding[], at: number, f: Finding): void {
  for (let i = kept.length; i > at; i--) kept[i] = kept[i - 1]!;
  kept[at] = f;
}

function mergeTouching(sorted: Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === f.type &&
      MERGEABLE.has(f.type) &&
      prev.recognizer === f.recognizer &&
      /^[ \t]*$/.test(text.slice(prev.end, f.start))
    ) {
      out[out.length - 1] = { ...prev, end: f.end, score: Math.max(prev.score, f.score) };
    } else out.push(f);
  }
  return out;
}
