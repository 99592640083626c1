/**
 * Shadow-AI blocking: hosts in `blockedSites` are blocked with declarativeNetRequest dynamic rules
 * (the `declarativeNetRequest` permission blocks without any host permission), and the browser's
 * "blocked by an extension" error page is then swapped for Veil's page naming the approved tool.
 * Redirecting straight to our page would need host permissions for every blocked host, which an
 * admin-supplied list cannot be known in advance for; `webNavigation` sees the error instead.
 */
import { browser, type DeclarativeNetRequest } from '../platform/browser';
import type { Settings } from '../policy/schema';
import { AI_TOOLS } from '../sites/catalog';
import { aiToolRules, BLOCKED_SITES_PRIORITY } from './ai-tool-rules';

type Rule = DeclarativeNetRequest.Rule;

/** `*.example.com` and `example.com` both block the domain and its subdomains. */
export function hostOf(pattern: string): string | undefined {
  const host = pattern.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) ? host : undefined;
}

export function blockRules(blockedSites: readonly string[]): Rule[] {
  const hosts = [...new Set(blockedSites.map(hostOf).filter((h): h is string => h !== undefined))];
  return hosts.map((host, i) => ({
    id: i + 1,
    // Above every aiTools rule: a blockedSites host stays blocked whatever aiTools allows.
    priority: BLOCKED_SITES_PRIORITY,
    action: { type: 'block' },
    condition: {
      requestDomains: [host],
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  }));
}

/** The dynamic rules for `blockedSites` and `aiTools` (ids from 1, blockedSites first). */
export function dynamicRules(
  settings: Pick<Settings, 'blockedSites' | 'aiTools'>,
  continuedToolIds: ReadonlySet<string>,
): Rule[] {
  const sites = blockRules(settings.blockedSites);
  const tools = aiToolRules(settings.aiTools, AI_TOOLS, continuedToolIds);
  return [...sites, ...tools.map((rule, i) => ({ ...rule, id: sites.length + i + 1 }))];
}

/** Replaces every dynamic rule with the ones the current settings ask for. */
export async function applyBlockRules(
  settings: Pick<Settings, 'blockedSites' | 'aiTools' | 'enabled'>,
  continuedToolIds: ReadonlySet<string> = new Set(),
): Promise<number> {
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  const rules = settings.enabled ? dynamicRules(settings, continuedToolIds) : [];
  await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds: existing.map((r) => r.id), addRules: rules });
  return rules.length;
}

/** Whether a URL's host is one the settings block (same rule as the DNR condition). */
export function isBlockedUrl(url: string, blockedSites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return blockedSites
    .map(hostOf)
    .some((blocked) => blocked !== undefined && (host === blocked || host.endsWith(`.${blocked}`)));
}

export const blockPageUrl = (url: string, toolId?: string): string =>
  `${browser.runtime.getURL('src/ui/blocked/index.html')}?host=${encodeURIComponent(new URL(url).hostname)}${
    toolId ? `&tool=${encodeURIComponent(toolId)}` : ''
  }`;
