import { BARRIER, firstWordFrom, wordsAfter, wordsBefore, type WordIndex } from './words';
import type { Scan } from './scan';

/**
 * Context words, Presidio-style (LemmaContextAwareEnhancer): a hit in a window of words around the
 * match raises the score. Presidio looks 5 words back and 0 forward; its tuned notebook used 10/10.
 * We look 5 back and 3 forward by default ("555-0100 (mobile)", "12345 is my SSN").
 */
export const CONTEXT_BEFORE = 5;
export const CONTEXT_AFTER = 3;
/** Presidio adds 0.35 on a context hit. */
export const CONTEXT_BOOST = 0.35;

export interface ContextWords {
  /** Single lower-case words; a trailing "s" on the text side is ignored ("numbers" hits "number"). */
  readonly words: ReadonlySet<string>;
  /** Each word + "s" (when that is over 3 letters): the plural test is one lookup, with no slice per text word. */
  readonly plurals: ReadonlySet<string>;
  /** Lower-case phrases of several words, matched on whole words ("date of birth"). */
  readonly phrases: readonly string[];
}

export function contextWords(list: readonly string[]): ContextWords {
  const words = list.filter((w) => !w.includes(' '));
  return { words: new Set(words), plurals: pluralsOf(words), phrases: list.filter((w) => w.includes(' ')) };
}

/** w + "s" for each word where that is over 3 letters: "numbers" hits "number", "ids" does not hit "id". */
const pluralsOf = (words: Iterable<string>): Set<string> =>
  new Set([...words].map((w) => `${w}s`).filter((p) => p.length > 3));

/**
 * What a recognizer's negative words argue against, by the shape of its candidates: digit strings of 7 or more
 * (cards, SSNs, phone numbers), IP addresses, or any token with a digit (driver's licences).
 */
export const AGAINST_NUMBERS = 1;
export const AGAINST_IPS = 2;
export const AGAINST_TOKENS = 4;

/** Every negative context word of every recognizer (see negativeWords), plural "s" too, with what it argues against. */
const NEGATIVE = new Map<string, number>();

/**
 * Context words that argue against a finding ("order", "version", "invoice"). Also recorded in one map: a finding
 * that contains such a word (a name swallowing "version") changes, once redacted, what its neighbours see, and the
 * analyzer re-checks its neighbourhood when a candidate of that shape is near (see negativeAgainst).
 */
export function negativeWords(list: readonly string[], against = AGAINST_NUMBERS): ContextWords {
  const parts = list.flatMap((w) => w.split(' '));
  for (const w of [...parts, ...pluralsOf(parts)]) NEGATIVE.set(w, (NEGATIVE.get(w) ?? 0) | against);
  return contextWords(list);
}

/** What a (lower-case) word argues against as some recognizer's negative context (AGAINST_* bits), or 0. */
export const negativeAgainst = (w: string): number => NEGATIVE.get(w) ?? 0;

function hits(window: readonly string[], ctx: ContextWords): boolean {
  for (const w of window) if (hitsWord(w, ctx)) return true;
  if (ctx.phrases.length === 0 || window.length < 2) return false; // a phrase has two words or more
  const joined = ` ${window.join(' ')} `;
  return ctx.phrases.some((p) => joined.includes(` ${p} `));
}

const hitsWord = (w: string, ctx: ContextWords): boolean => ctx.words.has(w) || ctx.plurals.has(w);

/**
 * hits(wordsBefore(idx, pos, n, through), ctx) for single-word lists, read in place (no window array: this runs for
 * every candidate of every recognizer); lists with phrases build the window.
 */
function hitBefore(idx: WordIndex, pos: number, n: number, ctx: ContextWords, through = false): boolean {
  if (ctx.phrases.length) return hits(wordsBefore(idx, pos, n, through), ctx);
  let i = firstWordFrom(idx, pos) - 1;
  while (i >= 0 && idx.ends[i]! > pos) i--;
  for (let k = 0; i >= 0 && k < n; i--) {
    const w = idx.lower[i]!;
    if (w === BARRIER) {
      if (through) continue;
      return false;
    }
    if (hitsWord(w, ctx)) return true;
    k++;
  }
  return false;
}

/** hits(wordsAfter(idx, pos, n, through), ctx), in place as hitBefore. */
function hitAfter(idx: WordIndex, pos: number, n: number, ctx: ContextWords, through = false): boolean {
  if (ctx.phrases.length) return hits(wordsAfter(idx, pos, n, through), ctx);
  for (let i = firstWordFrom(idx, pos), k = 0; i < idx.starts.length && k < n; i++) {
    const w = idx.lower[i]!;
    if (w === BARRIER) {
      if (through) continue;
      return false;
    }
    if (hitsWord(w, ctx)) return true;
    k++;
  }
  return false;
}

/** True when a context word occurs within `before` words before `start` or `after` words after `end`. */
export function hasContext(
  scan: Scan,
  start: number,
  end: number,
  ctx: ContextWords,
  before = CONTEXT_BEFORE,
  after = CONTEXT_AFTER,
): boolean {
  const idx = scan.words();
  if (before > 0 && hitBefore(idx, start, before, ctx)) return true;
  if (after > 0 && hitAfter(idx, end, after, ctx)) return true;
  // In a table row, the column's header names the value ("ssn", "phone", "dob"); in a list item, the line
  // that introduces the list ("NHS numbers:").
  return hits(scan.columnHeader(start), ctx) || hits(scan.listIntro(start), ctx);
}

/**
 * The widest negative context window: words before a candidate (one word after). The analyzer relies on it to
 * know which findings can change a number's negative context once redacted (analyze.ts, candidateNear).
 */
export const NEGATIVE_REACH = 8;

/**
 * The same for negative context ("order", "invoice", "version" before a number): Veil's placeholders are looked
 * through rather than stopping the window (see wordsBefore), so redaction never hides a reason not to report.
 * Windows are capped at NEGATIVE_REACH words before and one after.
 */
export function hasNegativeContext(
  scan: Scan,
  start: number,
  end: number,
  ctx: ContextWords,
  before = CONTEXT_BEFORE,
  after = 0,
): boolean {
  before = Math.min(before, NEGATIVE_REACH);
  after = Math.min(after, 1);
  const idx = scan.words();
  if (before > 0 && hitBefore(idx, start, before, ctx, true)) return true;
  if (after > 0 && hitAfter(idx, end, after, ctx, true)) return true;
  return hits(scan.columnHeader(start), ctx);
}

/** Presidio's rule: on a context hit add CONTEXT_BOOST, with a floor so that weak patterns pass the threshold. */
export function boosted(score: number, hit: boolean, floor = 0.65): number {
  return hit ? Math.min(1, Math.max(score + CONTEXT_BOOST, floor)) : score;
}
