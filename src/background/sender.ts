import type { Runtime } from '../platform/browser';
import { siteForUrl, siteForUrlWith, type ExtraSiteEntry } from '../sites';
import type { SenderKind } from '../messages';

/**
 * Who sent a runtime message: one of our content scripts on a supported chat site (built in, or an
 * admin's `extraSites` entry), one of our own pages (popup, options), or nobody we trust (undefined).
 */
export function senderKind(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  extraSites: readonly ExtraSiteEntry[] = [],
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  // Our own pages first: the popup or options opened in a tab also carry `sender.tab`.
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return 'extension-page';
  if (!sender.tab) return undefined;
  const url = safeUrl(sender.url);
  return url && siteForUrlWith(url, extraSites) ? 'content' : undefined;
}

/** A tab that is not a built-in site: only the settings' `extraSites` can make it a content sender. */
export function mayBeExtraSite(sender: Runtime.MessageSender): boolean {
  const url = safeUrl(sender.url);
  return sender.tab !== undefined && url !== undefined && url.protocol === 'https:' && !siteForUrl(url);
}

function safeUrl(raw: string | undefined): URL | undefined {
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
}
