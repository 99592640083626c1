import { indexWords, type WordIndex } from './words';
import { digitRunBounded } from './text';
import { BUILTIN_LEXICON, type Lexicon } from './lexicon';
import type { CompiledPattern } from './custom';
import {
  columnHeaderWords,
  headerRowWords,
  inHeaderRow,
  listIntroWords,
  NO_WORDS,
  tableCache,
  type TableCache,
} from './table';

/** Phone regions tried for national-format numbers when the caller gives none (issue 3's list). */
export const DEFAULT_PHONE_REGIONS: readonly string[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'IN', 'BR'];

/**
 * Stands in for text already claimed by a validated recognizer (see analyze.ts): same length, so offsets hold;
 * a private-use character, so no pattern matches it; a context barrier, like a placeholder.
 */
export const MASK = '\uE000';

/** Everything a recognizer may read about the text being analysed; expensive parts are computed on first use. */
export interface Scan {
  /** The text to read: the caller's text, with spans claimed by validated recognizers masked (MASK). */
  readonly text: string;
  /** The caller's text, unmasked (for evidence that lives inside claimed spans, like an email's local part). */
  readonly original: string;
  /** The caller's threshold: recognizers whose findings could not reach it without context may skip work. */
  readonly minScore: number;
  readonly phoneRegions: readonly string[];
  readonly customKeywords: readonly string[];
  readonly customPatterns: readonly CompiledPattern[];
  readonly lexicon: Lexicon;
  /** Word index (lazy). */
  words(): WordIndex;
  /** True when the line holding `pos` looks like source code, config or a log line (lazy, per line). */
  isCode(pos: number): boolean;
  /** [start, end) of the line holding `pos` (end excludes the line break). Binary search over cached line starts. */
  lineAt(pos: number): readonly [number, number];
  /** lineAt(pos)[0] without the pair (hot loops). */
  lineStart(pos: number): number;
  /** lineAt(pos)[1] without the pair. */
  lineEnd(pos: number): number;
  /** Lines by number, for callers that keep something per line: how many, which holds `pos`, where each starts and ends. */
  lineCount(): number;
  lineOf(pos: number): number;
  startOfLine(k: number): number;
  endOfLine(k: number): number;
  /** Words of the header cell of the table column holding `pos` (CSV/TSV/pipe tables), or none. */
  columnHeader(pos: number): readonly string[];
  /** Words of the line introducing the list whose item holds `pos` ("- Ann: 943 476 5919"), or none. */
  listIntro(pos: number): readonly string[];
  /** True when `pos` is in the header row of a delimited table ("| Nom | Courriel | Ville |"). */
  inTableHeader(pos: number): boolean;
  /** Words of the whole header row of the table whose body holds `pos`, or none. */
  headerRow(pos: number): readonly string[];
}

export interface ScanInput {
  minScore?: number;
  original?: string;
  phoneRegions?: readonly string[];
  customKeywords?: readonly string[];
  customPatterns?: readonly CompiledPattern[];
  lexicon?: Lexicon;
  /** The text's word index when the caller already has it (analyze.ts derives phase 2's from phase 1's). */
  words?: WordIndex;
  /**
   * A scan of the same text before masking (same length, same line breaks): lines without MASK characters are
   * the same there, and its per-line answers (isCode) are reused.
   */
  unmasked?: Scan;
}

