import { problem, type Problem } from './fields';
import { DEFAULTS, POLICY_KEYS, SETTING_KEYS, SPEC, type SettingKey, type Settings } from './schema';
import { isPlainObject } from '../shared/objects';

export interface ResolvedSettings {
  settings: Settings;
  /**
   * Paths fixed by managed policy: a key (`enabled`) or, for maps, an entry (`actions.SECRET`).
   * The UI shows them as "Set by your organization" and the user cannot change them.
   */
  locked: string[];
  /** Values that were ignored or repaired, with why. Shown to the user and admin, never thrown. */
  problems: (Problem & { source: 'user' | 'policy' })[];
  /**
   * Set by the background: where the policy came from (background/settings.ts). `unread` means a
   * managed policy may exist but the browser has not handed it over yet.
   */
  policyState?: 'read' | 'cached' | 'unread';
}

/** The answer to a user's change of settings. */
export interface SetResult {
  resolved: ResolvedSettings;
  /** Keys the user tried to change that policy fixes; they were not saved. */
  refused: string[];
}

/** Extra checks that need the detector (e.g. does a custom pattern compile); injected to keep this pure. */
export interface Checks {
  /** Returns why the pattern is unusable, or undefined when it compiles. */
  patternError?: (pattern: string) => string | undefined;
}

const isKey = (key: string): key is SettingKey => Object.hasOwn(SPEC, key);

function parseLayer(raw: unknown, source: 'user' | 'policy', checks: Checks, problems: ResolvedSettings['problems']) {
  const parsed: Partial<Record<SettingKey, unknown>> = {};
  if (raw === undefined || raw === null) return parsed;
  if (!isPlainObject(raw)) {
    problems.push({ source, ...problem('*', 'not_settings') });
    return parsed;
  }
  const allowed: readonly string[] = source === 'policy' ? POLICY_KEYS : SETTING_KEYS;
  for (const [key, value] of Object.entries(raw)) {
    if (!isKey(key) || !allowed.includes(key)) {
      problems.push({ source, ...problem(key, 'unknown_setting') });
      continue;
    }
    const local: Problem[] = [];
    let value_ = (SPEC[key] as { parse: (v: unknown, k: string, p: Problem[]) => unknown }).parse(value, key, local);
    if (key === 'customPatterns' && Array.isArray(value_) && checks.patternError) {
      value_ = value_.filter((p: { name: string; pattern: string }, i: number) => {
        const error = checks.patternError!(p.pattern);
        if (error) local.push(problem(`customPatterns[${i}]`, 'pattern_error', p.name, error));
        return !error;
      });
    }
    for (const p of local) {
      problems.push(
        value_ === undefined
          ? { source, ...p, message: `${p.message}; default used`, defaultUsed: true }
          : { source, ...p },
      );
    }
    if (value_ !== undefined) parsed[key] = value_;
  }
  return parsed;
}

/**
 * Pure: defaults < user < policy, repairing instead of throwing. Policy may set only keys in the
 * schema (uBlock Origin's rule); a policy value replaces the user's, except for map settings
 * (`actions`, `selectorOverrides`) where each policy entry replaces and locks that entry only.
 */
export function resolveSettings(user: unknown, policy: unknown, checks: Checks = {}): ResolvedSettings {
  const problems: ResolvedSettings['problems'] = [];
  const fromUser = parseLayer(user, 'user', checks, problems);
  const fromPolicy = parseLayer(policy, 'policy', checks, problems);
  const settings = structuredClone(DEFAULTS) as Record<SettingKey, unknown>;
  const locked: string[] = [];

  for (const key of SETTING_KEYS) {
    const entries = SPEC[key].merge === 'entries';
    for (const [layer, values] of [
      ['user', fromUser],
      ['policy', fromPolicy],
    ] as const) {
      if (!(key in values)) continue;
      const value = values[key];
      if (entries && isPlainObject(value)) {
        settings[key] = { ...(settings[key] as object), ...value };
        if (layer === 'policy') locked.push(...Object.keys(value).map((entry) => `${key}.${entry}`));
      } else {
        settings[key] = value;
        if (layer === 'policy') locked.push(key);
      }
    }
  }
  return { settings: settings as Settings, locked, problems };
}

/** Whether the user may change this path (a key, or a map entry like `actions.EMAIL_ADDRESS`). */
export function isLocked(resolved: Pick<ResolvedSettings, 'locked'>, path: string): boolean {
  const key = path.split('.')[0]!;
  return resolved.locked.includes(path) || resolved.locked.includes(key);
}
