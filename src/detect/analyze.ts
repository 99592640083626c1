import type { CustomPattern, DetectOptions, EntityType, Finding } from './types';
import type { Recognizer } from './recognizer';
import type { Lexicon } from './lexicon';
import { createScan, isCodeLine, isCodeLineWith, MASK, type Scan } from './scan';
import { compileCustomPatterns, type CompiledPattern } from './custom';
import { resolveOverlaps } from './overlaps';
import { stabilize } from './stabilize';
import { BARRIER, firstWordFrom, remaskWords, type WordIndex } from './words';
import { AGAINST_IPS, AGAINST_NUMBERS, AGAINST_TOKENS, negativeAgainst, NEGATIVE_REACH } from './context';
import { digitsIn, isDigit, isSpaceAt, nextMatch } from './text';
import { FAST_RECOGNIZERS } from './registry';
import { codeEvidence, identifierShaped, inCodeRegion, WEAK_TYPES } from './text-kind';
import { placeholderRegex } from './placeholder';
import { ScanBudgetExceeded } from './custom';

/** Presidio's analyzers are typically run at 0.4-0.5; weak patterns sit below it until context raises them. */
export const DEFAULT_MIN_SCORE = 0.5;

// Placeholders Veil itself wrote ("[EMAIL_1]", "[NAME_2]") are never findings: redacting twice must be stable.
const PLACEHOLDER = placeholderRegex('g');

const normalise = (s: string): string => s.toLowerCase().replace(/[\s\-.()]/g, '');

export interface AnalyzeExtras {
  lexicon?: Lexicon;
  /**
   * Runs after the recognizers with everything they found (all scores) and returns more findings: the full
   * path's compromise pass uses it to look only where the recognizers were unsure.
   */
  after?: (scan: Scan, found: readonly Finding[]) => Finding[];
}

/**
 * Runs recognizers in two phases (analyzeOnce), then makes the result stable under redaction (stabilize.ts).
 *
 * analyzeOnce runs recognizers in two phases, then: type filter, threshold, allowlist, placeholder guard, overlap resolution.
 *
 * Phase 1, the validated recognizers (checksums, fixed formats: cards, IBANs, emails, secrets, IDs...), reads the
 * text as given. What they report at or above the threshold is then masked (same length, offsets unchanged) and
 * phase 2 (names, places, addresses, phones, dates, compromise) reads the masked text. Phase-2 recognizers thus
 * see what they would see once those values are redacted, which is what keeps redaction stable (a phone number
 * is not cut differently because an IBAN sits next to it) and spares them digits and words inside emails or keys.
 *
 * Never throws on any input: a recognizer that fails is skipped (its findings are lost, the others stand).
 */
export function analyze(
  text: string,
  recognizers: readonly Recognizer[],
  options: DetectOptions = {},
  extras: AnalyzeExtras = {},
): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { findings, raw, scan } = analyzeOnce(text, recognizers, options, extras);
  if (findings.length === 0) return findings;
  const unstable = findings.filter(mayShiftIn(text, raw, scan.words()));
  if (unstable.length === 0) return findings;
  // The re-check reads small neighbourhoods with the recognizers only: compromise's contribution there would
  // cost a model call per window for names it has, by construction, already been shown once.
  const recheck = { ...extras, after: undefined };
  return stabilize(text, findings, unstable, (view) => analyzeOnce(view, recognizers, options, recheck).findings);
}

