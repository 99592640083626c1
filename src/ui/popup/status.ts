/** The popup's one-line answer to "is this page protected?", from the settings and the tab's health. */
import type { GuardHealth } from '../../messages';
import { isLocked, type ResolvedSettings } from '../../policy/resolve';

export interface SiteRef {
  id: string;
  name: string;
}

export type SiteStatus =
  | { kind: 'loading' }
  | { kind: 'not-chat-site' }
  | { kind: 'off'; byPolicy: boolean }
  | { kind: 'site-off'; byPolicy: boolean; site: SiteRef }
  /** `unprotected`: the message box or its send control is not found, so sends there are not guarded. */
  | { kind: 'degraded'; site: SiteRef; detail: string; reasons: string[]; unprotected: boolean }
  | { kind: 'monitor'; site: SiteRef }
  | { kind: 'protected'; site: SiteRef };

/** Health reasons that leave the page's sends unguarded (the popup says "not protected here"). */
const NOT_PROTECTED = new Set(['composer-not-found', 'send-button-not-found']);

/** storage.session key where the background keeps each tab's guard health (see src/background/health.ts). */
export const healthKey = (tabId: number): string => `health:${tabId}`;

/**
 * `site` is undefined while the tab is being looked up, null when the tab is not a chat site.
 * `health` is what the tab's content script last reported (`guard/health`), if anything.
 */
export function siteStatus(
  resolved: ResolvedSettings | undefined,
  site: SiteRef | null | undefined,
  health: Pick<GuardHealth, 'status' | 'reasons'> | undefined,
): SiteStatus {
  if (!resolved || site === undefined) return { kind: 'loading' };
  const { settings } = resolved;
  if (!settings.enabled) return { kind: 'off', byPolicy: isLocked(resolved, 'enabled') };
  if (site === null) return { kind: 'not-chat-site' };
  if (settings.disabledSites.includes(site.id)) {
    return { kind: 'site-off', byPolicy: isLocked(resolved, 'disabledSites'), site };
  }
  if (health?.status === 'degraded') {
    const { reasons } = health;
    const unprotected = reasons.some((r) => NOT_PROTECTED.has(r));
    return { kind: 'degraded', site, detail: reasons.join(', '), reasons, unprotected };
  }
  return settings.mode === 'monitor' ? { kind: 'monitor', site } : { kind: 'protected', site };
}

/** The `data-status` attribute value (tests and CSS read it). */
export function statusAttr(s: SiteStatus): string {
  return s.kind === 'site-off' ? 'off' : s.kind;
}
