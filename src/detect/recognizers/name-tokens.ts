import { NAME_PARTICLES } from '../data/names';
import { classOf, codePointBefore, LETTER, MARK, UPPER } from '../chars';
import { isAsciiLower } from '../text';

/**
 * The name recognizer's tokens, found by one walk over the characters rather than a `u` regex tried at every
 * position (the regex spent most of its time rejecting lower-case prose). Equivalent to matching, globally,
 *   capitalised: \p{Lu}(?<![\p{L}\p{M}'’]\p{Lu})[\p{L}\p{M}'’-]*
 *                | (?<![\p{L}\p{M}'’])(?:van|von|de|…)(?![\p{L}\p{M}'’-])   (a name particle)
 *   any word:    [\p{L}\p{M}][\p{L}\p{M}'’-]*
 * over text[from, to): the character before `from` is not looked at. Pairs [start, end) are pushed to `out`.
 */

// The particles by first letter's character code (a table: this is asked at most characters of the text).
const PARTICLES_BY_FIRST: (string[] | undefined)[] = new Array(128).fill(undefined);
for (const w of NAME_PARTICLES) (PARTICLES_BY_FIRST[w.charCodeAt(0)] ??= []).push(w);
/** The longest particle: a run longer than this is not one, so no particle check reads further. */
const MAX_PARTICLE = Math.max(...[...NAME_PARTICLES].map((w) => w.length));

/** NAME_PARTICLES.has(text.slice(start, end)), compared in place: "the", "in", "a"… would each cost a copy. */
function isParticle(text: string, start: number, end: number): boolean {
  const list = PARTICLES_BY_FIRST[text.charCodeAt(start)];
  if (list) for (const p of list) if (p.length === end - start && text.startsWith(p, start)) return true;
  return false;
}

/** In [\p{L}\p{M}'’]: a word goes on through it (the look-behind's class). */
function wordPart(cp: number): boolean {
  return (classOf(cp) & (LETTER | MARK)) !== 0 || cp === 39 || cp === 0x2019;
}

/** End of the run of [\p{L}\p{M}'’-] from `i` (at most `to`). */
function runEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = text.codePointAt(i)!;
    if (cp !== 45 && !wordPart(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return Math.min(i, to);
}

/** Where tokens go, as [start, end) pairs: a number array, or a reused buffer (person.ts). */
export interface SpanSink {
  push(start: number, end: number): void;
}

export function capTokens(text: string, from: number, to: number, out: SpanSink): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 128 ? cp >= 65 && cp <= 90 : (classOf(cp) & UPPER) !== 0) {
      if (i === from || !wordPart(codePointBefore(text, i))) {
        const end = runEnd(text, i + width, to);
        out.push(i, end);
        i = end;
        continue;
      }
    } else if (cp < 128 && PARTICLES_BY_FIRST[cp] && (i === from || !wordPart(codePointBefore(text, i)))) {
      // Read at most one character past the longest particle: on "a-a-a-…" a full run end per letter
      // made this quadratic (5.7 s at 80,000 characters).
      const end = runEnd(text, i, Math.min(to, i + MAX_PARTICLE + 1));
      if (end - i <= MAX_PARTICLE && isParticle(text, i, end)) {
        out.push(i, end);
        i = end;
        continue;
      }
    }
    i += width;
    // Inside a word no token starts (a capital or a particle needs a non-letter before it): its lower-case ASCII
    // letters, most of the text, are skipped without the look-behind (name tokens ~20% faster).
    if (wordPart(cp)) while (i < to && isAsciiLower(text.charCodeAt(i))) i++;
  }
}

export function allTokens(text: string, from: number, to: number, out: SpanSink): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & (LETTER | MARK)) !== 0) {
      const end = runEnd(text, i + (cp > 0xffff ? 2 : 1), to);
      out.push(i, end);
      i = end;
    } else i += cp > 0xffff ? 2 : 1;
  }
}
