import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { boosted, contextWords, hasContext, hasNegativeContext, negativeWords } from '../context';
import { isPossibleReading, isValidReading, readNumber } from './phone-plans';
import {
  detached,
  digitRunBounded,
  digitsIn,
  digitsOf,
  holds,
  isDigit,
  isDigitCode,
  isWordChar,
  nextMatch,
  seenBefore,
} from '../text';

/**
 * PHONE_NUMBER. Candidates come from one linear scan for digit chunks (digits, spaces, dots, dashes,
 * parentheses, one leading "+"); each plausible piece is validated against libphonenumber-js's metadata, read
 * as its parse reads it (phone-plans.ts), with full ("max") numbering plans for the countries whose national
 * formats are read and length-only plans for the others (data/phone-metadata.generated.ts). Calling
 * `findPhoneNumbersInText` once per region over the whole text would cost ~1.2 µs/char/region (research memo
 * §6.3); parsing only candidates keeps the fast path within budget.
 *
 * Scores: international (+CC / 00CC) and valid 0.95; national, formatted and valid in a region with strict
 * numbering 0.6; German numbering accepts almost any 7-11 digit string, so "valid only in DE" is weak (0.45);
 * unformatted digit strings and numbers no region accepts need context words ("call", "mobile", "Fax:").
 * Never inside timestamps, dates, IPs, versions, decimals or longer IDs; "order/invoice/ref…" before a number
 * without phone context drops it.
 */

// Candidates: /(?:\+|\b00)?\(?\d[\d\u00a0 ().\-/]*/g, a greedy character class with nothing after it. Read by
// chunkStart/chunkEnd, without a match array per number of the text; pieces are cut and checked in code.
// On the number's line: "x" after a line break starts the next line, not an extension. Sticky at the number's end
// (a match is at most 17 chars long: as in the 20 chars after it, which it was once tried on).
const EXTENSION = /[ \t]?(?:x|ext\.?|extension|#)[ \t]?(\d{1,6})\b/iy;

/**
 * Start of the next chunk at or after `from` (-1 when none): a digit, "(" before a digit, or "+" before either.
 * ("\b00" changes no match: "00" is matched from its first digit either way, to the same end.)
 */
export function chunkStart(text: string, from: number): number {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isDigitCode(c)) return p;
    if (c !== 40 /* ( */ && c !== 43 /* + */) continue;
    const d = text.charCodeAt(p + 1);
    if (isDigitCode(d) || (c === 43 && d === 40 && isDigitCode(text.charCodeAt(p + 2)))) return p;
  }
  return -1;
}

/** End of the chunk starting at `start`: the run of digits, spaces, no-break spaces and ().-/ after its first digit. */
export function chunkEnd(text: string, start: number): number {
  let e = start;
  while (!isDigitCode(text.charCodeAt(e))) e++;
  for (e++; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (!(isDigitCode(c) || c === 32 || c === 0xa0 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47)) break;
  }
  return e;
}

/** How many ASCII digits `s` holds (s.replace(/\D/g, '').length, without the copy). */
const countDigits = (s: string): number => digitsIn(s, 0, s.length);

const CONTEXT = contextWords([
  'phone',
  'telephone',
  'tel',
  'tele',
  'mobile',
  'mob',
  'cell',
  'cellphone',
  'cellular',
  'fax',
  'call',
  'calling',
  'called',
  'ring',
  'text',
  'sms',
  'whatsapp',
  'signal',
  'telegram',
  'viber',
  'contact',
  'reach',
  'dial',
  'landline',
  'desk',
  'office',
  'direct',
  'hotline',
  'helpline',
  'voicemail',
  'answer',
  'answering',
  'message',
  'ext',
  'extension',
  'home',
  'work',
  'handy',
  'telefon',
  'telefono',
  'teléfono',
  'téléphone',
  'telephone',
  'portable',
  'móvil',
  'movil',
  'cellulare',
  'celular',
  'telefoonnummer',
  'rufnummer',
  'mobiel',
  'tél',
  'tlf',
  // ("phone number" is no phrase here: "phone" alone is listed, and a list without phrases is read in place.)
  'rufen',
  'anrufen',
  'erreichbar',
  'rückruf',
  'appeler',
  'appelez',
  'joindre',
  'rappeler',
  'llamar',
  'llámame',
  'llamame',
  'chiamare',
  'chiamami',
  'bellen',
  'ligue',
  'ligar',
  'telefonnummer',
  'handynummer',
]);

