/**
 * Protection health: can Veil see this site's composer and send button, and is the tripwire up?
 * Checked when the page has loaded and whenever the DOM changes (throttled). A site whose composer
 * cannot be found after a grace period, or whose send button is missing while the composer holds
 * text, is *degraded*: the background is told (`guard/health`, shown by the popup), the user is
 * told once, an audit event is written, and the guard falls back to recognising editors by what
 * they are (see guard.ts), applying the fail mode.
 */
import type { GuardHealth } from '../messages';
import { readComposer } from './composer';
import { reportDecision } from './report';
import { callBackground, isStale, onStale } from './runtime';
import { t } from '../platform/i18n';

export type Reason =
  'composer-not-found' | 'send-button-not-found' | 'tripwire-unavailable' | 'tripwire-narrowed' | 'stale';

export interface HealthDeps {
  siteId: string;
  siteName: string;
  composerSelectors(): readonly string[];
  sendSelectors(): readonly string[];
  tripwireConnected(): boolean;
  /** Ways out the tripwire could not wrap here (a browser without the API). */
  tripwireNarrowed(): readonly string[];
  active(): boolean;
  /** Told once per new problem, in words. */
  warn(title: string, detail: string): void;
}

/** How long a page may take to render its composer before it counts as missing. */
export const COMPOSER_GRACE_MS = 4000;
const SEND_GRACE_MS = 1500;
const THROTTLE_MS = 300;

const firstMatch = (selectors: readonly string[]): HTMLElement | null => {
  for (const s of selectors) {
    try {
      const hit = document.querySelector<HTMLElement>(s);
      if (hit) return hit;
    } catch {
      // an invalid selector (from policy) matches nothing
    }
  }
  return null;
};

export class Health {
  private reasons = new Set<Reason>();
  private reported = '';
  private told = new Set<Reason>();
  private readonly startedAt = performance.now();
  private sendMissingSince: number | undefined;
  private unrecognised = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: HealthDeps) {}

  start(): void {
    const observer = new MutationObserver(() => this.schedule());
    const begin = (): void => {
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['id', 'class', 'placeholder', 'contenteditable', 'data-testid', 'aria-label', 'title'],
      });
      this.schedule();
      // Re-check once the grace period is over even if nothing changes.
      setTimeout(() => this.check(), COMPOSER_GRACE_MS + 50);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
    else begin();
    onStale(() => this.check());
  }

  /** Re-check soon (after input, settings change ...). */
  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.check();
    }, THROTTLE_MS);
  }

  get degraded(): boolean {
    return this.reasons.size > 0;
  }

  /** True when our composer selectors find nothing (after the grace period, or the user typed elsewhere). */
  get composerMissing(): boolean {
    return this.reasons.has('composer-not-found');
  }

  /** The user typed in an editor our selectors do not know while none of them matches. */
  noteUnrecognisedEditor(): void {
    if (firstMatch(this.deps.composerSelectors())) return;
    this.unrecognised = true;
    this.check();
  }

  check(): void {
    const next = new Set<Reason>();
    const active = this.deps.active();
    if (active) {
      const composer = firstMatch(this.deps.composerSelectors());
      const graceOver = performance.now() - this.startedAt > COMPOSER_GRACE_MS;
      if (!composer && (graceOver || this.unrecognised)) next.add('composer-not-found');
      if (composer) this.unrecognised = false;
      const sendSelectors = this.deps.sendSelectors();
      if (composer && sendSelectors.length > 0 && readComposer(composer).trim() !== '' && !firstMatch(sendSelectors)) {
        this.sendMissingSince ??= performance.now();
        if (performance.now() - this.sendMissingSince > SEND_GRACE_MS) next.add('send-button-not-found');
        else setTimeout(() => this.schedule(), SEND_GRACE_MS);
      } else this.sendMissingSince = undefined;
      if (!this.deps.tripwireConnected()) next.add('tripwire-unavailable');
      else if (this.deps.tripwireNarrowed().length > 0) next.add('tripwire-narrowed');
      if (isStale()) next.add('stale');
    }
    this.reasons = next;
    const status: GuardHealth['status'] = !active ? 'off' : next.size > 0 ? 'degraded' : 'ok';
    const reasons = [...next].sort();
    const summary = `${status}|${reasons.join(',')}`;
    if (summary === this.reported) return;
    this.reported = summary;
    if (!isStale()) {
      void callBackground('guard/health', { site: this.deps.siteId, status, reasons }).catch(() => undefined);
    }
    for (const reason of reasons) {
      if (this.told.has(reason)) continue;
      this.told.add(reason);
      reportDecision({ action: 'degraded', trigger: 'page', detail: reason });
      this.tell(reason);
    }
  }

  private tell(reason: Reason): void {
    const name = this.deps.siteName;
    if (reason === 'composer-not-found') {
      this.deps.warn(t('health_composer_title'), t('health_composer', name));
    } else if (reason === 'send-button-not-found') {
      this.deps.warn(t('health_send_title'), t('health_send', name));
    } else if (reason === 'stale') {
      this.deps.warn(t('health_stale_title'), t('health_stale'));
    }
    // tripwire-unavailable and -narrowed: reported to the background and the audit trail; nothing the user can do.
  }

  get current(): { status: GuardHealth['status']; reasons: Reason[] } {
    const status = !this.deps.active() ? 'off' : this.reasons.size > 0 ? 'degraded' : 'ok';
    return { status, reasons: [...this.reasons] };
  }
}
