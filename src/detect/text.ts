/** Small character-class helpers shared by the recognizers. */

const WORDISH = /[\p{L}\p{N}_]/u;

export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORDISH.test(c);
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const LETTER_CHAR = /\p{L}/u;
export const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER_CHAR.test(c);

const SPACE_CHAR = /\s/;
/** /\s/.test(text[i]), without a one-character string for ASCII (compared) or past the end (false). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE_CHAR.test(text[i]!); // NaN past the end
}

/**
 * True when the digit run text[start, end) stands alone: not glued to letters or digits, and not one part of a
 * longer dotted/slashed/colon number (versions, dates, times, IPs, decimals, paths).
 */
export function digitRunBounded(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isWordChar(before) || isWordChar(after)) return false;
  if (before && '.,/:-+'.includes(before) && isDigit(text[start - 2])) return false;
  if (after && '.,/:-'.includes(after) && isDigit(text[end + 1])) return false;
  // "#123..." and "No.123..." are identifiers; "$1234..." amounts.
  if (before === '#' || before === '$' || before === '€' || before === '£') return false;
  return true;
}

/** An ASCII digit, by character code (what `\d` matches). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** An ASCII lower-case letter, by character code. */
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** True when s[from, to) holds the character `ch` (s.slice(from, to).includes(ch), without the copy). */
export const holds = (s: string, ch: string, from: number, to: number): boolean => {
  const k = s.indexOf(ch, from);
  return k >= 0 && k < to;
};

/** Index of the first ASCII digit at or after `from`, or -1. */
export function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * End of the digit groups starting at `start` (a digit), as /\d+(?:[ -]\d+)*\/y would match them: groups of ASCII
 * digits joined by single spaces or dashes. A walk instead of the regex, because most texts hold many short
 * numbers, and each regex match is an array to allocate and throw away.
 */
export function digitGroupsEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    const sep = text.charCodeAt(i);
    if ((sep === 32 || sep === 45) && isDigitCode(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

/** Digits of a string. */
const NON_DIGIT = /\D/g;
export const digitsOf = (s: string): string => s.replace(NON_DIGIT, '');

/** How many ASCII digits s[from, to) holds (by character code: no one-character strings). */
export function digitsIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isDigitCode(s.charCodeAt(i))) n++;
  return n;
}

/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8 makes a slice of 13 characters or more
 * a view into its parent string, so a cache keyed by slices of prompts would hold every prompt it saw (a 100 KB
 * paste for one phone number): more memory, and garbage collections that copy it all again and again.
 */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * For caches that keep a value only from its second sight on (a value met once would only survive young-generation
 * collections in them): whether `hash` was the last hash met at `slot` of `seen`; if not, it is recorded there.
 */
export function seenBefore(seen: Int32Array, slot: number, hash: number): boolean {
  if (seen[slot] === hash) return true;
  seen[slot] = hash;
  return false;
}

const stickies = new Map<RegExp, RegExp>();

/**
 * A sticky copy of `re` (same source and flags, less "g", plus "y"), made once per regex: for trying a pattern at
 * chosen positions ("does it match here?") instead of searching the whole text for it.
 */
function stickyOf(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) stickies.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}

/**
 * The matches of `re` that a search over the whole text finds, tried only at `starts`: ascending positions that
 * include every place where a match can start. Its sticky copy is tried at each start not inside an earlier match,
 * as the search would; an empty match is skipped. An array, not a generator: a generator's step results were
 * garbage of every call (the bench's prompts allocated ~3 KB each in generators alone).
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  let reached = -1;
  for (const at of starts) {
    if (at < reached) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    reached = at + m[0].length;
    out.push(m);
  }
  return out;
}

/**
 * The next match of the global regex `re` from its lastIndex (set it to 0 before the first call), as a matchAll
 * loop yields them, without the copy of the regex that matchAll makes on every call. For loops over one text whose
 * body does not use the same regex again.
 */
export function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  // An empty match moves on by one character (a code point under the u flag), as matchAll does.
  if (m !== null && m[0].length === 0) {
    const c = text.charCodeAt(re.lastIndex);
    re.lastIndex += re.unicode && c >= 0xd800 && c <= 0xdbff && re.lastIndex + 1 < text.length ? 2 : 1;
  }
  return m;
}

/**
 * Slot of a word in a 64K table (first two letters, last letter, length): a one-hash Bloom filter of a word list
 * turns away most words of a text with one table read, before a map would hash them (lexicon.ts, street-address.ts).
 */
export function wordSlot(w: string): number {
  const n = w.length;
  return (((w.charCodeAt(0) * 31 + (n > 1 ? w.charCodeAt(1) : 0)) * 31 + w.charCodeAt(n - 1)) * 31 + n) & 0xffff;
}