const NEGATIVE = negativeWords([
  'order',
  'invoice',
  'ref',
  'reference',
  'id',
  'tracking',
  'account',
  'acct',
  'isbn',
  'serial',
  'version',
  'build',
  'sku',
  'ticket',
  'case',
  'zip',
  'postcode',
  'iban',
  'card',
  'ssn',
  'transaction',
  'txn',
  'amount',
  'total',
  'price',
  'population',
  'item',
  'part',
  'model',
  'patent',
  'route',
  'policy',
  'claim',
  'nhs',
  'passport',
  'license',
  'licence',
]);

// Regions whose numbering plans reject most random digit strings. DE (and AT-like open plans) accept nearly anything.
const PERMISSIVE = new Set(['DE', 'AT']);

interface Verdict {
  score: number;
  region?: string;
}

// Verdicts per regions key ("US,GB,…"), then per candidate: no key string is built per candidate.
const caches = new Map<string, Map<string, Verdict | null>>();
let cached = 0;

// Shapes that are never a phone grouping; module constants, as a regex literal in a function is a new RegExp object
// at every evaluation (this runs for every candidate).
const REJECTED_SHAPES = [
  /^\d{3}-\d{2}-\d{4}$/, // SSN / part-number shape
  /^\d{5}-\d{4}$/, // US ZIP+4
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/, // 2024-01-31
  /^\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})$/, // 31.01.2024, 01/31/24
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // IPv4
  /^\d+[.,]\d+$/, // decimals
  /^\d{1,3}(?:[.,]\d{3})+$/, // 1.234.567
  /^\d{1,2}\/\d{1,2}$/, // fractions
  /\/.*\//, // paths
];
const DOTTED = /^\d+(?:\.\d+)+$/;
const ONE_DIGIT_PART = /(?:^|\.)\d(?:\.|$)/;

function shapeRejected(piece: string): boolean {
  for (const re of REJECTED_SHAPES) if (re.test(piece)) return true;
  return DOTTED.test(piece) && ONE_DIGIT_PART.test(piece); // 10.0.1, 3.14.159
}

/**
 * An ISBN-13 ("978-1-0343-1937-5", "9781643578293"): 13 digits from 978 or 979 whose EAN check digit holds. No
 * national number is written like that, and books in a reading list or an order cost a parse per region each
 * (a tenth of all parses on the bench's prompts).
 */
function isIsbn13(digits: string): boolean {
  if (digits.length !== 13 || !digits.startsWith('97') || (digits[2] !== '8' && digits[2] !== '9')) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return sum % 10 === 0;
}

/** 7 digits (local) to 14 (German trunk 0 + area code + long subscriber number), and no ISBN. */
const mayBeNational = (digits: string): boolean => digits.length >= 7 && digits.length <= 14 && !isIsbn13(digits);

// The cache of the scan's regions (find sets it).
let cache = new Map<string, Verdict | null>();

// Per slot, the hash of the last candidate computed there and not cached (see verdict).
const SEEN_SLOTS = 1024;
const seenOnce = new Int32Array(SEEN_SLOTS);

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

