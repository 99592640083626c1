/**
 * The resolved settings, as this tab knows them. Starts from the defaults (enforce, failMode block)
 * so the guard protects from the first keystroke; the background's answer replaces them a few
 * milliseconds later, and again whenever storage changes (a user edit, or managed policy).
 * After an extension reload the last known settings stay in force (see runtime.ts).
 *
 * Until the background has answered with a policy it has read (now, or the last one read), the
 * settings are *pending*: an organisation's policy may exist that the defaults would contradict
 * (`mode: monitor`, `actions.default: block`), so the guard holds sends and pastes (`whenReady`)
 * and this tab keeps asking.
 */
import { browser } from '../platform/browser';
import { DEFAULTS, type Settings } from '../policy/schema';
import { touchesSettings } from '../policy/storage-keys';
import { extraSiteListed, isExtraSiteId, type SiteAdapter } from '../sites';
import { callBackground, isStale } from './runtime';

export interface SettingsSource {
  readonly current: Settings;
  /** True once the background answered at least once. */
  readonly loaded: boolean;
  /** True while a managed policy may exist that this tab has not received. */
  readonly pending: boolean;
  /** Resolves true once settings are not pending, false when `timeoutMs` passes first. */
  whenReady(timeoutMs: number): Promise<boolean>;
  onChange(listener: (settings: Settings) => void): void;
}

/** While pending, the background is asked again this often. */
const ASK_AGAIN_MS = 300;

export function watchSettings(): SettingsSource {
  let current: Settings = DEFAULTS;
  let loaded = false;
  let policyUnread = true;
  const listeners = new Set<(s: Settings) => void>();
  const waiters = new Set<() => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  let again: ReturnType<typeof setTimeout> | undefined;
  const isPending = (): boolean => !loaded || policyUnread;

  const load = async (): Promise<void> => {
    try {
      const resolved = await callBackground('settings/get', null);
      current = resolved.settings;
      loaded = true;
      policyUnread = resolved.policyState === 'unread';
      for (const listener of listeners) listener(current);
    } catch {
      // Background unreachable (starting, or the extension was reloaded): keep what we have.
    }
    if (!isPending()) {
      for (const done of [...waiters]) done();
    } else if (!isStale() && again === undefined) {
      again = setTimeout(() => {
        again = undefined;
        void load();
      }, ASK_AGAIN_MS);
    }
  };

  void load();
  try {
    browser.storage.onChanged.addListener((changes, area) => {
      if (isStale() || !touchesSettings(changes, area)) return;
      clearTimeout(pending);
      pending = setTimeout(() => void load(), 50);
    });
  } catch {
    // No storage events in this context: the settings stay as first loaded.
  }

  return {
    get current() {
      return current;
    },
    get loaded() {
      return loaded;
    },
    get pending() {
      return isPending();
    },
    whenReady(timeoutMs) {
      if (!isPending()) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters.delete(done);
          resolve(!isPending());
        }, timeoutMs);
        waiters.add(done);
      });
    },
    onChange: (listener) => void listeners.add(listener),
  };
}

/** `selectorOverrides[site]` first (admins fix a changed site without waiting for an update), then the built-ins. */
export interface SiteSelectors {
  composer: string[];
  sendButton: string[];
  /** Edit-message boxes and their save controls (adapter only: no policy override yet). */
  editBox: string[];
  saveButton: string[];
}

export function selectorsFor(site: SiteAdapter, settings: Settings): SiteSelectors {
  const override = settings.selectorOverrides[site.id];
  return {
    composer: [...(override?.composer ?? []), ...site.selectors.composer],
    sendButton: [...(override?.sendButton ?? []), ...site.selectors.sendButton],
    editBox: [...(site.selectors.editBox ?? [])],
    saveButton: [...(site.selectors.saveButton ?? [])],
  };
}

/**
 * Veil acts on this page: on, and the site not switched off. An admin's extra site also needs its
 * entry in the settings; until the background answers (the defaults are still in force) it counts
 * as listed, so the guard holds sends for the policy wait instead of letting them pass.
 */
export const isActive = (site: SiteAdapter, settings: Settings): boolean =>
  settings.enabled && !settings.disabledSites.includes(site.id) && (!isExtraSiteId(site.id) || listed(site, settings));

const listed = (site: SiteAdapter, settings: Settings): boolean =>
  settings === DEFAULTS || extraSiteListed(site.firstPartyHosts[0] ?? '', settings.extraSites);
