/**
 * The one MutationObserver behind everything Veil does to AI replies. It watches the document for
 * reply containers (the site adapter's `selectors.reply`, admin overrides first) and hands each one
 * over once it has FINISHED: no change inside it for `quietMs`, and the site's own streaming signs
 * (stop button, `data-is-streaming`) gone. A reply that changes again is handed over again, and a
 * node the site re-creates (virtualised lists) is a new reply: callers key their work by the node
 * and make it idempotent.
 *
 * Cheap by construction: per mutation record one `closest()` walk (deduplicated per batch), a
 * `querySelectorAll` only on added element subtrees, and one timer for all pending replies.
 * Veil's own DOM changes are dropped (`quietly`), so they never wake it up.
 */
import type { SiteAdapter } from '../../sites';
import { insideOurs, isOurElement } from './hosts';

/** A reply still "streaming" after this long is handled anyway (a stuck stop button). */
const MAX_WAIT_MS = 10 * 60_000;

export interface WatcherDeps {
  /** How the site marks a reply still being written (the adapter's `streaming`). */
  streaming: SiteAdapter['streaming'];
  /** Reply selectors, current first; invalid ones are skipped. */
  selectors(): readonly string[];
  /** How long a reply must stay unchanged. */
  quietMs: number;
  /** A reply is complete (or complete again after a change). */
  onFinal(reply: HTMLElement): void;
  /** An <img> was just added inside a reply (before it is complete). */
  onImage(img: HTMLImageElement, reply: HTMLElement): void;
  /** One of Veil's own elements was removed by the page (a re-render). */
  onOursRemoved(el: HTMLElement): void;
  /** After each flush: a chance to drop what belongs to replies that are gone. */
  onSweep(): void;
}

const safeSelector = (s: string): boolean => {
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
};

/** What the observer cost so far (main-thread time in its callbacks and flushes). */
export interface WatcherStats {
  batches: number;
  records: number;
  /** total ms in MutationObserver callbacks */
  observeMs: number;
  /** longest single callback, ms */
  maxObserveMs: number;
  /** total ms in flushes (finished replies handled) */
  flushMs: number;
  maxFlushMs: number;
  flushes: number;
  /** document-wide reply queries (start-up, rescans, and at most one per flush while a stop button shows) */
  fullScans: number;
}

