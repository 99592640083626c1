import type { EntityType, Finding } from './types';
import type { Scan } from './scan';

export type RecognizerPhase = 'validated' | 'contextual';

/**
 * One recognizer per file under recognizers/. `find` returns scored findings: the recognizer applies its own
 * validation (checksum pass -> high score, fail -> dropped) and context words; the analyzer applies the
 * threshold, the allowlist and overlap resolution.
 */
export interface Recognizer {
  /** Equals the file name; copied into Finding.recognizer. */
  readonly id: string;
  /**
   * When it runs. `validated` (checksums, fixed formats, required context) reads the text as given, and what it
   * reports is masked before `contextual` recognizers (names, places, phones, dates) read the rest: see analyze.ts.
   */
  readonly phase: RecognizerPhase;
  /** Types it can produce, so `types` filters can skip it entirely. */
  readonly types: readonly EntityType[];
  find(scan: Scan): Finding[];
}
