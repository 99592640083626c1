// Content script entry, ISOLATED world, document_start. The tripwire handshake happens first (it is
// only accepted during this synchronous start-up, before any page script exists), then the guard's
// listeners go on; both protect from the first keystroke with the default settings, and the
// background's settings replace those a few milliseconds later.
import type { Settings } from '../policy/schema';
import { connectTripwire } from './bridge';
import { closestMatch } from './dom';
import { isActive, reviewItems, selectorsFor, tripwireValues, type GuardContext } from './context';
import { TypingFeedback } from './feedback';
import { FullPath } from './full';
import { startGuard } from './guard';
import { Health } from './health';
import { showNotice } from './notice';
import { configureReports, decisionLog, reportDecision } from './report';
import { cancelReview, openReview, reviewFocus } from './review';
import { warmUp } from './scan';
import { watchSettings } from './settings';
import { siteForUrl } from '../sites';
import { stats } from './stats';
import { Vault } from './vault';
import { startReplies } from './replies';
import { preloadMessages, t, tCount } from '../platform/i18n';

/** Every key of the locale files, put in at build time (vite.config.ts). */
declare const __VEIL_MESSAGE_KEYS__: readonly string[];

const site = siteForUrl(new URL(location.href));
const marker = globalThis as { __veil?: unknown };

// A second injection into the same isolated world (never by the manifest; by a future re-inject)
// must not stack a second guard on the first.
if (site && !marker.__veil) {
  const tripwire = connectTripwire();
  const source = watchSettings();
  const settings = (): Settings => source.current;
  const vault = new Vault(site.id);
  configureReports({ site: site.id, settings, conversation: () => vault.conversation() });
  startReplies({ site, source, vault }); // before the guard: the AI-use notice's send gate listens first

  const health = new Health({
    siteId: site.id,
    siteName: site.name,
    composerSelectors: () => selectorsFor(site, settings()).composer,
    sendSelectors: () => selectorsFor(site, settings()).sendButton,
    tripwireConnected: () => tripwire.connected,
    active: () => isActive(site, settings()),
    warn: (title, detail) => showNotice('warning', title, detail),
  });

  const full = new FullPath();
  const feedback = new TypingFeedback({
    settings,
    full,
    onScanned(a, composer) {
      const s = settings();
      if (!isActive(site, s) || s.mode === 'monitor' || a.flagged.length === 0) return;
      // An editor the adapter does not know (degraded): flag only when failing closed, or the
      // tripwire would block what failMode "allow" lets through.
      const known = closestMatch(composer, selectorsFor(site, s).composer) !== null;
      if (known || s.failMode === 'block') tripwire.flag(tripwireValues(a.flagged));
    },
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

  const ctx: GuardContext = { site, settings, tripwire, vault, health, feedback, full };
  startGuard(ctx);
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
