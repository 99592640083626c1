import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { nextMatch } from '../text';

/**
 * INVISIBLE_TEXT: characters that render as nothing but reach the model: zero-width space/joiners, word joiner,
 * invisible operators, BOM, bidi embeddings/overrides/isolates (Trojan Source, CVE-2021-42574) and Unicode tag
 * characters U+E0000-E007F (ASCII smuggling of hidden instructions). Redaction strips them.
 * Legitimate uses are left alone: ZWJ/ZWNJ inside emoji sequences and joining scripts, and tag sequences that
 * spell a subdivision flag after U+1F3F4 (the England/Scotland/Wales flags).
 */

// U+200B-200F, U+202A-202E, U+2060-2064, U+2066-2069, U+FEFF, U+180E, tag characters (surrogate pairs DB40 DC00-DC7F).
const INVISIBLE = /(?:[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E]|\uDB40[\uDC00-\uDC7F])+/g;

const JOINERS = /^[\u200C\u200D]$/;
const EMOJI_OR_LETTER = /[\p{Extended_Pictographic}\p{L}\p{M}\uFE0F]/u;
const BLACK_FLAG = '\u{1F3F4}';
const TAG_FLAG = /^(?:\uDB40[\uDC61-\uDC7A]){2,6}\uDB40\uDC7F$/; // lower-case letters, then CANCEL TAG

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** The code point just before `i` (handles surrogate pairs), as a string. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(text.codePointAt(at)!);
}

const charAt = (text: string, i: number): string => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');

/** A single joiner between emoji/letters, a single LRM/RLM in right-to-left text, or a flag's tags: legitimate. */
function legitimate(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  const prev = charBefore(text, start);
  const next = charAt(text, end);
  if (JOINERS.test(run)) return EMOJI_OR_LETTER.test(prev) && EMOJI_OR_LETTER.test(next);
  if (run === '\u200E' || run === '\u200F') return RTL.test(prev) || RTL.test(next);
  return TAG_FLAG.test(run) && prev === BLACK_FLAG;
}

/** The ASCII text hidden in tag characters, if any ("ignore previous instructions"). */
export function decodeTags(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

export const invisibleTextRecognizer: Recognizer = {
  id: 'invisible-text',
  phase: 'validated',
  types: ['INVISIBLE_TEXT'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    INVISIBLE.lastIndex = 0;
    for (let m = nextMatch(INVISIBLE, text); m; m = nextMatch(INVISIBLE, text)) {
      const start = m.index;
      const end = start + m[0].length;
      // A BOM at the very start is an encoding artefact; still invisible, but harmless.
      if (start === 0 && m[0] === '\uFEFF') continue;
      if (legitimate(text, start, end)) continue;
      const hidden = decodeTags(m[0]);
      out.push({
        type: 'INVISIBLE_TEXT',
        start,
        end,
        score: 1,
        label: hidden ? 'tags' : /[\u202A-\u202E\u2066-\u2069]/.test(m[0]) ? 'bidi' : 'zero-width',
        recognizer: 'invisible-text',
      });
    }
    return out;
  },
};
