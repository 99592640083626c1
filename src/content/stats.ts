/**
 * Timing figures the e2e suite reads from this isolated world (through the DevTools protocol; page
 * scripts cannot reach an isolated world's globals). Numbers only: no text, no findings.
 *
 * `slices` are Veil's own synchronous stretches on the page's main thread (start and duration on
 * the page's performance clock), so a test can tell which part of a long task was Veil's.
 * `insert` slices are the editor's own work on text Veil hands it (a paste Veil re-delivers): a
 * native paste would cost the editor the same.
 */
export type SliceKind = 'decide' | 'scan' | 'insert' | 'warmup';

export const stats = {
  /** ms Veil's send handler took to decide (handler start to decision), per send Veil checked. */
  decideMs: [] as number[],
  /** ms from the user's input (the event's timestamp) to Veil's decision: includes time queued behind other work. */
  inputToDecideMs: [] as number[],
  /** The idle-time warm-up of the detector has finished. */
  warmedUp: false,
  /** Answers received from the full path (names, places) in the background. */
  fullAnswers: 0,
  /** ms from the user's send to the replayed send, for sends Veil rewrote. */
  sendMs: [] as number[],
  /**
   * Held sends whose composer text changed while they were checked (an editor settling a paste): each is checked
   * again on the new text; only one that keeps changing is dropped, with a notice (guard.ts, decided()).
   */
  changedWhileHeld: 0,
  /** Longest synchronous stretch per kind, in ms. */
  longest: { decide: 0, scan: 0, insert: 0, warmup: 0 } as Record<SliceKind, number>,
  /** The last slices (ring of 2000). */
  slices: [] as { kind: SliceKind; start: number; ms: number }[],
};

const MAX = 5000;

export function recordDecision(handlerMs: number, fromInputMs: number): void {
  if (stats.decideMs.length < MAX) stats.decideMs.push(handlerMs);
  if (stats.inputToDecideMs.length < MAX) stats.inputToDecideMs.push(fromInputMs);
}

export function recordSend(ms: number): void {
  if (stats.sendMs.length < MAX) stats.sendMs.push(ms);
}

/** Runs `work` and records it as one synchronous slice of `kind`. */
export function timed<T>(kind: SliceKind, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const ms = performance.now() - start;
    if (ms > stats.longest[kind]) stats.longest[kind] = ms;
    if (ms >= 1) {
      stats.slices.push({ kind, start, ms });
      if (stats.slices.length > 2000) stats.slices.shift();
    }
  }
}
