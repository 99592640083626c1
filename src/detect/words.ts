/**
 * Word index of a text, built once per scan and only when a recognizer asks for context.
 * Context words are compared by word, never by substring (Presidio's substring matching lets "lic"
 * fire on "public"; see speakeasy-api/gram PR 3172).
 */

// A word: letters/digits/marks, with inner apostrophes ("driver's", "o'brien").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;

export interface WordIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lower-cased words, possessive "'s" removed. */
  readonly lower: readonly string[];
}

export function indexWords(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    lower.push(
      m[0]
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/’/g, "'"),
    );
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), lower };
}

/** Index of the first word that starts at or after `pos` (= words.length when none). */
export function firstWordFrom(idx: WordIndex, pos: number): number {
  let lo = 0;
  let hi = idx.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idx.starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `n` lower-cased words ending at or before `pos`, nearest last. */
export function wordsBefore(idx: WordIndex, pos: number, n: number): string[] {
  let i = firstWordFrom(idx, pos) - 1;
  // A word that straddles `pos` (the candidate starts mid-word) is not context.
  while (i >= 0 && idx.ends[i]! > pos) i--;
  const out: string[] = [];
  for (; i >= 0 && out.length < n; i--) out.push(idx.lower[i]!);
  return out.reverse();
}

/** Up to `n` lower-cased words starting at or after `pos`, nearest first. */
export function wordsAfter(idx: WordIndex, pos: number, n: number): string[] {
  const out: string[] = [];
  for (let i = firstWordFrom(idx, pos); i < idx.starts.length && out.length < n; i++) out.push(idx.lower[i]!);
  return out;
}
