/**
 * Guards the admin's `extraSites`: keeps `scripting.registerContentScripts` equal to the entries
 * whose origin the user granted (options page, one `permissions.request` for exactly those origins).
 * Re-synced when the worker installs or starts, when settings or policy change, and when access is
 * granted or withdrawn; a tab already open on the site is guarded from its next load.
 */
import { extraOrigins, isBuiltIn, parseExtraSites } from '../sites';
import { browser } from '../platform/browser';
import { EXTRA_SCRIPT_PREFIX, plannedScripts, sameScripts, type ManifestContentScript } from './extra-scripts';
import { touchesSettings } from '../policy/storage-keys';
import { currentSettings } from './settings';

async function grantedOrigins(origins: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin);
  }
  return granted;
}

async function sync(): Promise<void> {
  const { settings, policyState } = await currentSettings();
  // Policy not read yet (first start): the entries are unknown, not gone; the read's stamp re-syncs.
  if (policyState === 'unread') return;
  const origins = extraOrigins(parseExtraSites(settings.extraSites, isBuiltIn));
  const manifestScripts = (browser.runtime.getManifest().content_scripts ?? []) as ManifestContentScript[];
  const planned = plannedScripts(await grantedOrigins(origins), manifestScripts);
  const registered = await browser.scripting.getRegisteredContentScripts();
  if (sameScripts(registered, planned)) return;
  const ours = registered.filter((s) => s.id.startsWith(EXTRA_SCRIPT_PREFIX)).map((s) => s.id);
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  // One at a time, in the plan's order: the tripwire is registered (and injected) before the guard.
  for (const script of planned) await browser.scripting.registerContentScripts([script]);
}

let queue: Promise<void> = Promise.resolve();
let debounce: ReturnType<typeof setTimeout> | undefined;

/** One sync at a time, in order: two overlapping ones would both try to register the same ids. */
export function syncExtraSites(): Promise<void> {
  queue = queue.then(sync).catch((error: unknown) => console.warn('Veil: extra sites not registered', error));
  return queue;
}

/** Registers the listeners (synchronously, at the worker's top level). */
export function watchExtraSites(): void {
  const later = (): void => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void syncExtraSites(), 100);
  };
  browser.runtime.onInstalled.addListener(later);
  browser.runtime.onStartup.addListener(later);
  browser.permissions.onAdded.addListener(later);
  browser.permissions.onRemoved.addListener(later);
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSettings(changes, area)) later();
  });
}
