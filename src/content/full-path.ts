/**
 * The detector's full path (names and places, with compromise) as the content script uses it: run
 * in the background (`detect/full`), never on the page's main thread, and cached per text.
 *
 * The typing scan asks for it after each pause in typing, so by the time the user sends, the text
 * (or all but its last few characters) usually has a result already. `known()` accepts a cached
 * result for a text that the current one merely extends by up to TAIL characters: what was typed
 * in the last moment before Enter is then covered by the fast path only (validated patterns), not
 * by name detection. Otherwise the guard waits for the full path, up to a timeout.
 */
import type { Finding } from '../detect';
import { callBackground, isStale } from './runtime';
import { stats } from './stats';
import { WARM_UP_SAMPLE } from './assess';

/** Texts longer than this are left to the fast path (compromise reads ~3 KB + 3% of a long text anyway). */
export const FULL_LIMIT = 30_000;
/** Characters a text may have grown since its cached full result and still use it. */
export const TAIL = 48;

export class FullPath {
  private cache: { text: string; findings: Finding[] }[] = [];
  private readonly inflight = new Map<string, Promise<Finding[] | undefined>>();
  private failures = 0;
  private lastFailure = 0;

  /** False after the extension went away, or for 30 s after three failures in a row. */
  get available(): boolean {
    return !isStale() && (this.failures < 3 || Date.now() - this.lastFailure > 30_000);
  }

  /** Full-path findings valid for `text`, if a recent result covers it. */
  known(text: string): Finding[] | undefined {
    for (const entry of this.cache) {
      if (entry.text === text) return entry.findings;
      if (text.length - entry.text.length <= TAIL && text.length > entry.text.length && text.startsWith(entry.text)) {
        return entry.findings;
      }
    }
    return undefined;
  }

  /** Asks the background; resolves undefined after `timeoutMs` or on failure (the fast path stands). */
  request(text: string, timeoutMs = 1500): Promise<Finding[] | undefined> {
    if (text.length === 0 || text.length > FULL_LIMIT || !this.available) return Promise.resolve(undefined);
    const hit = this.cache.find((e) => e.text === text);
    if (hit) return Promise.resolve(hit.findings);
    let pending = this.inflight.get(text);
    if (!pending) {
      pending = callBackground('detect/full', { text }, 10_000).then(
        ({ findings }) => {
          stats.fullAnswers++;
          this.failures = 0;
          this.cache.unshift({ text, findings });
          this.cache.length = Math.min(this.cache.length, 8);
          return findings;
        },
        () => {
          this.failures++;
          this.lastFailure = Date.now();
          return undefined;
        },
      );
      this.inflight.set(text, pending);
      void pending.finally(() => this.inflight.delete(text));
    }
    return Promise.race([pending, new Promise<undefined>((r) => setTimeout(() => r(undefined), timeoutMs))]);
  }

  /**
   * Loads compromise in the background before the first real question (it takes ~0.3 s once), on the
   * fast path's warm-up sample, so the detector's code for most kinds is compiled there too. Measured
   * on fresh instances (Node, 8 prompts of 2,000 chars): the first full detection took a median
   * 93 ms after a one-line sample, beyond the guard's 60 ms wait; 53 ms after this one.
   */
  warmUp(): void {
    void this.request(WARM_UP_SAMPLE.join('\n'), 10_000);
  }
}