function verdict(piece: string, regions: readonly string[]): Verdict | null {
  const hit = cache.get(piece);
  if (hit !== undefined) return hit;
  const result = computeVerdict(piece, regions);
  // Kept from a candidate's second computation on: the typing scan reads the same numbers again at every pause,
  // while a number met once (a fresh prompt, a pasted list) would only survive young-generation collections in
  // the cache (a fifth of what survived one on the bench's prompts, ~0.15 ms of each collection).
  const h = hashOf(piece);
  if (!seenBefore(seenOnce, h & (SEEN_SLOTS - 1), h)) return result;
  if (cached > 5000) {
    for (const c of caches.values()) c.clear();
    cached = 0;
  }
  cache.set(detached(piece), result);
  cached++;
  return result;
}

const FORMATTING = /[\s().-]/;
const GERMAN_LAYOUT = /^0\d{1,4}[ /]\d{4,9}$/;
const UNIFORM_GROUPS = /^\d+(?:[ -]\d+)+$/;

function computeVerdict(piece: string, regions: readonly string[]): Verdict | null {
  if (shapeRejected(piece)) return null;
  const digits = digitsOf(piece);
  const intl = piece.startsWith('+') || piece.startsWith('00');
  if (intl) {
    const n = readNumber(piece.startsWith('00') ? `+${piece.slice(2)}` : piece);
    if (!n) return digits.length >= 8 && digits.length <= 15 ? { score: 0.3 } : null;
    if (isValidReading(n)) return { score: 0.95, ...(n.country ? { region: n.country } : {}) };
    return isPossibleReading(n) ? { score: 0.7 } : { score: 0.3 };
  }
  if (!mayBeNational(digits)) return null;
  const formatted = FORMATTING.test(piece);
  // The first region that reads it with a strict plan, in order; the first region counts as strict whatever its
  // plan (the user's own). Permissive plans accept nearly anything and cost a parse each: they are asked only when
  // no strict one accepts the number.
  const validIn = (r: string): boolean => {
    const n = readNumber(piece, r);
    return !!n && isValidReading(n);
  };
  const isStrict = (r: string): boolean => r === regions[0] || !PERMISSIVE.has(r);
  const strict = regions.find((r) => isStrict(r) && validIn(r));
  const permissive = strict ? undefined : regions.find((r) => !isStrict(r) && validIn(r));
  if (!formatted) return strict || permissive ? { score: 0.3, region: (strict ?? permissive)! } : { score: 0.1 };
  if (strict) return { score: 0.6, region: strict };
  // "030 986084193", "02583 7771330": trunk 0, an area code, one space, the subscriber number: written like a
  // German number, and valid as one.
  if (permissive && GERMAN_LAYOUT.test(piece)) return { score: 0.55, region: permissive };
  if (permissive) return { score: 0.45, region: permissive };
  // Phone-like grouping that no configured region accepts ("78 651 450"): only with context.
  return { score: 0.3 };
}

// Digits only, not starting with "00" (an international prefix).
const BARE_NATIONAL = /^(?!00)\d+$/;
const UNREAD: Verdict = { score: 0.1 };

/** computeVerdict's answer for a bare national digit string, but for the score of one that some region reads. */
const unreadVerdict = (digits: string): Verdict | null => (mayBeNational(digits) ? UNREAD : null);

const TRIM_START = /[\s.\-/)]/;
const TRIM_END = /[\s.\-/(]/;

/** Trims separators and unbalanced brackets off a candidate; returns [start, end) within `s`. */
function trim(s: string, from: number, to: number): [number, number] {
  let a = from;
  let e = to;
  while (a < e && TRIM_START.test(s[a]!)) a++;
  while (e > a && TRIM_END.test(s[e - 1]!)) e--;
  // An unbalanced ")" at the end belongs to the prose: "(call 555 0100)".
  if (s[e - 1] === ')' && !holds(s, '(', a, e - 1)) e--;
  if (s[a] === '(' && !holds(s, ')', a, e)) a++;
  return [a, e];
}

// Where a chunk holds two numbers: " - ", " / ", double spaces.
const SPLIT = /\s+[-/]\s+|\s{2,}|\/(?=\s*\+)/g;

/** Splits a chunk at " - ", " / " or double spaces (two numbers on one line). */
function pieces(chunk: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const [a, e] = trim(chunk, from, to);
    if (e > a) out.push({ text: chunk.slice(a, e), start: offset + a });
  };
  SPLIT.lastIndex = 0;
  for (let m = nextMatch(SPLIT, chunk); m; m = nextMatch(SPLIT, chunk)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, chunk.length);
  return out;
}

