/**
 * Talking to the background from a content script that may outlive its extension.
 *
 * When Veil is reloaded or updated, Chrome does not re-inject content scripts into open tabs: the
 * old script keeps running with its listeners, but every extension API call fails ("Extension
 * context invalidated"). Such a *stale* script keeps guarding with what it has (the detector is
 * local, settings and placeholders are cached in memory) and tells the user once that the page
 * needs a reload for the new version. Nothing here throws at a caller because the background is gone.
 */
import type { MessageType, Protocol } from '../messages';
import { browser } from '../platform/browser';
import { sendMessage } from '../platform/messaging';

let stale = false;
const staleListeners = new Set<() => void>();

/** True once the extension context is gone (reloaded, updated, disabled). */
export function isStale(): boolean {
  if (stale) return true;
  let id: string | undefined;
  try {
    id = browser.runtime?.id;
  } catch {
    id = undefined;
  }
  if (!id) markStale();
  return stale;
}

function markStale(): void {
  if (stale) return;
  stale = true;
  for (const listener of staleListeners) listener();
}

export function onStale(listener: () => void): void {
  staleListeners.add(listener);
}

const isInvalidated = (error: unknown): boolean => /context invalidated|Extension context/i.test(String(error));

export class BackgroundUnavailable extends Error {}

/**
 * Sends a typed message; rejects with BackgroundUnavailable when the context is gone or the answer
 * does not come within `timeoutMs` (a service worker that is starting answers in well under that).
 */
export async function callBackground<K extends MessageType>(
  type: K,
  payload: Protocol[K]['request'],
  timeoutMs = 3000,
): Promise<Protocol[K]['response']> {
  if (isStale()) throw new BackgroundUnavailable('extension context invalidated');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackgroundUnavailable(`no answer to ${type} in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([sendMessage(type, payload), timeout]);
  } catch (error) {
    if (isInvalidated(error)) {
      markStale();
      throw new BackgroundUnavailable('extension context invalidated');
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
