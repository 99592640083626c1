/**
 * Images in AI replies that would leak data are stopped by the browser's network layer, with
 * declarativeNetRequest SESSION rules (the `declarativeNetRequest` permission blocks without any
 * host permission; session rules are separate from blocking.ts's dynamic rules, which that module
 * replaces wholesale). A content script cannot do this: the browser starts an image's fetch before
 * any MutationObserver callback sees the <img> (measured; see src/content/replies/urls.ts).
 *
 * Two families:
 *  - per site (ids 1..99): an image requested by the chat page from a third-party host with data
 *    in its query (`QUERY_DATA_SOURCE`) is blocked;
 *  - per tab (ids from 1000): when the guard redacts values in a tab (`vault/redact`), every
 *    request from that tab whose URL carries one of them (as written, percent-, form- or
 *    base64-encoded) is blocked, whatever its type, except top-level navigations. The rules are
 *    added before the redacted text goes back to the page, so they exist before any reply.
 * Session rules live in the browser's memory only (like `storage.session`), are readable by Veil
 * alone, and go when the tab closes or the browser quits.
 */
import type { VaultRedactRequest } from '../messages';
import { browser, type DeclarativeNetRequest, type Runtime } from '../platform/browser';
import type { Settings } from '../policy/schema';
import { touchesSettings } from '../policy/storage-keys';
import { QUERY_DATA_SOURCE, valueFilters } from '../exfil/urls';
import { SITES } from '../sites';
import { currentSettings } from './settings';

type Rule = DeclarativeNetRequest.Rule;

const SITE_RULE_MAX = 99;
export const VALUE_RULE_BASE = 1000;
/** Rules kept per tab (the oldest go first) and in all (Chrome allows 5,000 session rules). */
export const MAX_RULES_PER_TAB = 400;
export const MAX_VALUE_RULES = 4000;

const hostsOf = (matches: readonly string[]): string[] => [
  ...new Set(matches.map((m) => /^https:\/\/([^/]+)\//.exec(m)?.[1]).filter((h): h is string => !!h)),
];

/** One rule per site Veil is active on: third-party images with data in the query are blocked. */
export function siteImageRules(settings: Pick<Settings, 'enabled' | 'disabledSites'>): Rule[] {
  if (!settings.enabled) return [];
  return SITES.filter((site) => !settings.disabledSites.includes(site.id))
    .slice(0, SITE_RULE_MAX)
    .map((site, i) => {
      const hosts = hostsOf(site.matches);
      return {
        id: i + 1,
        priority: 1,
        action: { type: 'block' },
        condition: {
          regexFilter: QUERY_DATA_SOURCE,
          resourceTypes: ['image'],
          initiatorDomains: hosts,
          excludedRequestDomains: [...new Set([...hosts, ...site.firstPartyHosts])],
        },
      } satisfies Rule;
    });
}

/** Rules blocking requests from `tabId` whose URL carries one of `values`; `ids` supplies fresh ids. */
export function valueRules(values: readonly string[], tabId: number, ids: () => number): Rule[] {
  const filters = new Map<string, boolean>();
  for (const v of values) for (const f of valueFilters(v)) filters.set(f.filter, f.caseSensitive);
  return [...filters].map(([urlFilter, caseSensitive]) => ({
    id: ids(),
    priority: 2,
    action: { type: 'block' },
    // No resourceTypes: every type except main_frame (a link the user opens is theirs to open).
    condition: { urlFilter, isUrlFilterCaseSensitive: caseSensitive, tabIds: [tabId] },
  }));
}

/**
 * The settings, or a rejection after `ms`: right after a fresh install Chromium's managed-storage
 * read may never answer (measured here: a call made during start-up hung, the same call a second
 * later answered at once).
 */
function settingsSoon(ms = 2000): ReturnType<typeof currentSettings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    currentSettings(),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('settings read timed out')), ms))),
  ]).finally(() => clearTimeout(timer));
}

// One update at a time: ids are allocated from what is there.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

const dnr = (): typeof browser.declarativeNetRequest | undefined =>
  (browser as { declarativeNetRequest?: typeof browser.declarativeNetRequest }).declarativeNetRequest;

