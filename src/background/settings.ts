import { browser } from '../platform/browser';
import { DETECTOR_CHECKS } from '../policy/checks';
import { refusedPaths, resolveSettings, type ResolvedSettings, type SetResult } from '../policy/resolve';
import { MANAGED_ONLY_KEYS, SETTING_KEYS, SPEC, type SettingKey, type Settings } from '../policy/schema';
import { isPlainObject } from '../shared/objects';
import { POLICY_STAMP_KEY, USER_SETTINGS_KEY } from '../policy/storage-keys';

/** storage.local key holding only the user's own values (a diff from the defaults). */
const USER_KEY = USER_SETTINGS_KEY;

/**
 * storage.local key with the last managed policy read (JSON). Kept so that a later start, when the
 * browser has not handed policy over yet, applies it at once; writing it is also every context's
 * cue that policy changed.
 */
const POLICY_STAMP = POLICY_STAMP_KEY;

const TIMEOUT = Symbol('timeout');
const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> =>
  Promise.race([promise, new Promise<typeof TIMEOUT>((resolve) => setTimeout(() => resolve(TIMEOUT), ms))]);

/**
 * Where the policy in force came from: `read` from the browser now; `cached`, the last one read,
 * while the browser has not answered yet; `unread`, nothing yet (the first start after install):
 * a policy may exist, so content scripts hold sends and pastes until it is read or their bounded
 * wait ends (content/settings.ts).
 */
export type PolicyState = 'read' | 'cached' | 'unread';

/** How long one read waits for the browser before the cached policy stands in. */
const READ_WAIT_MS = 400;
/** While the browser does not answer, it is asked again this often (in this worker's lifetime). */
const RETRY_MS = 1000;
let retrying: ReturnType<typeof setTimeout> | undefined;

/** Stores a fresh read; a changed policy is every context's cue (storage.onChanged) to re-resolve. */
async function keep(policy: Record<string, unknown>): Promise<void> {
  const stamp = JSON.stringify(policy);
  const previous = (await browser.storage.local.get(POLICY_STAMP))[POLICY_STAMP];
  if (previous !== stamp) await browser.storage.local.set({ [POLICY_STAMP]: stamp });
}

async function lastRead(): Promise<Record<string, unknown> | undefined> {
  const last = (await browser.storage.local.get(POLICY_STAMP))[POLICY_STAMP];
  try {
    return typeof last === 'string' ? (JSON.parse(last) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps asking the browser until it answers; the answer is kept (and so announced). */
function retryInBackground(): void {
  if (retrying !== undefined) return;
  retrying = setTimeout(() => {
    void withTimeout(managed(), RETRY_MS * 5).then(async (result) => {
      retrying = undefined;
      if (result === TIMEOUT) retryInBackground();
      else await keep(result);
    });
  }, RETRY_MS);
}

/** Browsers without managed storage (or without a schema) answer {} or throw: no policy. */
const managed = (): Promise<Record<string, unknown>> => browser.storage.managed.get().catch(() => ({}));

/**
 * Reads managed policy. Chromium's `storage.managed.get()` can answer only seconds after a browser
 * start, or not at all while the worker first starts after install (observed 2026-11 and 2026-12,
 * Chromium 156): then the last policy read stands in, or, on a first run, the state says `unread`,
 * and the browser is asked again in the background until it answers.
 */
export async function readPolicyState(): Promise<{ policy: Record<string, unknown>; state: PolicyState }> {
  const result = await withTimeout(managed(), READ_WAIT_MS);
  if (result !== TIMEOUT) {
    await keep(result);
    return { policy: result, state: 'read' };
  }
  retryInBackground();
  const last = await lastRead();
  return last ? { policy: last, state: 'cached' } : { policy: {}, state: 'unread' };
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
  const [user, { policy, state }] = await Promise.all([readUser(), readPolicyState()]);
  return { ...resolveSettings(user, policy, DETECTOR_CHECKS), policyState: state };
}

/**
 * Saves the user's own values. Keys (or, for keys the schema merges per entry, entries) that
 * policy locks or holds at a floor are refused, whatever the caller sends; unknown keys are dropped
 * by the resolver's validation on the next read. A value written to storage some other way is
 * held back by the resolver all the same.
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
    const no = refusedPaths(before, key, value);
    refused.push(...no);
    if (SPEC[key as SettingKey].merge === 'entries' && isPlainObject(value)) {
      user[key] = Object.fromEntries(Object.entries(value).filter(([entry]) => !no.includes(`${key}.${entry}`)));
    } else if (no.length === 0) {
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
