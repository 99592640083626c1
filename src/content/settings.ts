/**
 * The resolved settings, as this tab knows them. Starts from the defaults (enforce, failMode block)
 * so the guard protects from the first keystroke; the background's answer replaces them a few
 * milliseconds later, and again whenever storage changes (a user edit, or managed policy).
 * After an extension reload the last known settings stay in force (see runtime.ts).
 */
import { browser } from '../platform/browser';
import { DEFAULTS, type Settings } from '../policy/schema';
import type { SiteAdapter } from '../sites';
import { callBackground, isStale } from './runtime';

export interface SettingsSource {
  readonly current: Settings;
  /** True once the background answered at least once. */
  readonly loaded: boolean;
  onChange(listener: (settings: Settings) => void): void;
}

export function watchSettings(): SettingsSource {
  let current: Settings = DEFAULTS;
  let loaded = false;
  const listeners = new Set<(s: Settings) => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;

  const load = async (): Promise<void> => {
    try {
      const { settings } = await callBackground('settings/get', null);
      current = settings;
      loaded = true;
      for (const listener of listeners) listener(current);
    } catch {
      // Background unreachable (starting, or the extension was reloaded): keep what we have.
    }
  };

  void load();
  try {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (isStale() || (area !== 'local' && area !== 'managed')) return;
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

/** Veil acts on this page: on, and the site not switched off. */
export const isActive = (site: SiteAdapter, settings: Settings): boolean =>
  settings.enabled && !settings.disabledSites.includes(site.id);
