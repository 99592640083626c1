import { isSpaceAt } from './text';
import { placeholderRegex } from './placeholder';

/**
 * What the table readers need of a scan (scan.ts's Scan has it): the text and its lines. Declared here, not
 * imported, so that scan.ts, which builds on this module, is not imported back.
 */
export interface Lines {
  readonly text: string;
  lineAt(pos: number): readonly [number, number];
  lineStart(pos: number): number;
  lineEnd(pos: number): number;
}

/** The part of a scan (scan.ts) that tables read: its text and its lines. */
export interface Lines {
  readonly text: string;
  lineAt(pos: number): readonly [number, number];
  lineStart(pos: number): number;
  lineEnd(pos: number): number;
}

/**
 * Delimited tables (CSV, TSV, Markdown/pipe tables) pasted into prompts carry their context in the header row:
 * in "name,ssn,state\nJettie Heathcote,176484260,WA" the word "ssn" is nowhere near the number, but it names its
 * column. `columnHeaderWords` returns the header cell's words for a position inside a table row, so that
 * context words can be found there too. Everything is computed once per line (caches live in the scan).
 */

/** The answer for a position outside any table or list: one shared array (these are asked for every candidate). */
export const NO_WORDS: readonly string[] = Object.freeze([]);

/** Cell separators of a table row (a line holding none of them is no row). */
export const DELIMITERS = ['\t', '|', ',', ';'] as const;
// Index in DELIMITERS by character code, -1 for none: a table, as this is read for every character of a line (an
// object with four sparse number keys was a dictionary lookup per character).
const DELIMITER_INDEX = new Int8Array(128).fill(-1);
DELIMITERS.forEach((d, k) => (DELIMITER_INDEX[d.charCodeAt(0)] = k));

/** Occurrences of the character `d` in text[from, to). A walk, not indexOf: that would search past `to`. */
const count = (text: string, d: string, from = 0, to = text.length): number => {
  const c = d.charCodeAt(0);
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) n++;
  return n;
};

/** The table delimiter of text[from, to), or ''. One walk counts all four. */
function delimiterOf(text: string, from: number, to: number): string {
  const counts = [0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? DELIMITER_INDEX[c]! : -1;
    if (k >= 0) counts[k]!++;
  }
  // Two delimiters make a row; so does one tab, pipe or semicolon, or a comma without a space after it
  // ("name,city"; prose writes ", ").
  for (let k = 0; k < DELIMITERS.length; k++) if (counts[k]! >= 2) return DELIMITERS[k]!;
  for (let k = 0; k < DELIMITERS.length; k++) {
    if (counts[k] !== 1) continue;
    if (DELIMITERS[k] !== ',' || commaWithoutSpace(text, from, to)) return DELIMITERS[k]!;
  }
  return '';
}

/** /,\S/ in text[from, to). */
function commaWithoutSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if (text.charCodeAt(i) === 44 /* , */ && !isSpaceAt(text, i + 1)) return true;
  }
  return false;
}

interface LineInfo {
  /** The table delimiter ('' when the line is no table row) and how often it occurs. */
  delimiter: string;
  cells: number;
  /** Start of the block's first line (its header), once known. */
  headerStart?: number;
  /** The line's words, when it is a header row and they were asked for. */
  words?: string[];
  /** The words of each cell, when it is a header row and they were asked for (by column). */
  cellWords?: (string[] | undefined)[];
}

export interface TableCache {
  lines: Map<number, LineInfo>;
}

export const tableCache = (): TableCache => ({ lines: new Map() });

function info(scan: Lines, ls: number, cache: TableCache): LineInfo {
  let i = cache.lines.get(ls);
  if (!i) {
    const le = scan.lineEnd(ls);
    const d = delimiterOf(scan.text, ls, le);
    i = { delimiter: d, cells: d ? count(scan.text, d, ls, le) : 0 };
    cache.lines.set(ls, i);
  }
  return i;
}