/** Validates one candidate: its finding, or undefined. */
function evaluate(scan: Scan, candidate: string, start: number): Finding | undefined {
  const { text } = scan;
  let end = start + candidate.length;
  const digitCount = countDigits(candidate);
  if (digitCount < 7 || digitCount > 15) return undefined;
  // An extension ("x4587", " ext. 12") belongs to the number; the boundary is checked after it.
  EXTENSION.lastIndex = end;
  const ext = EXTENSION.exec(text);
  if (ext) end += ext[0].length;
  // "+44…" starts a number whatever touches it on the left; other numbers must stand alone.
  if (candidate.startsWith('+') ? isWordChar(text[end]) : !digitRunBounded(text, start, end)) return undefined;
  // A bare national digit string ("4155552671") scores 0.3 when some region reads it and 0.1 when none: below the
  // threshold without context either way. There it stays a 0.1 candidate (what overlaps it may still shift) without
  // the parse (a sixth of the parses on the bench's prompts).
  const bare = scan.minScore > 0.3 && BARE_NATIONAL.test(candidate);
  let ctx = bare ? hasContext(scan, start, end, CONTEXT, 5, 2) : undefined;
  const v = bare && !ctx ? unreadVerdict(candidate) : verdict(candidate, scan.phoneRegions);
  if (!v) return undefined;
  ctx ??= hasContext(scan, start, end, CONTEXT, 5, 2);
  // A valid international number is a phone number whatever precedes it.
  if (!ctx && v.score < 0.95 && hasNegativeContext(scan, start, end, NEGATIVE, 3, 0)) return undefined;
  const score = boosted(v.score, ctx, v.score >= 0.3 ? 0.8 : 0.55);
  const f: Finding = { type: 'PHONE_NUMBER', start, end, score, recognizer: 'phone' };
  if (v.region) f.label = v.region;
  return f;
}

interface Group {
  s: number;
  e: number;
  digits: number;
}

/**
 * A piece may hold a number plus neighbouring numbers ("+44 20 7946 0958 41.173.96.26", "ID 12 +1 415…"):
 * from each space-separated group, the longest run of groups with 7-15 digits that validates is taken, and
 * scanning resumes after it. Inner one-digit groups are not phone formatting ("1 2 3 4 5 6 7"), and a budget
 * of parses per scan bounds the work on hostile input.
 */
function evaluatePiece(scan: Scan, piece: string, start: number, out: Finding[], budget: { n: number }): void {
  // Groups: runs of anything but spaces and no-break spaces, with their digit counts; GROUPS[0, count).
  const groups = GROUPS;
  let count = 0;
  for (let k = 0; k < piece.length;) {
    const c = piece.charCodeAt(k);
    if (c === 32 || c === 0xa0) {
      k++;
      continue;
    }
    let e = k + 1;
    let digits = isDigitCode(c) ? 1 : 0;
    for (let d = piece.charCodeAt(e); e < piece.length && d !== 32 && d !== 0xa0; d = piece.charCodeAt(++e)) {
      if (isDigitCode(d)) digits++;
    }
    const g = (groups[count++] ??= { s: 0, e: 0, digits: 0 });
    g.s = k;
    g.e = e;
    g.digits = digits;
    k = e;
  }
  let i = 0;
  while (i < count && budget.n > 0) {
    const here = bestFrom(scan, piece, start, groups, count, i, budget);
    // A short leading group may belong to what precedes ("Hauptstraße 5 06 12 34 56 78"): if starting one group
    // later scores better, that reading wins. A valid international number ("+44 20…", 0.95 or more) is not
    // re-read without its country code: a national reading of the rest scores 0.6 at most, and context boosts both.
    const later =
      groups[i]!.digits <= 2 && i + 1 < count && !(here && here.finding.score >= 0.95)
        ? bestFrom(scan, piece, start, groups, count, i + 1, budget)
        : undefined;
    const pick = later && (!here || later.finding.score > here.finding.score) ? later : here;
    if (pick) out.push(pick.finding);
    // Only a reading that reaches the threshold consumes its groups; a weak one may hide a better one inside.
    i = pick && pick.finding.score >= scan.minScore ? pick.next : i + 1;
  }
}