// Module constants, not literals in the per-finding closure: a regex literal is a new RegExp object each time it
// is evaluated, and this runs for every finding of every call.
const DIGIT_BEFORE = /\d(?:[ \t\-/()]{0,2}|\.)$/;
const DIGIT_AFTER = /^(?:[ \t\-/()]{0,2}|\.)\d/;
const CODE_PUNCTUATION = /[{};=<>!&|:($#]/;
const DIGIT = /\d/;
const SPACED = /[ \t]/;

/** Index of the last ASCII digit of `s`, -1 when none. */
function lastDigit(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isDigit(s[i])) return i;
  return -1;
}

/** /^\s*$/ on text[from, to), without the slice. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

const hasCodePunctuation = (text: string, from: number, to: number): boolean =>
  CODE_PUNCTUATION.test(text.slice(from, to));

/**
 * Whether redacting a finding could change what is found around it. Positive context only shrinks under redaction
 * (placeholders stop context windows) and negative context is looked through, unless the finding holds a negative
 * word itself; the other causes are local: a value glued to its neighbours (boundaries move), digits next to it
 * (number groupings are cut differently: "943 476 5919 06 12 34 56 78"), or another candidate that overlapped it.
 */
function mayShiftIn(text: string, raw: readonly Finding[], words: WordIndex): (f: Finding) => boolean {
  // Raw candidates by start, with a running maximum of their ends: the overlap test is a binary search.
  const sorted = raw.filter((r) => r.score >= 0.1).sort((a, b) => a.start - b.start);
  const maxEnd = new Int32Array(sorted.length);
  let m = -1;
  sorted.forEach((r, i) => (maxEnd[i] = m = Math.max(m, r.end)));
  const overlapped = (f: Finding): boolean => {
    // Last candidate starting before f.end; walk back while some earlier candidate can still reach into f.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && maxEnd[i]! > f.start; i--) {
      const r = sorted[i]!;
      // A candidate inside the finding is redacted with it; only one reaching out of it can shift.
      if (r !== f && r.end > f.start && (r.start < f.start || r.end > f.end)) return true;
    }
    return false;
  };
  const codeLines = new Map<number, boolean>();
  // A finding that swallowed a negative context word ("Berlin-version Smith") hides it once redacted, from a candidate
  // it was context for (see candidateNear).
  const swallowsNegative = (f: Finding): boolean => {
    for (let i = firstWordFrom(words, f.start); i < words.starts.length && words.starts[i]! < f.end; i++) {
      const against = negativeAgainst(words.lower[i]!);
      if (against && candidateNear(text, words, i, f, against)) return true;
    }
    return false;
  };
  return (f) => {
    if (glued(text, f) || swallowsNegative(f)) return true;
    // The finding makes its line look like code or a log line (a leading timestamp, "::" in an IPv6), or not.
    // Only a finding at either end of its line, or with code punctuation in it, can.
    const ls = text.lastIndexOf('\n', f.start - 1) + 1;
    let le = text.indexOf('\n', f.end);
    if (le < 0) le = text.length;
    const atEdge = blank(text, ls, f.start) || blank(text, f.end, le);
    if (le - ls <= 2000 && (atEdge || hasCodePunctuation(text, f.start, f.end))) {
      const line = text.slice(ls, le);
      let code = codeLines.get(ls);
      if (code === undefined) codeLines.set(ls, (code = isCodeLine(line)));
      if (code !== isCodeLineWith(line, f.start - ls, f.end - ls, '[X_1]')) return true;
    }
    // Digits a separator away could have been grouped with it ("943 476 5919 06 12 34 56 78"), or have it as their
    // neighbour ("John(415) 555-2671": a number does not start inside a word). Not so for a finding with no digit at
    // that edge and a space between ("Anna Schmidt 06 12…"): the number's neighbour is the space either way.
    // A "." groups digits only when it touches them ("06.12.34"); ". 2024" ends a sentence.
    const before = text.slice(Math.max(0, f.start - 3), f.start);
    const after = text.slice(f.end, f.end + 3);
    const digitBefore =
      DIGIT_BEFORE.test(before) &&
      (digitsIn(text, f.start, Math.min(f.end, f.start + 3)) > 0 || !SPACED.test(before.slice(lastDigit(before) + 1)));
    const digitAfter =
      DIGIT_AFTER.test(after) &&
      (digitsIn(text, Math.max(f.start, f.end - 3), f.end) > 0 || !SPACED.test(after.slice(0, after.search(DIGIT))));
    return digitBefore || digitAfter || overlapped(f);
  };
}

