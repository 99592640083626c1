import { browser } from '../platform/browser';
import { resolveSettings, type ResolvedSettings } from '../policy/resolve';

const USER_KEY = 'settings';

/** Reads managed policy; browsers without it (or without a schema) answer {} or throw. */
async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

/**
 * Resolved on every call, never cached in a global: the service worker can be stopped at any
 * moment, and a policy change must apply at once.
 */
export async function currentSettings(): Promise<ResolvedSettings> {
  const [local, policy] = await Promise.all([browser.storage.local.get(USER_KEY), readPolicy()]);
  return resolveSettings(local[USER_KEY], policy);
}
