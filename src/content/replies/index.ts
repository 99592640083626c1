/**
 * Everything Veil does around AI replies, started with one call from the content-script entry
 * (before the guard, so the AI-use notice's send gate is the first listener on the page):
 *  - a disclaimer after every finished reply (disclaimer.ts),
 *  - the AI-use notice and its acknowledgement gate (notice.ts),
 *  - placeholders shown as the user's own values, in closed shadow roots (restore.ts),
 *  - risky links and images flagged, such images not loaded (risk.ts, with the background's
 *    network rules in src/background/exfil.ts).
 * One MutationObserver (observer.ts) finds replies and says when each has finished streaming.
 */
import type { SiteAdapter } from '../../sites';
import type { Vault } from '../vault';
import { isActive, selectorsFor, type SettingsSource } from '../settings';
import { showNotice } from '../toast';
import { callBackground } from '../runtime';
import { AfterReply } from './disclaimer';
import { AiNotice } from './ai-notice';
import { ReplyWatcher, type WatcherStats } from './observer';
import { Restorer } from './restore';
import { RiskFlags } from './risk';
import { t } from '../../platform/i18n';

export { sendAllowed } from './ai-notice';

export interface RepliesDeps {
  site: SiteAdapter;
  source: SettingsSource;
  vault: Pick<Vault, 'conversation' | 'lastRedact'>;
}

/** A reply counts as finished after this long without a change (and no streaming sign). */
export const QUIET_MS = 500;
/** A chat that got its URL within this long of a send keeps that send's placeholders (as the vault does). */
const INHERIT_MS = 60_000;

export interface RepliesApi {
  stats(): { disclaimers: number; restored: number; observer: WatcherStats };
  notice: AiNotice;
}

export function startReplies(deps: RepliesDeps): RepliesApi {
  const { site, source, vault } = deps;
  const active = (): boolean => isActive(site, source.current);

  // Conversation tracking for lookups: the vault keys placeholders by site + path, and a new chat
  // moves from `/` to `/c/<id>` after its first message.
  let conversation = vault.conversation();
  let since = Date.now();
  const currentConversation = (): { conversation: string; inherit?: string } => {
    const now = vault.conversation();
    if (now !== conversation) {
      conversation = now;
      since = Date.now();
    }
    // Only a conversation this document redacted into (the background checks the tab, too).
    const lastSend = vault.lastRedact();
    const inherit =
      lastSend && lastSend.conversation !== conversation && since - lastSend.at < INHERIT_MS
        ? lastSend.conversation
        : undefined;
    return inherit ? { conversation, inherit } : { conversation };
  };
  /** placeholder → value, per conversation; this isolated world's memory only. */
  const known = new Map<string, Map<string, string>>();

  // (`watcher` is created below; these run only once it exists.)
  const quietly = <T>(work: () => T): T => watcher.quietly(work);

  const after = new AfterReply({ settings: () => source.current, quietly });
  const restorer = new Restorer({ quietly });
  const risk = new RiskFlags({
    firstPartyHosts: site.firstPartyHosts,
    quietly,
    notify: (title, detail) => showNotice('warning', title, detail),
  });
  const notice = new AiNotice({
    siteName: site.name,
    settings: () => source.current,
    loaded: () => source.loaded,
    active,
    composerSelectors: () => selectorsFor(site, source.current).composer,
    sendSelectors: () => selectorsFor(site, source.current).sendButton,
  });

  const warnings = (reply: HTMLElement): void => after.warn(reply, t('risk_warning_title'), risk.linesFor(reply));

  function finished(reply: HTMLElement): void {
    if (!active()) return;
    after.disclaim(reply);
    const { conversation: conv, inherit } = currentConversation();
    const values = known.get(conv) ?? new Map<string, string>();
    known.set(conv, values);
    const placeholders = restorer.placeholdersIn(reply);
    const candidates = risk.candidates(reply);
    risk.checkLocal(candidates);
    restorer.apply(reply, values);
    warnings(reply);
    const missing = placeholders.filter((p) => !values.has(p)).slice(0, 500);
    if (missing.length === 0 && candidates.length === 0) return;
    callBackground('vault/lookup', {
      conversation: conv,
      ...(inherit ? { inherit } : {}),
      placeholders: missing,
      urls: candidates.map((c) => c.url),
    })
      .then((answer) => {
        for (const [p, v] of Object.entries(answer.values)) values.set(p, v);
        if (!reply.isConnected || !active()) return;
        restorer.apply(reply, values);
        risk.checkRemote(candidates, answer.urlTypes);
        warnings(reply);
      })
      .catch(() => {
        // Background unreachable: the placeholders stay as they are; the network rules still hold.
      });
  }

  const watcher: ReplyWatcher = new ReplyWatcher({
    streaming: site.streaming,
    selectors: () => replySelectors(site, source.current),
    quietMs: QUIET_MS,
    onFinal: finished,
    onImage: (img) => {
      if (active()) risk.onImage(img);
    },
    onOursRemoved: (el) => {
      const reply = after.ownerOf(el);
      if (reply?.isConnected) watcher.touch(reply);
    },
    onSweep: () => {
      after.sweep();
      restorer.sweep();
    },
  });

  // Listeners first (document_start, before the guard's and any page script's).
  notice.start();
  window.addEventListener('copy', restorer.onCopy, true);
  window.addEventListener('keydown', restorer.onCopyIntent, true);
  window.addEventListener('contextmenu', restorer.onCopyIntent, true);
  window.addEventListener('click', risk.onClick, true);
  window.addEventListener('auxclick', risk.onClick, true); // middle click: a new tab is still a visit
  watcher.start();

  let last = '';
  source.onChange((s) => {
    const key = JSON.stringify([
      isActive(site, s),
      s.showDisclaimer,
      s.disclaimerText,
      s.disclaimerLinkUrl,
      s.selectorOverrides[site.id]?.reply ?? [],
    ]);
    notice.update();
    if (key === last) return;
    last = key;
    if (!isActive(site, s)) {
      after.clear();
      restorer.clear();
      return;
    }
    after.refresh();
    watcher.rescan();
  });

  const api: RepliesApi = {
    stats: () => ({ disclaimers: after.disclaimed, restored: restorer.count, observer: { ...watcher.stats } }),
    notice,
  };
  // For tests, in this isolated world only (page scripts cannot reach it).
  (globalThis as { __veilReplies?: RepliesApi }).__veilReplies = api;
  return api;
}

/** Admin overrides first, then the adapter's (current first). */
export function replySelectors(site: SiteAdapter, s: SettingsSource['current']): readonly string[] {
  const override = s.selectorOverrides[site.id]?.reply ?? NONE;
  return cached(site.id, override, site.selectors.reply);
}

const NONE: readonly string[] = [];
let memo: { id: string; override: readonly string[]; list: readonly string[] } | undefined;
function cached(id: string, override: readonly string[], builtIn: readonly string[]): readonly string[] {
  if (memo && memo.id === id && memo.override === override) return memo.list;
  memo = { id, override, list: [...override, ...builtIn] };
  return memo.list;
}
