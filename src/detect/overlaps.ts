import type { EntityType, Finding } from './types';

/**
 * Overlap resolution, applied after the threshold. The rules, in order:
 *  1. A finding that lies inside another is dropped: the container covers it, and one placeholder reads better
 *     than nested ones (an email inside a URL with credentials, a city inside a street address, a zero-width
 *     character inside a name).
 *  2. Identical spans: the higher score wins; on a tie, the more specific type (TYPE_PRIORITY order).
 *  3. Partial overlaps: the higher score wins; on a tie the longer span, then the earlier one.
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

export function resolveOverlaps(findings: readonly Finding[], text?: string): Finding[] {
  // Longest first, then by score, so containers are seen before what they contain; `beats` settles the rest.
  const sorted = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  // `kept` never overlaps itself, so sorted by start it is sorted by end too: binary search finds the clashes.
  const kept: Finding[] = [];
  for (const f of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < kept.length && kept[last]!.start < f.end) last++;
    const clashing = kept.slice(lo, last);
    if (clashing.every((k) => beats(f, k))) kept.splice(lo, last - lo, f);
  }
  return text === undefined ? kept : mergeTouching(kept, text);
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
