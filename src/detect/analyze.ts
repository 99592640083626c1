import type { DetectOptions, Finding } from './types';
import * as email from './recognizers/email';

const FAST_RECOGNIZERS = [email];

/** Runs the fast-path recognizers, drops low scores, resolves overlaps (longest, then highest score wins). */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const minScore = options.minScore ?? 0.5;
  const found = FAST_RECOGNIZERS.flatMap((r) => r.find(text)).filter(
    (f) => f.score >= minScore && (!options.types || options.types.includes(f.type)),
  );
  return resolveOverlaps(found);
}

export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