/**
 * Whether the negative word `k`, inside finding `f`, can be context for a candidate outside `f` of a shape it argues
 * against (`against`, AGAINST_* bits): one starting within NEGATIVE_REACH words after the word (the widest window
 * before a candidate; placeholders not counted), or in the word just before it (a window of one word ahead).
 */
function candidateNear(text: string, words: WordIndex, k: number, f: Finding, against: number): boolean {
  let last = k;
  for (let i = k + 1, counted = 0; i < words.starts.length && counted < NEGATIVE_REACH; i++) {
    if (words.lower[i] !== BARRIER) counted++;
    last = i;
  }
  const to = words.ends[last]!;
  if (to > f.end && candidateIn(text, f.end, to, against)) return true;
  let before = k - 1;
  while (before >= 0 && words.lower[before] === BARRIER) before--;
  return (
    before >= 0 &&
    words.ends[before]! <= f.start &&
    candidateIn(text, words.starts[before]!, words.ends[before]!, against)
  );
}

// Digits and the separators numbers are written with; the start of a dotted quad, or of hex groups between colons.
const DIGIT_RUN = /\d[\d \t.\-/()]*/g;
const IP_START = /\d{1,3}\.\d{1,3}\.\d|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:/g;

/**
 * Whether a candidate of a shape in `against` starts in text[from, to) (it may end after `to`): 7 digits or more
 * for cards, SSNs and phone numbers, an IP address, a token with a digit for licences.
 */
function candidateIn(text: string, from: number, to: number, against: number): boolean {
  if (against & AGAINST_TOKENS && digitsIn(text, from, to) > 0) return true;
  if (against & AGAINST_NUMBERS) {
    DIGIT_RUN.lastIndex = from;
    for (let m = nextMatch(DIGIT_RUN, text); m && m.index < to; m = nextMatch(DIGIT_RUN, text)) {
      if (digitsIn(text, m.index, m.index + m[0].length) >= 7) return true;
    }
  }
  if (against & AGAINST_IPS) {
    IP_START.lastIndex = from;
    const m = nextMatch(IP_START, text);
    if (m && m.index < to) return true;
  }
  return false;
}

