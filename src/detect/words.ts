import { classOf, LETTER, MARK, NUMBER } from './chars';
import { detached, seenBefore } from './text';
import { placeholderRegex } from './placeholder';

/**
 * Word index of a text, built once per scan and only when a recognizer asks for context.
 * Context words are compared by word, never by substring (Presidio's substring matching lets "lic"
 * fire on "public"; see speakeasy-api/gram PR 3172).
 */

// A word: letters/digits/marks, with inner apostrophes ("driver's", "o'brien"); or one of Veil's placeholders;
// or a run of masked characters (\uE000, see scan.ts). The last two are barriers (below).

/**
 * A placeholder ("[EMAIL_1]") is one word that context windows do not cross: the value it replaced may have
 * been several words long, so counting across it would let redaction bring context words into range and
 * make new findings appear in redacted text.
 */
export const BARRIER = '\u0000';

export interface WordIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lower-cased words, possessive "'s" removed. */
  readonly lower: readonly string[];
}

const PLACEHOLDER_AT = placeholderRegex('y');

/**
 * Letter, digit or mark of one UTF-16 unit ([\p{L}\p{N}\p{M}] as a `u` regex reads a one-character string: a lone
 * surrogate is none of them); by table (chars.ts), as this runs for every character of the text.
 */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (classOf(c) & (LETTER | NUMBER | MARK)) !== 0;
}

/** One pass over the text, equivalent to matching WORD, without a Unicode regex at every character. */
export function indexWords(text: string): WordIndex {
  tokenize(text, 0, text.length);
  return built();
}

/**
 * The index being built, in scratch arrays reused from call to call, then copied at their exact size (built()):
 * arrays grown word by word and converted to typed arrays cost ~3 times their size in garbage. Indexing is
 * synchronous and calls no other code, so one set of scratch arrays serves every call.
 */
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
const scratchLower: string[] = [];
let count = 0;

function push(start: number, end: number, lower: string): void {
  if (count === scratchStarts.length) {
    const starts = new Int32Array(count * 2);
    const ends = new Int32Array(count * 2);
    starts.set(scratchStarts);
    ends.set(scratchEnds);
    scratchStarts = starts;
    scratchEnds = ends;
  }
  scratchStarts[count] = start;
  scratchEnds[count] = end;
  scratchLower[count] = lower;
  count++;
}

/** The words pushed since the last call, as an index; the scratch arrays are emptied (their strings let go). */
function built(): WordIndex {
  const idx = {
    starts: scratchStarts.slice(0, count),
    ends: scratchEnds.slice(0, count),
    lower: scratchLower.slice(0, count),
  };
  scratchLower.fill('', 0, count);
  count = 0;
  return idx;
}

/**
 * Lower-case strings of short ASCII words, kept from call to call by hash (a slot holds the last word that hashed
 * to it). Prompts repeat the same everyday words: a word found here is neither sliced nor lower-cased again, and
 * the lexicon's maps find its hash already computed. A 4096-slot table saves ~1/4 of the word index's time and
 * half of its strings on the bench's prompts. The table stays in the detector's own context (the content script's
 * isolated world, the extension's offscreen document), which the page cannot read, and is never written anywhere.
 */
const INTERN_SLOTS = 4096;
const INTERN_MAX = 24;
const interned: string[] = new Array<string>(INTERN_SLOTS).fill('');
/**
 * Per slot, the hash of the last word that missed there. A word takes a slot on its second miss only: everyday
 * words soon do, while a name, an ID or a token seen once neither evicts one nor stays alive in the table. Every
 * word kept survives the next young-generation collection, and those copies were a third of what survived one on the
 * bench's prompts (new-space survivors per collection ~140 KB -> ~92 KB, same speed).
 */
const missed = new Int32Array(INTERN_SLOTS);

/** text.slice(start, end).toLowerCase() for an ASCII word, from the intern table when it is there. */
function internAscii(text: string, start: number, end: number, hash: number, plain: boolean): string {
  const slot = (hash ^ (hash >>> 13)) & (INTERN_SLOTS - 1);
  const known = interned[slot]!;
  if (known.length === end - start) {
    let k = 0;
    for (; k < known.length; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (known.charCodeAt(k) !== c) break;
    }
    if (k === known.length) return known;
  }
  const w = text.slice(start, end);
  const lower = plain ? w : w.toLowerCase();
  if (seenBefore(missed, slot, hash)) interned[slot] = detached(lower);
  return lower;
}

