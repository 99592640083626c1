import { indexWords, type WordIndex } from './words';
import { BUILTIN_LEXICON, type Lexicon } from './lexicon';
import type { CompiledPattern } from './custom';

/** Phone regions tried for national-format numbers when the caller gives none (issue 3's list). */
export const DEFAULT_PHONE_REGIONS: readonly string[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'IN', 'BR'];

/** Everything a recognizer may read about the text being analysed; expensive parts are computed on first use. */
export interface Scan {
  readonly text: string;
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
}

export interface ScanInput {
  minScore?: number;
  phoneRegions?: readonly string[];
  customKeywords?: readonly string[];
  customPatterns?: readonly CompiledPattern[];
  lexicon?: Lexicon;
}

// Signals of code: statement punctuation, operators, keywords at line start, markup. Prose rarely has them.
const CODE_LINE =
  /[{};]\s*$|^\s*[{}\])]|=>|==|!=|&&|\|\||::|\w\(|\)\s*[{:]|^\s*(?:import|export|const|let|var|def|class|function|return|if|for|while|public|private|package|#include|SELECT|INSERT|UPDATE)\b|<\/?[a-z][\w-]*[\s>]|^\s*(?:["'][\w.-]+["']|[a-z_$][\w.$-]*)\s*[:=]\s*["'[{]|\$\{|^\s*(?:at |\d{4}-\d\d-\d\d[T ]\d\d:\d\d)|^\s*(?:\/\/|#(?!\s*\d)|--\s)/;

export function createScan(text: string, input: ScanInput = {}): Scan {
  let words: WordIndex | undefined;
  let lineStarts: Int32Array | undefined;
  const codeByLine = new Map<number, boolean>();
  const lineAt = (pos: number): readonly [number, number] => {
    if (!lineStarts) {
      const starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      lineStarts = Int32Array.from(starts);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo]!;
    const end = lo + 1 < lineStarts.length ? lineStarts[lo + 1]! - 1 : text.length;
    return [start, end];
  };
  return {
    lineAt,
    text,
    minScore: input.minScore ?? 0.5,
    phoneRegions: input.phoneRegions?.length ? input.phoneRegions : DEFAULT_PHONE_REGIONS,
    customKeywords: input.customKeywords ?? [],
    customPatterns: input.customPatterns ?? [],
    lexicon: input.lexicon ?? BUILTIN_LEXICON,
    words: () => (words ??= indexWords(text)),
    isCode(pos) {
      const [lineStart, lineEnd] = lineAt(pos);
      let cached = codeByLine.get(lineStart);
      if (cached === undefined) {
        // Very long lines (minified code, base64) are code; cap the regex input anyway.
        const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 2000));
        cached = lineEnd - lineStart > 2000 || CODE_LINE.test(line);
        codeByLine.set(lineStart, cached);
      }
      return cached;
    },
  };
}
