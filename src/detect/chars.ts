/**
 * Unicode general categories of characters, for loops that walk a text character by character instead of running
 * a `u` regex at every position (the tokenizers: words.ts, person's name tokens). ASCII is decided by comparisons;
 * other characters are classified once by regex and remembered (the answer depends on the character only): in a
 * table for the Basic Multilingual Plane, in a map for the others (surrogate pairs: emoji, rare scripts).
 */

export const LETTER = 1; // \p{L}
export const UPPER = 2; // \p{Lu}
export const MARK = 4; // \p{M}
export const NUMBER = 8; // \p{N}

const KNOWN = 128;
const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  let bits = 0;
  if (/\p{L}/u.test(ch)) bits |= LETTER;
  if (/\p{Lu}/u.test(ch)) bits |= UPPER;
  if (/\p{M}/u.test(ch)) bits |= MARK;
  if (/\p{N}/u.test(ch)) bits |= NUMBER;
  return bits;
}

/** Category bits of the code point `cp`. */
export function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    return cp >= 48 && cp <= 57 ? NUMBER : 0;
  }
  if (cp <= 0xffff) {
    const t = table[cp]!;
    return (t === 0 ? learnBlock(cp) : t) & ~KNOWN;
  }
  return astral.get(cp) ?? learnAstral(cp);
}

// The slow paths build one-character strings, so they are functions of their own, never written inline in
// classOf: with `classify(String.fromCharCode(cp))` there, the optimised code of its callers (the tokenizers) made
// a 24-byte string for every non-ASCII character that is not a letter, table hit or not (8 KB per 2,000-character
// prompt once its findings are masked with U+E000: 4% of all the fast path allocated). A block of 256 is learnt at
// once, so that a text's other characters of the same script are found in the table.
function learnBlock(cp: number): number {
  const base = cp & ~0xff;
  for (let c = base; c < base + 0x100; c++) if (table[c] === 0) table[c] = classify(String.fromCharCode(c)) | KNOWN;
  return table[cp]!;
}

const astral = new Map<number, number>();
function learnAstral(cp: number): number {
  const bits = classify(String.fromCodePoint(cp));
  if (astral.size < 4096) astral.set(cp, bits);
  return bits;
}

/** The code point at `i` (a lone surrogate is its own code point, as in a `u` regex). */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

/** The code point ending right before `i` (-1 at the start). */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}
