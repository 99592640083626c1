import type { Runtime } from '../platform/browser';
import { siteForUrl } from '../sites';
import type { SenderKind } from '../messages';

/**
 * Who sent a runtime message: one of our content scripts on a supported chat site, one of our own
 * pages (popup, options), or nobody we trust (undefined).
 */
export function senderKind(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  // Our own pages first: the popup or options opened in a tab also carry `sender.tab`.
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return 'extension-page';
  if (!sender.tab) return undefined;
  const url = safeUrl(sender.url);
  return url && siteForUrl(url) ? 'content' : undefined;
}

function safeUrl(raw: string | undefined): URL | undefined {
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
}
