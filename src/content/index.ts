/**
 * Veil's content script: ISOLATED world, document_start, on every supported chat site
 * (src/sites). What each part does, and what it does when Veil is off for the site, in monitor
 * mode, or stale (the extension was updated or reloaded under a live page):
 *
 *   bridge.ts        the channel to the MAIN-world tripwire (src/page), opened first, in this
 *                    synchronous start-up, before any page script exists. Off or monitor: nothing
 *                    is flagged, so the tripwire passes everything.
 *   settings.ts      the resolved settings from the service worker; the defaults until they come.
 *   guard/           the composer guard. guard.ts holds the listeners (Enter, send click, form
 *                    submit, typing); decide.ts decides in the event; act.ts blocks, reviews or
 *                    redacts and re-sends once; inbound.ts does paste, drop and files; typing.ts
 *                    flags typed values for the tripwire. Off: every listener returns at once.
 *                    Monitor: decisions are reported, nothing is changed or stopped.
 *   assess.ts        the seam to the detector (src/detect): findings, actions, the verdict.
 *   full-path.ts     names and places from the service worker, cached per text.
 *   composer.ts      reads and rewrites editors through their own input pipeline.
 *   feedback.ts      highlights and the count pill while typing. Off or monitor: cleared.
 *   review.ts, toast.ts, ui.ts   Veil's own UI (closed shadow roots).
 *   health.ts        can Veil see the composer and send button; degraded and stale states.
 *   vault.ts         placeholders per conversation (the values stay in the service worker).
 *   report.ts        every decision to the audit trail (never a raw value).
 *   replies/         disclaimers on AI replies, restoring placeholders locally, risky links
 *                    and images, the AI-use notice. Off: nothing is labelled or restored.
 *
 * Stale: the guard keeps stopping what it would stop (its detector runs here, without the
 * service worker); what needs the worker (audit, vault, full path) fails closed and says so.
 * Both the guard and the tripwire protect from the first keystroke with the default settings;
 * the service worker's settings replace those a few milliseconds later.
 */
import type { Settings } from '../policy/schema';
import { connectTripwire } from './bridge';
import { createGuardContext } from './guard/guard-context';
import { isActive, selectorsFor, watchSettings } from './settings';
import { reviewItems } from './guard/review-items';
import { flagTypedValues } from './guard/typing';
import { TypingFeedback } from './feedback';
import { FullPath } from './full-path';
import { startGuard } from './guard/guard';
import { Health } from './health';
import { showNotice } from './toast';
import { configureReports, decisionLog, reportDecision } from './report';
import { cancelReview, openReview, reviewFocus } from './review';
import { warmUp } from './assess';
import { isBuiltIn, liveExtraSite, siteForUrl } from '../sites';
import { stats } from './stats';
import { Vault } from './vault';
import { startReplies } from './replies';
import { preloadMessages, t, tCount } from '../platform/i18n';

/** Every key of the locale files, put in at build time (vite.config.ts). */
declare const __VEIL_MESSAGE_KEYS__: readonly string[];

const url = new URL(location.href);
const builtIn = siteForUrl(url);
const marker = globalThis as { __veil?: unknown };

// Off a built-in site this script runs only where the service worker registered it: an admin's
// `extraSites` entry whose origin the user granted (background/extra-sites.ts). Its adapter
// follows the entry once settings arrive. A second injection into the same isolated world must
// not stack a second guard on the first.
if ((builtIn || url.protocol === 'https:') && !marker.__veil) {
  const tripwire = connectTripwire();
  const source = watchSettings();
  const settings = (): Settings => source.current;
  const site = builtIn ?? liveExtraSite(url, () => settings().extraSites, isBuiltIn);
  const vault = new Vault(site.id);
  configureReports({ site: site.id, settings, conversation: () => vault.conversation() });
  startReplies({ site, source, vault }); // before the guard: the AI-use notice's send gate listens first

  const health = new Health({
    siteId: site.id,
    siteName: site.name,
    composerSelectors: () => selectorsFor(site, settings()).composer,
    sendSelectors: () => selectorsFor(site, settings()).sendButton,
    tripwireConnected: () => tripwire.connected,
    tripwireNarrowed: () => tripwire.narrowed,
    active: () => isActive(site, settings()),
    warn: (title, detail) => showNotice('warning', title, detail),
  });

  const full = new FullPath();
  const feedback = new TypingFeedback({
    settings,
    full,
    onScanned: (a, composer) => flagTypedValues(site, settings(), tripwire, a, composer),
    openDetails(a) {
      void openReview({
        title: t('details_title'),
        intro: settings().mode === 'monitor' ? t('details_monitor') : tCount('details_intro', a.flagged.length),
        items: reviewItems(a.flagged),
        allowAnyway: false,
        requireReason: false,
        readOnly: true,
      });
    },
  });

  tripwire.on({
    blocked(via, host) {
      reportDecision({ action: 'blocked', trigger: 'network', detail: `${via}:${host}`.slice(0, 200) });
      showNotice(
        'error',
        t('tripwire_title'),
        t('tripwire_detail', site.name, via === 'websocket' ? 'WebSocket' : via),
      );
    },
    unchecked(via, host) {
      reportDecision({
        action: 'degraded',
        trigger: 'network',
        detail: `unreadable-body:${via}:${host}`.slice(0, 200),
      });
    },
  });

  const policy = { pending: () => source.pending, whenReady: (ms: number) => source.whenReady(ms) };
  startGuard(createGuardContext({ site, settings, tripwire, vault, health, feedback, full, policy }));
  health.start();
  const warm = (): void => {
    // Every message read once, when the page is idle (about 15 ms for all of them): after an
    // extension update this script can no longer reach i18n, yet still speaks the user's language.
    requestIdleCallback(() => preloadMessages(__VEIL_MESSAGE_KEYS__), { timeout: 5000 });
    warmUp(settings, () => (stats.warmedUp = true));
    if (isActive(site, settings())) full.warmUp();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', warm, { once: true });
  else warm();

  const apply = (s: Settings): void => {
    if (!isActive(site, s) || s.mode === 'monitor') {
      tripwire.clear();
      feedback.clear();
      if (!isActive(site, s)) cancelReview();
    }
    health.check();
  };
  source.onChange(apply);

  marker.__veil = { stats, decisionLog, tripwire, health, settings, reviewFocus };
}