export class ReplyWatcher {
  readonly stats: WatcherStats = {
    batches: 0,
    records: 0,
    observeMs: 0,
    maxObserveMs: 0,
    flushMs: 0,
    maxFlushMs: 0,
    flushes: 0,
    fullScans: 0,
  };
  private readonly observer: MutationObserver;
  private readonly pending = new Map<HTMLElement, { last: number; first: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private union = '';
  private unionFrom: readonly string[] = [];
  private started = false;

  constructor(private readonly deps: WatcherDeps) {
    this.observer = new MutationObserver((records) => {
      const t0 = performance.now();
      this.onRecords(records);
      const ms = performance.now() - t0;
      this.stats.batches++;
      this.stats.records += records.length;
      this.stats.observeMs += ms;
      this.stats.maxObserveMs = Math.max(this.stats.maxObserveMs, ms);
    });
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    // document_start: there may be no <html> yet; observing the document covers everything to come.
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
    const initial = (): void => this.rescan();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', initial, { once: true });
    else initial();
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
    this.started = false;
  }

  /** Runs Veil's own DOM changes without waking the observer (and without losing the page's). */
  quietly<T>(work: () => T): T {
    const before = this.observer.takeRecords();
    try {
      return work();
    } finally {
      this.observer.takeRecords();
      if (before.length) this.onRecords(before);
    }
  }

  /** This reply is looked at again after the quiet period. */
  touch(reply: HTMLElement): void {
    this.mark(reply);
    this.schedule();
  }

  /** Every reply in the document is looked at again (settings changed, or start-up). */
  rescan(): void {
    for (const reply of this.all()) this.mark(reply);
    this.schedule();
  }

  /** The combined reply selector (valid parts only). */
  selector(): string {
    const list = this.deps.selectors();
    if (list !== this.unionFrom) {
      this.unionFrom = list;
      this.union = list.filter(safeSelector).join(',');
    }
    return this.union;
  }

  /** Reply containers in the document, innermost only (a reply inside a matching turn is the reply). */
  all(within: ParentNode = document): HTMLElement[] {
    const sel = this.selector();
    if (!sel) return [];
    if (within === document) this.stats.fullScans++;
    const found = [...within.querySelectorAll<HTMLElement>(sel)];
    return found.filter((el) => !insideOurs(el) && !el.querySelector(sel));
  }

  /** Replies in `el`'s subtree, `el` included, innermost only. */
  private repliesIn(el: Element, sel: string): HTMLElement[] {
    const found = el.matches(sel) ? [el as HTMLElement] : [];
    if (el.firstElementChild) found.push(...el.querySelectorAll<HTMLElement>(sel));
    return found.filter((r) => !r.querySelector(sel) && !insideOurs(r));
  }

  private replyOf(el: Element | null): HTMLElement | null {
    const sel = this.selector();
    if (!el || !sel) return null;
    return el.closest<HTMLElement>(sel);
  }

  private mark(reply: HTMLElement): void {
    const now = performance.now();
    const seen = this.pending.get(reply);
    this.pending.set(reply, { last: now, first: seen?.first ?? now });
  }

  private onRecords(records: MutationRecord[]): void {
    const sel = this.selector();
    if (!sel) return;
    const targets = new Set<Element>();
    for (const record of records) {
      for (const removed of record.removedNodes) {
        if (isOurElement(removed)) this.deps.onOursRemoved(removed);
      }
      const target =
        record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
      if (!target || insideOurs(target)) continue;
      targets.add(target);
      for (const added of record.addedNodes) {
        if (added.nodeType !== Node.ELEMENT_NODE || isOurElement(added)) continue;
        const el = added as Element;
        // A whole reply (or a turn holding one) arrived at once.
        for (const reply of this.repliesIn(el, sel)) this.mark(reply);
        const imgs =
          el instanceof HTMLImageElement ? [el] : el.querySelector('img') ? [...el.querySelectorAll('img')] : [];
        for (const img of imgs) {
          const reply = this.replyOf(img);
          if (reply) this.deps.onImage(img, reply);
        }
      }
    }
    for (const target of targets) {
      const reply = this.replyOf(target);
      if (reply) {
        // A turn wrapper matched: the replies are inside it.
        if (reply.querySelector(sel)) for (const inner of this.all(reply)) this.mark(inner);
        else this.mark(reply);
      }
    }
    this.schedule();
  }

  private schedule(delay = this.deps.quietMs): void {
    if (this.timer !== undefined || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const t0 = performance.now();
      this.flush();
      const ms = performance.now() - t0;
      this.stats.flushMs += ms;
      this.stats.flushes++;
      this.stats.maxFlushMs = Math.max(this.stats.maxFlushMs, ms);
    }, delay);
  }

  /**
   * Whether the site is still writing this reply. `page` is per flush: the stop button and the last
   * reply are looked up once, however many replies are pending (a long conversation re-checked).
   */
  private streaming(reply: HTMLElement, page: { stop?: boolean; last?: HTMLElement | null }): boolean {
    const hints = this.deps.streaming;
    if (!hints) return false;
    const any = (list: readonly string[] | undefined, test: (s: string) => boolean): boolean =>
      (list ?? []).some((s) => {
        try {
          return test(s);
        } catch {
          return false;
        }
      });
    if (any(hints.around, (s) => reply.closest(s) !== null)) return true;
    if (any(hints.inside, (s) => reply.matches(s) || reply.querySelector(s) !== null)) return true;
    page.stop ??= any(hints.stop, (s) => document.querySelector(s) !== null);
    if (!page.stop) return false;
    // The stop button belongs to the reply being written: the last one on the page.
    if (page.last === undefined) {
      const replies = this.all();
      page.last = replies[replies.length - 1] ?? null;
    }
    return page.last === reply;
  }

  private flush(): void {
    const now = performance.now();
    const page = {};
    let wait = Infinity;
    for (const [reply, t] of this.pending) {
      if (!reply.isConnected) {
        this.pending.delete(reply);
        continue;
      }
      const quietFor = now - t.last;
      if (quietFor < this.deps.quietMs) {
        wait = Math.min(wait, this.deps.quietMs - quietFor);
        continue;
      }
      if (now - t.first < MAX_WAIT_MS && this.streaming(reply, page)) {
        wait = Math.min(wait, this.deps.quietMs);
        continue;
      }
      this.pending.delete(reply);
      try {
        this.deps.onFinal(reply);
      } catch (error) {
        console.warn('Veil: reply handling failed', error);
      }
    }
    this.deps.onSweep();
    if (this.pending.size) this.schedule(Math.max(50, Math.ceil(wait)));
  }
}
