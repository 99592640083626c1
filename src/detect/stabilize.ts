import type { Finding } from './types';
import { PLACEHOLDER_NAMES } from './redact';
import { resolveOverlaps } from './overlaps';
import { isSpaceAt } from './text';

/**
 * Redaction must be stable: once the findings are replaced by placeholders, nothing new may appear. Findings
 * change their neighbourhood, though: a card glued to a phone number hides both until one is cut out, a name
 * redacted out of "NHS John 06 12 34 56 78" changes what the phone number's context window sees. So after
 * the analysis, the text around each finding is redacted exactly as `redact` would do it and analysed again;
 * what turns up there (outside the placeholders) is added, and the loop repeats until nothing new appears
 * (at most MAX_ROUNDS). Only the neighbourhoods of findings that could shift are re-read (the analyzer decides
 * which, see mayShift), so the cost is proportional to those, not to the text.
 */

const MAX_ROUNDS = 3;
// Far enough for every context window (a few words), a name cue (40 chars) and an address's extension.
const REACH = 150;
// Findings this close to a window's cut edge may be artefacts of the cut.
const EDGE = 24;

type Analyse = (text: string) => Finding[];

interface Stretch {
  /** start in the window's redacted text */
  at: number;
  /** start in the original text */
  from: number;
  length: number;
}

export function stabilize(text: string, findings: Finding[], unstable: Finding[], analyse: Analyse): Finding[] {
  let all = findings;
  let fresh = unstable;
  // Characters re-read per round: every neighbourhood of a prompt, a twentieth of a big paste (a bound on the
  // work, which grows with the findings; the rest of a dense paste keeps its first analysis).
  const budget = Math.max(4000, text.length / 20);
  for (let round = 0; round < MAX_ROUNDS && fresh.length; round++) {
    const added: Finding[] = [];
    let spent = 0;
    for (const [ws, we] of windows(text, all, fresh)) {
      spent += we - ws;
      if (spent > budget) break;
      const inside: Finding[] = [];
      for (let i = firstEndingAfter(all, ws); i < all.length && all[i]!.end <= we; i++) {
        if (all[i]!.start >= ws) inside.push(all[i]!);
      }
      const { view, stretches } = redactWindow(text, ws, we, inside);
      for (const f of analyse(view)) {
        const mapped = toText(f, stretches);
        if (!mapped) continue;
        const cutStart = ws > 0 && mapped.start - ws < EDGE;
        const cutEnd = we < text.length && we - mapped.end < EDGE;
        if (cutStart || cutEnd) continue;
        if (clashes(all, mapped)) continue;
        added.push(mapped);
      }
    }
    fresh = resolveOverlaps(added);
    all = resolveOverlaps([...all, ...fresh], text);
  }
  return all;
}

/** Whether `f` overlaps a finding already made, other than invisible characters it contains (they go with it). */
function clashes(all: readonly Finding[], f: Finding): boolean {
  for (let i = firstEndingAfter(all, f.start); i < all.length && all[i]!.start < f.end; i++) {
    const g = all[i]!;
    if (g.type !== 'INVISIBLE_TEXT' || g.start < f.start || g.end > f.end) return true;
  }
  return false;
}

/** Index of the first finding that ends after `pos`, in findings sorted by start and disjoint (so by end too). */
function firstEndingAfter(all: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merged windows of REACH characters around the new findings, widened to contain every finding they touch. */
function windows(text: string, all: readonly Finding[], fresh: readonly Finding[]): [number, number][] {
  const spans = fresh
    .map((f) => [Math.max(0, f.start - REACH), Math.min(text.length, f.end + REACH)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  // A finding cut by a window edge is taken in whole; snap edges to whitespace so no word is cut.
  for (const w of merged) {
    // `all` is sorted and disjoint: at most one finding straddles each edge.
    const a = all[firstEndingAfter(all, w[0])];
    if (a && a.start < w[0]) w[0] = a.start;
    const b = all[firstEndingAfter(all, w[1])];
    if (b && b.start < w[1]) w[1] = b.end;
    while (w[0] > 0 && !isSpaceAt(text, w[0] - 1)) w[0]--;
    while (w[1] < text.length && !isSpaceAt(text, w[1])) w[1]++;
  }
  return merged;
}

/** The window's text with its findings replaced as `redact` replaces them, and where the kept text came from. */
function redactWindow(
  text: string,
  ws: number,
  we: number,
  inside: readonly Finding[],
): { view: string; stretches: Stretch[] } {
  const parts: string[] = [];
  const stretches: Stretch[] = [];
  const counters = new Map<string, number>();
  let cursor = ws;
  let at = 0;
  const keep = (to: number) => {
    if (to <= cursor) return;
    stretches.push({ at, from: cursor, length: to - cursor });
    parts.push(text.slice(cursor, to));
    at += to - cursor;
  };
  for (const f of [...inside].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    keep(f.start);
    // Invisible characters are removed; everything else becomes a placeholder of the same shape.
    if (f.type !== 'INVISIBLE_TEXT') {
      const prefix = PLACEHOLDER_NAMES[f.type];
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const placeholder = `[${prefix}_${n}]`;
      parts.push(placeholder);
      at += placeholder.length;
    }
    cursor = f.end;
  }
  keep(we);
  return { view: parts.join(''), stretches };
}

/**
 * Maps a finding on the redacted window back to the text, when it lies within kept text: one stretch, or
 * stretches that touch in the view (only removed invisible characters were between them, which then go with
 * the finding: "(415) 555-2671<ZWSP>" is one number once the zero-width space is stripped).
 */
function toText(f: Finding, stretches: readonly Stretch[]): Finding | undefined {
  for (let i = 0; i < stretches.length; i++) {
    const s = stretches[i]!;
    if (f.start < s.at || f.start >= s.at + s.length) continue;
    let e = s;
    for (let j = i + 1; f.end > e.at + e.length && j < stretches.length; j++) {
      const next = stretches[j]!;
      if (next.at !== e.at + e.length) return undefined; // a placeholder in between
      e = next;
    }
    if (f.end > e.at + e.length) return undefined;
    return { ...f, start: s.from + (f.start - s.at), end: e.from + (f.end - e.at) };
  }
  return undefined;
}