export function applySiteImageRules(settings: Pick<Settings, 'enabled' | 'disabledSites'>): Promise<number> {
  return serialised(async () => {
    const api = dnr();
    if (!api?.updateSessionRules) return 0;
    const existing = await api.getSessionRules();
    const rules = siteImageRules(settings);
    await api.updateSessionRules({
      removeRuleIds: existing.filter((r) => r.id <= SITE_RULE_MAX).map((r) => r.id),
      addRules: rules,
    });
    return rules.length;
  });
}

async function removeValueRules(which: (rule: Rule) => boolean): Promise<void> {
  const api = dnr();
  if (!api?.updateSessionRules) return;
  const existing = await api.getSessionRules();
  const gone = existing.filter((r) => r.id >= VALUE_RULE_BASE && which(r)).map((r) => r.id);
  if (gone.length) await api.updateSessionRules({ removeRuleIds: gone });
}

/**
 * Called after a successful `vault/redact`: blocks the redacted values in URLs from the sending tab.
 * Never throws (a rule the browser refuses must not fail the redaction); resolves once the rules
 * are in force.
 */
export function guardRedactedValues(request: VaultRedactRequest, sender: Runtime.MessageSender): Promise<number> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return Promise.resolve(0);
  const values = request.spans.map((s) => request.text.slice(s.start, s.end));
  return serialised(async () => {
    const api = dnr();
    if (!api?.updateSessionRules) return 0;
    const existing = await api.getSessionRules();
    const mine = existing.filter((r) => r.id >= VALUE_RULE_BASE && r.condition.tabIds?.includes(tabId));
    const known = new Set(mine.map((r) => r.condition.urlFilter));
    const used = new Set(existing.map((r) => r.id));
    let next = VALUE_RULE_BASE;
    const ids = (): number => {
      while (used.has(next)) next++;
      used.add(next);
      return next;
    };
    const fresh = valueRules(values, tabId, ids).filter((r) => !known.has(r.condition.urlFilter));
    if (fresh.length === 0) return 0;
    // Room: the tab's oldest rules go first, then anyone's oldest.
    const all = existing.filter((r) => r.id >= VALUE_RULE_BASE);
    const drop = new Set<number>();
    const tabExcess = mine.length + fresh.length - MAX_RULES_PER_TAB;
    for (const r of mine.slice(0, Math.max(0, tabExcess))) drop.add(r.id);
    const totalExcess = all.length - drop.size + fresh.length - MAX_VALUE_RULES;
    for (const r of all.filter((x) => !drop.has(x.id)).slice(0, Math.max(0, totalExcess))) drop.add(r.id);
    try {
      await api.updateSessionRules({ removeRuleIds: [...drop], addRules: fresh.slice(0, MAX_RULES_PER_TAB) });
      return fresh.length;
    } catch (error) {
      console.warn('Veil: could not add URL rules for redacted values', error);
      return 0;
    }
  }).catch(() => 0);
}

/** Registers the listeners; call synchronously from the service worker's top level. */
export function startExfilRules(): void {
  const refresh = async (): Promise<void> => {
    const { settings } = await settingsSoon();
    await applySiteImageRules(settings).catch((error: unknown) => {
      console.warn('Veil: the browser refused the image rules', error);
    });
    if (!settings.enabled) await serialised(() => removeValueRules(() => true));
  };
  /** Until it succeeds, a few times: right after install the settings read can hang (measured). */
  const refreshWithRetry = async (attempt = 0): Promise<void> => {
    try {
      await refresh();
    } catch {
      if (attempt < 6) setTimeout(() => void refreshWithRetry(attempt + 1), 1000 * (attempt + 1));
    }
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSettings(changes, area)) void refreshWithRetry();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void serialised(() => removeValueRules((r) => r.condition.tabIds?.includes(tabId) ?? false)).catch(() => undefined);
  });
  // Session rules survive a worker restart but not a browser restart or an update: apply on every
  // worker start, at browser start-up and after an install or update.
  browser.runtime.onInstalled.addListener(() => void refreshWithRetry());
  browser.runtime.onStartup.addListener(() => void refreshWithRetry());
  void refreshWithRetry();
}
