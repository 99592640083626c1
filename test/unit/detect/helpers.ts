import { detect } from '../../../src/detect';
import type { DetectOptions, EntityType, Finding } from '../../../src/detect';
import type { Recognizer } from '../../../src/detect/recognizer';
import { createScan, type ScanInput } from '../../../src/detect/scan';

/** What a finding covers, for readable expectations. */
export const valueOf = (text: string, f: Finding): string => text.slice(f.start, f.end);

/** Values of the given type that `detect` reports at the default threshold. */
export function found(text: string, type: EntityType, options: DetectOptions = {}): string[] {
  return detect(text, options)
    .filter((f) => f.type === type)
    .map((f) => valueOf(text, f));
}

/** Raw findings of one recognizer (before threshold and overlap resolution). */
export function raw(recognizer: Recognizer, text: string, input: ScanInput = {}): Finding[] {
  return recognizer.find(createScan(text, input));
}

/** Values one recognizer reports at or above `minScore` (default 0.5, the analyzer's default threshold). */
export function recognized(recognizer: Recognizer, text: string, minScore = 0.5, input: ScanInput = {}): string[] {
  return raw(recognizer, text, input)
    .filter((f) => f.score >= minScore)
    .map((f) => valueOf(text, f));
}
