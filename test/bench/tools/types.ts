/** A tool under test: the detector or an alternative, normalised to spans with our type names. */
export interface Span {
  type: string;
  start: number;
  end: number;
  label?: string;
}

export interface Tool {
  /** Column name in the report. */
  name: string;
  /** Our types this tool can emit (others get "–" in the per-type table). */
  covers: readonly string[];
  /** How its labels map onto ours, for the report. */
  mapping: string;
  /** Loads the library; a tool whose init throws is reported as unavailable. */
  init(): Promise<void>;
  /** Findings with UTF-16 offsets into `text`. */
  find(text: string): Span[] | Promise<Span[]>;
  /**
   * The library's own call, for timing, when `find` adds work the tool does not do (offset
   * recovery). Defaults to `find`.
   */
  run?(text: string): unknown;
  /**
   * Score only every n-th corpus item (a deterministic sample) for a tool too slow for all of them
   * within the bench's time budget. Default 1.
   */
  qualityStride?: number;
  /** Anything the report must say about this tool (fallbacks, sampling). */
  notes: string[];
}

/** Types a tool emits that have no counterpart here are kept, prefixed, so they still count as false positives. */
export const other = (label: string): string => `OTHER:${label}`;
