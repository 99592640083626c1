/**
 * Protection health per tab, as each content script reports it (`guard/health`): kept in
 * `storage.session` under `health:<tabId>` so the popup can show "this site: degraded" even after
 * the service worker restarted. Extension pages read the key directly.
 */
import type { GuardHealth } from '../messages';
import { browser, type Runtime } from '../platform/browser';

export const healthKey = (tabId: number): string => `health:${tabId}`;

export interface StoredHealth extends GuardHealth {
  host: string;
  at: number;
}

const REASON = /^[a-z][a-z-]{0,39}$/;
/** A site id: built-in ids, and `extra-<host>` for an admin's site (digits allowed). */
const SITE = /^[a-z][a-z0-9-]{0,39}$/;

export async function recordHealth(request: unknown, sender: Runtime.MessageSender): Promise<null> {
  const r = request as Partial<GuardHealth> | null;
  const tabId = sender.tab?.id;
  if (
    tabId === undefined ||
    typeof r !== 'object' ||
    r === null ||
    typeof r.site !== 'string' ||
    !SITE.test(r.site) ||
    !['ok', 'degraded', 'off'].includes(r.status as string) ||
    !Array.isArray(r.reasons) ||
    r.reasons.length > 10 ||
    !r.reasons.every((x) => typeof x === 'string' && REASON.test(x))
  ) {
    throw new Error('Veil: malformed guard/health report');
  }
  const stored: StoredHealth = {
    site: r.site,
    status: r.status!,
    reasons: r.reasons,
    host: new URL(sender.url ?? 'about:blank').hostname,
    at: Date.now(),
  };
  await browser.storage.session.set({ [healthKey(tabId)]: stored });
  return null;
}

/** Forget a tab's status when it closes (no permission needed for this event). */
export function watchTabsForHealth(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(healthKey(tabId));
  });
}