/** Start of the header line of the table block holding line `ls` (memoised along the block). */
function headerStart(scan: Lines, ls: number, cache: TableCache): number {
  const me = info(scan, ls, cache);
  if (me.headerStart !== undefined) return me.headerStart;
  const visited: LineInfo[] = [me];
  let hs = ls;
  while (hs > 0) {
    const prev = scan.lineStart(hs - 1);
    const p = info(scan, prev, cache);
    if (p.delimiter !== me.delimiter || p.cells !== me.cells) break;
    if (p.headerStart !== undefined) {
      hs = p.headerStart;
      break;
    }
    visited.push(p);
    hs = prev;
  }
  for (const v of visited) v.headerStart = hs;
  return hs;
}

// Veil's placeholders ("[NAME_1]") stand for redacted values, not for words: a header cell "[NAME_1]" is a
// redacted name, not a "name" column. Their letters are never header or intro words.
const PLACEHOLDER = placeholderRegex('g');
const LETTER_RUNS = /\p{L}+/gu;
const wordsOf = (s: string): string[] => s.replace(PLACEHOLDER, ' ').toLowerCase().match(LETTER_RUNS) ?? [];

const LIST_ITEM = /^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]/;

/**
 * For a position in a list item ("- Terry Bernier: PB 56 82 79 A, 6191854005"), the words of the line that
 * introduces the list ("NI and NHS numbers of the new starters:"); none outside lists. Memoised per line.
 */
export function listIntroWords(scan: Lines, pos: number, cache: Map<number, string[]>): string[] {
  const { text } = scan;
  const [ls, le] = scan.lineAt(pos);
  const hit = cache.get(ls);
  if (hit) return hit;
  let words: string[] = [];
  if (LIST_ITEM.test(text.slice(ls, le))) {
    let cur = ls;
    for (let k = 0; k < 200 && cur > 0; k++) {
      const [ps, pe] = scan.lineAt(cur - 1);
      const line = text.slice(ps, pe);
      if (!LIST_ITEM.test(line)) {
        words = wordsOf(line);
        break;
      }
      cur = ps;
    }
  }
  cache.set(ls, words);
  return words;
}

export function columnHeaderWords(scan: Lines, pos: number, cache: TableCache): readonly string[] {
  const { text } = scan;
  const ls = scan.lineStart(pos);
  const me = info(scan, ls, cache);
  if (!me.delimiter) return NO_WORDS;
  const hs = headerStart(scan, ls, cache);
  if (hs === ls) return NO_WORDS; // the header row itself
  const column = count(text, me.delimiter, ls, pos);
  // Asked for every value of every row: each header cell's words are computed once.
  const header = info(scan, hs, cache);
  const cells = (header.cellWords ??= []);
  let words = cells[column];
  if (!words) {
    const cell = text.slice(hs, scan.lineEnd(hs)).split(me.delimiter)[column];
    words = cell ? wordsOf(cell) : [];
    if (header.delimiter === me.delimiter) cells[column] = words;
  }
  return words;
}

/** True when `pos` is in the header row of a table (a delimited line followed by a row of the same shape). */
export function inHeaderRow(scan: Lines, pos: number, cache: TableCache): boolean {
  const { text } = scan;
  const [ls, le] = scan.lineAt(pos);
  const me = info(scan, ls, cache);
  if (!me.delimiter || le >= text.length || headerStart(scan, ls, cache) !== ls) return false;
  const next = info(scan, le + 1, cache);
  return next.delimiter === me.delimiter && next.cells === me.cells;
}

/** Words of the whole header row of the table whose body holds `pos` (none outside table bodies). */
export function headerRowWords(scan: Lines, pos: number, cache: TableCache): readonly string[] {
  const ls = scan.lineStart(pos);
  const me = info(scan, ls, cache);
  if (!me.delimiter) return NO_WORDS;
  const hs = headerStart(scan, ls, cache);
  if (hs === ls) return NO_WORDS;
  const header = info(scan, hs, cache);
  header.words ??= wordsOf(scan.text.slice(hs, scan.lineEnd(hs)));
  return header.words;
}
