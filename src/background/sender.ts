import type { Runtime } from '../platform/browser';
import { siteForUrl } from '../content/sites';
import type { SenderKind } from '../messages';

/**
 * Who sent a runtime message: one of our content scripts on a supported chat site, one of our own
 * pages (popup, options), or nobody we trust (undefined).
 */
export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.tab) {
    const url = safeUrl(sender.url ?? sender.tab.url);
    return url && siteForUrl(url) ? 'content' : undefined;
  }
  return sender.url?.startsWith(extensionOrigin) ? 'extension-page' : undefined;
}

function safeUrl(raw: string | undefined): URL | undefined {
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
}