function analyzeOnce(
  text: string,
  recognizers: readonly Recognizer[],
  options: DetectOptions,
  extras: AnalyzeExtras,
): { findings: Finding[]; raw: Finding[]; scan: Scan } {
  const minScore = typeof options.minScore === 'number' ? options.minScore : DEFAULT_MIN_SCORE;
  const wanted = options.types ? new Set<EntityType>(options.types) : undefined;
  const allowed = options.allowlist?.length ? new Set(options.allowlist.map(normalise)) : undefined;
  const input = {
    minScore,
    ...(options.phoneRegions ? { phoneRegions: options.phoneRegions } : {}),
    ...(options.customKeywords ? { customKeywords: options.customKeywords } : {}),
    customPatterns: compiledPatterns(options.customPatterns),
    ...(extras.lexicon ? { lexicon: extras.lexicon } : {}),
  };
  const keep = (f: Finding): boolean =>
    f.score >= minScore &&
    (!wanted || wanted.has(f.type)) &&
    !(allowed && allowed.has(normalise(text.slice(f.start, f.end))));
  const run = (list: readonly Recognizer[], scan: Scan, out: Finding[]) => {
    for (const r of list) {
      if (wanted && !r.types.some((t) => wanted.has(t))) continue;
      try {
        for (const f of r.find(scan)) out.push(f);
      } catch (error) {
        // A recognizer bug must not take detection down with it; the property tests hunt for these.
        // A scan past its time budget must: the caller's failMode decides, rather than a silent miss.
        if (error instanceof ScanBudgetExceeded) throw error;
      }
    }
  };

  const { validated, contextual } = phasesOf(recognizers);
  const raw: Finding[] = [];
  const first = createScan(text, input);
  run(validated, first, raw);
  // Only what will be reported is masked: overlaps among validated findings are settled first.
  let claimed = resolveOverlaps(raw.filter(keep));
  // Values glued to a claimed one ("…IBAN-4526018159083012") look like one longer number until it is masked:
  // a second round on the masked text finds them, as a pass over the redacted text would.
  if (claimed.some((f) => glued(text, f))) {
    const masked = project(text, claimed);
    const again: Finding[] = [];
    run(validated, createScan(masked.text, { ...input, original: text }), again);
    for (const f of again) raw.push(masked.map ? unproject(f, masked.map) : f);
    claimed = resolveOverlaps(raw.filter(keep));
  }
  const view = claimed.length ? project(text, claimed) : undefined;
  // Nothing claimed: phase 2 reads the same text, and shares phase 1's lazily built word index and line caches.
  // Spans masked in place: the word index is patched around them rather than rebuilt.
  let scan = first;
  if (view) {
    const words = view.map ? undefined : remaskWords(first.words(), view.text, view.masked);
    scan = createScan(view.text, { ...input, original: text, ...(words ? { words, unmasked: first } : {}) });
  }
  const phase2: Finding[] = [];
  run(contextual, scan, phase2);
  if (extras.after) {
    try {
      phase2.push(...extras.after(scan, phase2));
    } catch {
      // Same rule for the full path's extra pass.
    }
  }
  const gated = gateWeakFindings(scan, phase2);
  for (const f of gated) raw.push(view?.map ? unproject(f, view.map) : f);

  let kept = raw.filter(keep);
  if (text.includes('[')) {
    const guards = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
    if (guards.length) kept = kept.filter((f) => !hitsGuard(guards, f));
  }
  return { findings: resolveOverlaps(kept, text), raw, scan: first };
}

/**
 * The text-kind gate on the recognizers that read capitalised words (PERSON, LOCATION, STREET_ADDRESS): a person
 * shaped like an identifier or an acronym is dropped anywhere; inside a region of code, any of them needs evidence
 * of its own (a string literal, an email on its line).
 */
function gateWeakFindings(scan: Scan, found: Finding[]): Finding[] {
  let regions: Map<number, boolean> | undefined;
  return found.filter((f) => {
    // A typed column (its header plus validated cells) is evidence of its own, in code and for short upper-case names.
    if (!WEAK_TYPES.has(f.type) || f.recognizer === 'column-typer') return true;
    if (f.type === 'PERSON') {
      const ls = scan.lineStart(f.start);
      if (identifierShaped(scan.text, f, scan.text.slice(ls, scan.lineEnd(f.start)))) return false;
    }
    regions ??= new Map();
    return !inCodeRegion(scan, f.start, regions) || codeEvidence(scan, f);
  });
}

// Both are asked for on every call and again for every neighbourhood the stabiliser re-reads; the caller's arrays
// (the recognizer table, the settings' patterns) live much longer than a call, so each is split or compiled once.
// Settings replace the patterns array when they change; an array edited in place would keep its first compilation.
const phases = new WeakMap<readonly Recognizer[], { validated: Recognizer[]; contextual: Recognizer[] }>();
const compiled = new WeakMap<readonly CustomPattern[], CompiledPattern[]>();

function phasesOf(recognizers: readonly Recognizer[]): { validated: Recognizer[]; contextual: Recognizer[] } {
  let split = phases.get(recognizers);
  if (!split) {
    split = {
      validated: recognizers.filter((r) => r.phase === 'validated'),
      contextual: recognizers.filter((r) => r.phase !== 'validated'),
    };
    phases.set(recognizers, split);
  }
  return split;
}

function compiledPatterns(list: readonly CustomPattern[] | undefined): CompiledPattern[] {
  if (!list?.length) return [];
  let patterns = compiled.get(list);
  if (!patterns) compiled.set(list, (patterns = compileCustomPatterns(list).patterns));
  return patterns;
}