// Signals of code: statement punctuation, operators, keywords at line start, markup. Prose rarely has them.
// Data lines (JSON, YAML, CSV, SQL VALUES, "key: value") are not code: their values are often exactly the personal
// data to find. Code here means statements, operators, markup and log lines. "::" between identifiers is a
// scope operator ("std::vector"), not the gap of an IPv6 address ("2001:db8::ff00", "fe80::abcd"). "==" at the end
// of a base64 run is padding ("AccountKey=…kQvna==;"), not an operator: a line is not code because of a key in it.
// A call "name(" is written as its last letter, digits, "(": the same lines as [A-Za-z_]\w*\( (an identifier ends in
// that shape), without re-reading the identifier from each of its letters (a third of the pattern's time on prose).
export const CODE_LINE =
  /(?<![,"'\]])[{};]\s*$|^\s*[{}\])][\s,;)\]}]*$|=>|(?<![\w+/])==|==(?=[\w+/=])|!=|&&|\|\||(?<![\w:])[A-Za-z_]\w*::(?![0-9A-Fa-f]{1,4}\b)[A-Za-z_]|[A-Za-z_]\d*\((?!\s*['"\d])|\)\s*[{:]|^\s*(?:import|export|const|let|var|def|class|function|return|if|for|while|public|private|package|#include)\b|<\/?[a-z][\w-]*[\s>]|\$\{|^\s*at\s+\S+\s+\(.*:\d+(?::\d+)?\)\s*$|^\s*at\s+\S+:\d+:\d+\s*$|^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d|^\s*(?:\/\/|#(?!\s*\d)|--\s)/;

/**
 * A necessary condition for CODE_LINE, far cheaper to test (one character class, a few anchored words): every
 * alternative of CODE_LINE needs one of these characters, "::", or a keyword, "at ", a date, "//" or "-- " at the
 * start of the line. Most prose lines have none of them and skip the big pattern (a unit test checks the implication).
 */
export const CODE_GATE =
  /[{};\])=&|(<$#]|::|^\s*(?:\d{4}-|at\s|\/\/|--\s|(?:import|export|const|let|var|def|class|function|return|if|for|while|public|private|package)\b)/;

/** CODE_LINE.test(line), gated by CODE_GATE. */
export const isCodeLine = (line: string): boolean => CODE_GATE.test(line) && CODE_LINE.test(line);

/**
 * isCodeLine of `line` with [from, to) replaced by `placeholder` ("[X_1]"), building that line only when it could be
 * code. The placeholder's "]" always opens the gate, but no alternative of CODE_LINE can match on it with no other
 * gate character around: so when neither the text before the span (same line start) nor the text after it opens
 * the gate, the answer is false (a property test checks the equivalence).
 */
export function isCodeLineWith(line: string, from: number, to: number, placeholder: string): boolean {
  const head = line.slice(0, from);
  const tail = line.slice(to);
  if (!CODE_GATE.test(head) && !CODE_GATE.test(tail)) return false;
  return CODE_LINE.test(head + placeholder + tail);
}

/**
 * A scan is created several times per call (phase 1, phase 2, every neighbourhood the stabiliser re-reads), so it
 * is a class: its methods live on the prototype and its caches are made on first use, instead of a dozen closures
 * and maps per scan.
 */
class TextScan implements Scan {
  readonly original: string;
  readonly minScore: number;
  readonly phoneRegions: readonly string[];
  readonly customKeywords: readonly string[];
  readonly customPatterns: readonly CompiledPattern[];
  readonly lexicon: Lexicon;
  private wordIndex: WordIndex | undefined;
  private lineStarts: Int32Array | undefined;
  private codeByLine: Uint8Array | undefined;
  private tables: TableCache | undefined;
  private lists: Map<number, string[]> | undefined;
  private readonly hasNewline: boolean;
  private readonly unmasked: Scan | undefined;

  constructor(
    readonly text: string,
    input: ScanInput,
  ) {
    this.original = input.original ?? text;
    this.minScore = input.minScore ?? 0.5;
    this.phoneRegions = input.phoneRegions?.length ? input.phoneRegions : DEFAULT_PHONE_REGIONS;
    this.customKeywords = input.customKeywords ?? [];
    this.customPatterns = input.customPatterns ?? [];
    this.lexicon = input.lexicon ?? BUILTIN_LEXICON;
    this.wordIndex = input.words;
    this.unmasked = input.unmasked;
    this.hasNewline = text.includes('\n');
  }

  words(): WordIndex {
    return (this.wordIndex ??= indexWords(this.text));
  }

  /** Start of every line, found on first use. */
  private starts(): Int32Array {
    if (!this.lineStarts) {
      const { text } = this;
      const found = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
      this.lineStarts = Int32Array.from(found);
    }
    return this.lineStarts;
  }

  lineCount(): number {
    return this.starts().length;
  }

  lineOf(pos: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startOfLine(k: number): number {
    return this.starts()[k]!;
  }

  endOfLine(k: number): number {
    const starts = this.starts();
    return k + 1 < starts.length ? starts[k + 1]! - 1 : this.text.length;
  }

  lineStart(pos: number): number {
    return this.startOfLine(this.lineOf(pos));
  }

  lineEnd(pos: number): number {
    return this.endOfLine(this.lineOf(pos));
  }

  lineAt(pos: number): readonly [number, number] {
    const k = this.lineOf(pos);
    return [this.startOfLine(k), this.endOfLine(k)];
  }

  isCode(pos: number): boolean {
    const k = this.lineOf(pos);
    // Per line number: 0 not asked yet, 1 prose, 2 code (an array of the line count, not a map grown entry by entry).
    const codeByLine = (this.codeByLine ??= new Uint8Array(this.lineCount()));
    if (codeByLine[k] === 0) {
      const lineStart = this.startOfLine(k);
      const lineEnd = this.endOfLine(k);
      // Very long lines (minified code, base64) are code; cap the regex input anyway.
      const line = this.text.slice(lineStart, Math.min(lineEnd, lineStart + 2000));
      const code =
        this.unmasked && !line.includes(MASK)
          ? this.unmasked.isCode(pos)
          : lineEnd - lineStart > 2000 || isCodeLine(line);
      codeByLine[k] = code ? 2 : 1;
    }
    return codeByLine[k] === 2;
  }

  columnHeader(pos: number): readonly string[] {
    return this.hasNewline ? columnHeaderWords(this, pos, (this.tables ??= tableCache())) : NO_WORDS;
  }

  listIntro(pos: number): readonly string[] {
    return this.hasNewline ? listIntroWords(this, pos, (this.lists ??= new Map())) : NO_WORDS;
  }

  inTableHeader(pos: number): boolean {
    return this.hasNewline && inHeaderRow(this, pos, (this.tables ??= tableCache()));
  }

  headerRow(pos: number): readonly string[] {
    return this.hasNewline ? headerRowWords(this, pos, (this.tables ??= tableCache())) : NO_WORDS;
  }
}

export function createScan(text: string, input: ScanInput = {}): Scan {
  return new TextScan(text, input);
}

const CELL_EDGES = ',;\t|';

/**
 * digitRunBounded (text.ts), except that in a row of a table with a header a cell delimiter is a boundary: the
 * comma of "Doe,536-22-8471,2020-01-01" ends a cell, it does not group digits ("1,234") as it does in prose.
 */
export function digitRunBoundedIn(scan: Scan, start: number, end: number): boolean {
  const { text } = scan;
  if (digitRunBounded(text, start, end)) return true;
  const before = text[start - 1];
  const after = text[end];
  const edge = (c: string | undefined): boolean =>
    c === undefined || c === '\n' || c === '\r' || CELL_EDGES.includes(c);
  return edge(before) && edge(after) && scan.columnHeader(start).length > 0;
}
