import { browser } from '../platform/browser';
import { DETECTOR_CHECKS } from '../policy/checks';
import { isLocked, resolveSettings, type ResolvedSettings, type SetResult } from '../policy/resolve';
import { SETTING_KEYS, type Settings } from '../policy/schema';

/** storage.local key holding only the user's own values (a diff from the defaults). */
const USER_KEY = 'settings';

/** Reads managed policy; browsers without it (or without a schema) answer {} or throw. */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get();
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
    if (!(SETTING_KEYS as string[]).includes(key)) continue;
    if (isObjectMap(value) && (key === 'actions' || key === 'selectorOverrides')) {
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

const isObjectMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