/**
 * The groups of the piece being evaluated: objects made once and rewritten for each piece (evaluatePiece is not
 * re-entrant), not a new object per group of every number of the text.
 */
const GROUPS: Group[] = [];

/** The longest run of groups[i, count) that validates, as a finding and the index of the group after it. */
function bestFrom(
  scan: Scan,
  piece: string,
  start: number,
  groups: readonly Group[],
  count: number,
  i: number,
  budget: { n: number },
): { finding: Finding; next: number } | undefined {
  let digits = 0;
  let last = i - 1;
  const intl = piece.startsWith('+', groups[i]!.s) || piece.startsWith('00', groups[i]!.s);
  for (let j = i; j < count; j++) {
    // One-digit groups only in international numbers ("+33 1 42 68 53 00", "+49 137 9 391024").
    if (j > i && groups[j]!.digits < 2 && !intl) break;
    if (digits + groups[j]!.digits > 15) break;
    digits += groups[j]!.digits;
    last = j;
  }
  // An international reading no numbering plan accepts (no region) gives way to a shorter one that a plan accepts:
  // "+44 20 7946 0958 0" is "+44 20 7946 0958" and a digit.
  let unplaced: { finding: Finding; next: number } | undefined;
  for (let j = last; j >= i && budget.n > 0; j--) {
    let d = 0;
    for (let k = i; k <= j; k++) d += groups[k]!.digits;
    if (d < 7) break;
    const [a, e] = trim(piece, groups[i]!.s, groups[j]!.e);
    if (e <= a) continue;
    budget.n--;
    const finding = evaluate(scan, piece.slice(a, e), start + a);
    if (!finding) continue;
    if (!intl || finding.label) return { finding, next: j + 1 };
    unplaced ??= { finding, next: j + 1 };
  }
  return unplaced;
}

export const phoneRecognizer: Recognizer = {
  id: 'phone',
  phase: 'contextual',
  types: ['PHONE_NUMBER'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    // Parses per scan: ample for real text (each candidate costs ~15-100 µs), a cap for hostile input.
    const budget = { n: 2000 };
    const key = scan.phoneRegions.join(',');
    cache = caches.get(key) ?? caches.set(key, new Map()).get(key)!;
    for (let at = chunkStart(text, 0); at >= 0;) {
      const end = chunkEnd(text, at);
      const from = at;
      at = chunkStart(text, end);
      if (end - from < 7 || (text.charCodeAt(from) !== 43 && isDigit(text[from - 1]))) continue;
      // Fewer than 7 digits: no piece of it can be evaluated (bestFrom needs 7), so it is not cut into pieces.
      if (digitsIn(text, from, end) < 7) continue;
      for (const p of pieces(text.slice(from, end), from)) {
        // More than 15 digits in uniform groups with no "+" or brackets is one long number (a tracking or
        // account number, "9400 5749 6807 4359 5967 32"), not a phone number with neighbours.
        if (UNIFORM_GROUPS.test(p.text) && countDigits(p.text) > 15) continue;
        evaluatePiece(scan, p.text, p.start, out, budget);
      }
      if (budget.n <= 0) break;
    }
    return out;
  },
};