/** Pushes the words of text[from, to); `from` must not be inside a word. */
function tokenize(text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      PLACEHOLDER_AT.lastIndex = i;
      if (PLACEHOLDER_AT.test(text) && PLACEHOLDER_AT.lastIndex <= to) {
        push(i, PLACEHOLDER_AT.lastIndex, BARRIER);
        i = PLACEHOLDER_AT.lastIndex;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0xe000) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 0xe000) j++;
      push(i, j, BARRIER);
      i = j;
      continue;
    }
    // A word starts with a letter or digit (not a mark), then letters, digits, marks, inner apostrophes.
    if (!wordChar(c) || (c >= 128 && (classOf(c) & (LETTER | NUMBER)) === 0)) {
      i++;
      continue;
    }
    let j = i + 1;
    let apostrophe = false;
    // Lower-case ASCII words (most of prose) are their own lower case: toLowerCase is skipped for them (on a
    // text holding any non-Latin-1 character it goes through ICU, even for ASCII words).
    let plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    let ascii = c < 128;
    // Hash of the ASCII word in lower case, for the intern table below.
    let hash = c >= 65 && c <= 90 ? c + 32 : c;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (wordChar(d)) {
        if (d >= 128) plain = ascii = false;
        else if (d >= 65 && d <= 90) {
          plain = false;
          hash = (Math.imul(hash, 31) + d + 32) | 0;
        } else hash = (Math.imul(hash, 31) + d) | 0;
        j++;
      } else if (
        (d === 39 || d === 0x2019) &&
        j + 1 < to &&
        (classOf(text.charCodeAt(j + 1)) & (LETTER | MARK)) !== 0
      ) {
        apostrophe = true;
        j += 2;
      } else break;
    }
    let lower: string;
    if (apostrophe) {
      lower = text
        .slice(i, j)
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/’/g, "'");
    } else if (ascii && j - i <= INTERN_MAX) lower = internAscii(text, i, j, hash, plain);
    else lower = plain ? text.slice(i, j) : text.slice(i, j).toLowerCase();
    push(i, j, lower);
    i = j;
  }
}

/**
 * The word index of `view`, a copy of the text indexed by `idx` in which the sorted, disjoint `spans` were
 * replaced by MASK characters (same length): the words away from the spans are reused, the text around each span
 * is tokenized again. Equal to indexWords(view) (a property test checks it); spares phase 2 a second full pass.
 */
export function remaskWords(idx: WordIndex, view: string, spans: readonly (readonly [number, number])[]): WordIndex {
  const n = idx.starts.length;
  let w = 0; // next original word to consider
  let cursor = 0; // view positions before this are done
  for (let k = 0; k < spans.length;) {
    // The region to tokenize again: the span, widened to the words it cuts, merged with the spans it reaches.
    let a = spans[k]![0];
    let b = spans[k]![1];
    k++;
    // Words touching the span are tokenized again too: a mask run in the text itself would merge with it.
    while (w < n && idx.ends[w]! < a) {
      if (idx.starts[w]! >= cursor) push(idx.starts[w]!, idx.ends[w]!, idx.lower[w]!);
      w++;
    }
    // Word w ends at or after a: when it starts before a, the region starts with it.
    if (w < n && idx.starts[w]! < a) a = idx.starts[w]!;
    a = Math.max(a, cursor);
    for (;;) {
      while (w < n && idx.starts[w]! <= b) {
        b = Math.max(b, idx.ends[w]!);
        w++;
      }
      if (k < spans.length && spans[k]![0] <= b) b = Math.max(b, spans[k++]![1]);
      else break;
    }
    tokenize(view, a, b);
    cursor = b;
  }
  for (; w < n; w++) {
    if (idx.starts[w]! < cursor) continue;
    push(idx.starts[w]!, idx.ends[w]!, idx.lower[w]!);
  }
  return built();
}

/**
 * text.slice(start, end).toLowerCase(), without the second copy for ASCII words with no capital (most words): on a
 * text holding a non-Latin-1 character, toLowerCase goes through ICU even for them.
 */
export function lowerSlice(text: string, start: number, end: number): string {
  const w = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return w.toLowerCase();
  }
  return w;
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

/**
 * Up to `n` lower-cased words ending at or before `pos`, nearest last. A placeholder stops the look-back
 * (`through` false: positive context) or is skipped without being counted (`through` true: negative context),
 * so that redacting a text can only hide positive context and reveal negative context, never the reverse.
 */
export function wordsBefore(idx: WordIndex, pos: number, n: number, through = false): string[] {
  let i = firstWordFrom(idx, pos) - 1;
  // A word that straddles `pos` (the candidate starts mid-word) is not context.
  while (i >= 0 && idx.ends[i]! > pos) i--;
  const out: string[] = [];
  for (; i >= 0 && out.length < n; i--) {
    if (idx.lower[i] === BARRIER) {
      if (through) continue;
      break;
    }
    out.push(idx.lower[i]!);
  }
  return out.reverse();
}

/** Up to `n` lower-cased words starting at or after `pos`, nearest first; placeholders as in wordsBefore. */
export function wordsAfter(idx: WordIndex, pos: number, n: number, through = false): string[] {
  const out: string[] = [];
  for (let i = firstWordFrom(idx, pos); i < idx.starts.length && out.length < n; i++) {
    if (idx.lower[i] === BARRIER) {
      if (through) continue;
      break;
    }
    out.push(idx.lower[i]!);
  }
  return out;
}
