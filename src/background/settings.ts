import { browser } from '../platform/browser';
import { DETECTOR_CHECKS } from '../policy/checks';
import { isLocked, resolveSettings, type ResolvedSettings, type SetResult } from '../policy/resolve';
import { MANAGED_ONLY_KEYS, SETTING_KEYS, type Settings } from '../policy/schema';
import { isPlainObject } from '../shared/objects';

/** storage.local key holding only the user's own values (a diff from the defaults). */
const USER_KEY = 'settings';

/** storage.local key with the last managed policy read (JSON); also the cue that policy changed. */
export const POLICY_STAMP = 'policyStamp';

const TIMEOUT = Symbol('timeout');
const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> =>
  Promise.race([promise, new Promise<typeof TIMEOUT>((resolve) => setTimeout(() => resolve(TIMEOUT), ms))]);

/**
 * Reads managed policy. Browsers without it (or without a schema) answer {} or throw. Chromium's
 * `storage.managed.get()` can also never answer while the worker first starts after install
 * (observed 2026-11, Chromium 156; the same call a few seconds later answers): retry, then fall
 * back to the last policy read rather than to no policy at all.
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await withTimeout(
      browser.storage.managed.get().catch(() => ({})),
      400,
    );
    if (result !== TIMEOUT) return result;
  }
  const last = (await browser.storage.local.get(POLICY_STAMP))[POLICY_STAMP];
  try {
    return typeof last === 'string' ? (JSON.parse(last) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function readUser(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.local.get(USER_KEY))[USER_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
}

/**
 * Resolved on every call, never cached in a global: the service worker can be stopped at any
 * moment, and a policy change must apply at once.
 */
export async function currentSettings(): Promise<ResolvedSettings> {
  const [user, policy] = await Promise.all([readUser(), readPolicy()]);
  return resolveSettings(user, policy, DETECTOR_CHECKS);
}

/**
 * Saves the user's own values. Keys (or map entries) locked by policy are refused, whatever the
 * caller sends; unknown keys are dropped by the resolver's validation on the next read.
 */
export async function updateUserSettings(values: Partial<Settings>): Promise<SetResult> {
  const before = await currentSettings();
  const user = await readUser();
  const refused: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      if ((MANAGED_ONLY_KEYS as string[]).includes(key)) refused.push(key);
      continue;
    }
    if (isPlainObject(value) && (key === 'actions' || key === 'selectorOverrides')) {
      const allowed = Object.fromEntries(
        Object.entries(value).filter(([entry]) => {
          const ok = !isLocked(before, `${key}.${entry}`);
          if (!ok) refused.push(`${key}.${entry}`);
          return ok;
        }),
      );
      user[key] = allowed;
    } else if (isLocked(before, key)) {
      refused.push(key);
    } else {
      user[key] = value;
    }
  }
  await browser.storage.local.set({ [USER_KEY]: user });
  return { resolved: await currentSettings(), refused };
}

/** Forgets every user value (policy values stay). */
export async function resetUserSettings(): Promise<ResolvedSettings> {
  await browser.storage.local.remove(USER_KEY);
  return currentSettings();
}