/**
 * The text phase 2 reads: claimed spans replaced by MASK characters (offsets unchanged), and invisible
 * characters removed, as redaction removes them. Only in the latter case is `map` set: position in the view ->
 * position in the text. `masked` lists the masked [start, end) spans (text offsets).
 */
function project(
  text: string,
  claimed: readonly Finding[],
): { text: string; masked: [number, number][]; map?: Int32Array } {
  const spans = [...claimed].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const kept: number[] = []; // [viewStart, textStart] pairs where a kept stretch begins
  const masked: [number, number][] = [];
  let cursor = 0;
  let viewLength = 0;
  let removed = false;
  const keepText = (to: number) => {
    if (to <= cursor) return;
    kept.push(viewLength, cursor);
    parts.push(text.slice(cursor, to));
    viewLength += to - cursor;
  };
  for (const f of spans) {
    const start = Math.max(cursor, f.start);
    if (f.end <= start) continue;
    keepText(start);
    if (f.type === 'INVISIBLE_TEXT') removed = true;
    else {
      kept.push(viewLength, start);
      masked.push([start, f.end]);
      parts.push(masks(f.end - start));
      viewLength += f.end - start;
    }
    cursor = f.end;
  }
  keepText(text.length);
  const view = parts.join('');
  if (!removed) return { text: view, masked };
  const map = new Int32Array(view.length + 1);
  for (let k = 0; k < kept.length; k += 2) {
    const v0 = kept[k]!;
    const t0 = kept[k + 1]!;
    const v1 = k + 2 < kept.length ? kept[k + 2]! : view.length;
    for (let v = v0; v < v1; v++) map[v] = t0 + (v - v0);
  }
  map[view.length] = text.length;
  return { text: view, masked, map };
}

// A run of MASK characters as a slice of one long run, not a new string per claimed span (repeat).
let maskRun = MASK.repeat(64);
function masks(n: number): string {
  while (maskRun.length < n) maskRun += maskRun;
  return maskRun.slice(0, n);
}

/**
 * True when a letter or digit touches the finding, directly or across one or two of "-", ".", "/", ":", or a digit across
 * a "," from a digit of the finding ("1,234"). A comma between words or cells ("Sinha,sushma@…") glues nothing.
 */
function glued(text: string, f: Finding): boolean {
  const b = text[f.start - 1];
  const a = text[f.end];
  if (alnum(b) || alnum(a)) return true;
  // One or two separators ("::" in an IPv6 address) between the finding and a letter or digit.
  if (sep(b) && (alnum(text[f.start - 2]) || (sep(text[f.start - 2]) && alnum(text[f.start - 3])))) return true;
  if (sep(a) && (alnum(text[f.end + 1]) || (sep(text[f.end + 1]) && alnum(text[f.end + 2])))) return true;
  return (
    (b === ',' && isDigit(text[f.start - 2]) && isDigit(text[f.start])) ||
    (a === ',' && isDigit(text[f.end + 1]) && isDigit(text[f.end - 1]))
  );
}

const ALNUM = /[\p{L}\p{N}]/u;
const alnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
const sep = (c: string | undefined): boolean => c !== undefined && '-./:'.includes(c);

/** A finding on a projected view, moved back to the text's offsets. */
const unproject = (f: Finding, map: Int32Array): Finding => ({ ...f, start: map[f.start]!, end: map[f.end - 1]! + 1 });

/** Binary search in sorted, disjoint [start, end) ranges. */
function hitsGuard(guards: readonly (readonly [number, number])[], f: Finding): boolean {
  let lo = 0;
  let hi = guards.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (guards[mid]![1] <= f.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < guards.length && guards[lo]![0] < f.end;
}

/** The synchronous fast path: validated patterns only, no compromise. Safe to call on every keystroke. */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  return analyze(text, FAST_RECOGNIZERS, options);
}

export { resolveOverlaps };
