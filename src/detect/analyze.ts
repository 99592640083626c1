import type { DetectOptions, EntityType, Finding } from './types';
import type { Recognizer } from './recognizer';
import type { Lexicon } from './lexicon';
import { createScan, type Scan } from './scan';
import { compileCustomPatterns } from './custom';
import { resolveOverlaps } from './overlaps';
import { FAST_RECOGNIZERS } from './registry';

/** Presidio's analyzers are typically run at 0.4-0.5; weak patterns sit below it until context raises them. */
export const DEFAULT_MIN_SCORE = 0.5;

// Placeholders Veil itself wrote ("[EMAIL_1]", "[NAME_2]") are never findings: redacting twice must be stable.
const PLACEHOLDER = /\[[A-Z][A-Z_]*_\d+\]/g;

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
 * Runs recognizers, then: type filter, threshold, allowlist, placeholder guard, overlap resolution.
 * Never throws on any input: a recognizer that fails is skipped (its findings are lost, the others stand).
 */
export function analyze(
  text: string,
  recognizers: readonly Recognizer[],
  options: DetectOptions = {},
  extras: AnalyzeExtras = {},
): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const minScore = typeof options.minScore === 'number' ? options.minScore : DEFAULT_MIN_SCORE;
  const wanted = options.types ? new Set<EntityType>(options.types) : undefined;
  const scan = createScan(text, {
    minScore,
    ...(options.phoneRegions ? { phoneRegions: options.phoneRegions } : {}),
    ...(options.customKeywords ? { customKeywords: options.customKeywords } : {}),
    customPatterns: compileCustomPatterns(options.customPatterns).patterns,
    ...(extras.lexicon ? { lexicon: extras.lexicon } : {}),
  });

  const raw: Finding[] = [];
  for (const r of recognizers) {
    if (wanted && !r.types.some((t) => wanted.has(t))) continue;
    try {
      raw.push(...r.find(scan));
    } catch {
      // A recognizer bug must not take detection down with it; the property tests hunt for these.
    }
  }
  if (extras.after) {
    try {
      raw.push(...extras.after(scan, raw));
    } catch {
      // Same rule for the full path's extra pass.
    }
  }

  let kept = raw.filter((f) => f.score >= minScore && (!wanted || wanted.has(f.type)));
  if (options.allowlist?.length) {
    const allowed = new Set(options.allowlist.map(normalise));
    kept = kept.filter((f) => !allowed.has(normalise(text.slice(f.start, f.end))));
  }
  if (text.includes('[')) {
    const guards = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
    if (guards.length) kept = kept.filter((f) => !hitsGuard(guards, f));
  }
  return resolveOverlaps(kept, text);
}

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
