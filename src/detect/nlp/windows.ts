import type { Finding } from '../types';
import { isCodeLine, type Scan } from '../scan';

/**
 * Where compromise should look. It tags ~0.1 M chars/s here, so it cannot read a 100 KB paste within the
 * full path's 1 MB/s budget; the recognizers have already read everything. compromise gets small windows
 * (a few words either side) around capitalised words the recognizers left unexplained: not inside a
 * confident finding, not a dictionary word, not on a code line. Windows are merged and taken in text order
 * until the budget is spent.
 */

export interface Window {
  start: number;
  end: number;
}

const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)*/gu;
const WORDS_AROUND = 4;

type SpanAt = (pos: number) => readonly [number, number] | undefined;

/**
 * Extends [start, end) by up to WORDS_AROUND words each side, never across a line break. A confident finding
 * counts as one word whatever spaces it has ("943 476 5919"), as its placeholder will: the window, hence what
 * compromise reads, is the same before and after redaction.
 */
function widen(text: string, start: number, end: number, spanAt: SpanAt): Window {
  let s = start;
  for (let words = 0; s > 0 && words < WORDS_AROUND;) {
    const span = spanAt(s - 1);
    if (span) {
      s = span[0];
      continue;
    }
    const c = text[s - 1]!;
    if (c === '\n') break;
    if (c === ' ' && text[s - 2] !== ' ') words++;
    s--;
  }
  let e = end;
  for (let words = 0; e < text.length && words < WORDS_AROUND;) {
    const span = spanAt(e);
    if (span) {
      e = span[1];
      continue;
    }
    const c = text[e]!;
    if (c === '\n') break;
    if (c === ' ' && text[e + 1] !== ' ') words++;
    e++;
  }
  return { start: s, end: e };
}

/** Sorted, merged spans and a binary search for the one holding a position. */
function spanFinder(spans: readonly (readonly [number, number])[]): SpanAt {
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return (pos) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (merged[mid]![1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    const m = merged[lo];
    return m && m[0] <= pos ? m : undefined;
  };
}

export function selectWindows(scan: Scan, found: readonly Finding[], minScore: number, budget: number): Window[] {
  const { text, lexicon } = scan;
  // Confident findings, sorted, to skip words they already explain.
  const covered = found
    .filter((f) => f.score >= minScore)
    .map((f) => [f.start, f.end] as const)
    .sort((a, b) => a[0] - b[0]);
  const spanAt = spanFinder(covered);
  let ci = 0;
  let coveredTo = -1;
  // A finding can be what makes its line look like code ("2024-03-14T10:22:31Z Smith" reads as a log line,
  // "[DOB_1] Smith" does not): a code line is skipped only if it stays code with its findings as placeholders, as
  // the redacted text will have it. Lines come in text order, so `li` only moves forward.
  const codeLines = new Map<number, boolean>();
  let li = 0;
  const codeOnceRedacted = (pos: number): boolean => {
    const [ls, le] = scan.lineAt(pos);
    let code = codeLines.get(ls);
    if (code !== undefined) return code;
    // A line over 2,000 characters is code whatever it holds (scan.isCode).
    if (le - ls > 2000) return true;
    while (li < covered.length && covered[li]![1] <= ls) li++;
    let line = '';
    let at = ls;
    for (let k = li; k < covered.length && covered[k]![0] < le; k++) {
      const [a, b] = covered[k]!;
      if (b <= at) continue;
      line += `${text.slice(at, Math.max(a, at))}[X_1]`;
      at = Math.min(b, le);
    }
    code = at === ls || isCodeLine(line + text.slice(at, le));
    codeLines.set(ls, code);
    return code;
  };
  const windows: Window[] = [];
  let spent = 0;
  /** Adds the window around [start, end), a stretch of a capitalised run; false once the budget is spent. */
  const consider = (start: number, end: number): boolean => {
    while (end > start && /[ \t]/.test(text[end - 1]!)) end--;
    if (end <= start) return true;
    const words = text
      .slice(start, end)
      .toLowerCase()
      .split(/[ \t]+/);
    // Only everyday words ("The", "Please Note"): nothing for compromise to find.
    if (words.every((w) => lexicon.isCommon(w) || (lexicon.isWord(w) && !lexicon.isFirstName(w)))) return true;
    if (scan.isCode(start) && codeOnceRedacted(start)) return true;
    const w = widen(text, start, end, spanAt);
    const last = windows[windows.length - 1];
    if (last && w.start <= last.end + 1) {
      spent += Math.max(0, w.end - last.end);
      last.end = Math.max(last.end, w.end);
    } else {
      spent += w.end - w.start;
      windows.push(w);
    }
    return spent < budget;
  };
  for (const m of text.matchAll(CAPITALISED)) {
    const runEnd = m.index + m[0].length;
    // Only the parts of a run outside confident findings count ("London Smith" with London found is "Smith"; "Hi
    // Smith London" with Smith found is "Hi" and "London"), as they will once the findings are placeholders: the
    // windows, hence what compromise reads, stay the same.
    for (let start = m.index; start < runEnd;) {
      while (ci < covered.length && covered[ci]![0] <= start) coveredTo = Math.max(coveredTo, covered[ci++]![1]);
      if (start < coveredTo) {
        start = coveredTo;
        while (start < runEnd && !/\p{Lu}/u.test(text[start]!)) start++;
        if (start >= runEnd) break;
      }
      // The stretch ends where the next finding starts; the run goes on after that finding.
      const cut = ci < covered.length && covered[ci]![0] < runEnd ? covered[ci]![0] : runEnd;
      if (!consider(start, cut)) return windows;
      start = cut;
    }
  }
  return windows;
}
