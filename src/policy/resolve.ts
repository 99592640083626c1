import { DEFAULTS, POLICY_KEYS, type SettingKey, type Settings } from './schema';

export interface ResolvedSettings {
  settings: Settings;
  /** Keys fixed by managed policy; the UI shows them as "Set by your organization". */
  locked: SettingKey[];
  /** Values that were ignored because they were invalid, with why. Shown to the user, never thrown. */
  problems: string[];
}

const isKey = (key: string): key is SettingKey => Object.hasOwn(DEFAULTS, key);

/** A value is valid when it has the default's JSON type. Later keys add their own validators. */
function valid(key: SettingKey, value: unknown): value is Settings[SettingKey] {
  return typeof value === typeof DEFAULTS[key];
}

function apply(
  target: Settings,
  source: unknown,
  origin: 'user' | 'policy',
  allowed: readonly SettingKey[],
  problems: string[],
): SettingKey[] {
  if (source === undefined || source === null) return [];
  if (typeof source !== 'object' || Array.isArray(source)) {
    problems.push(`${origin} settings are not an object; defaults used`);
    return [];
  }
  const applied: SettingKey[] = [];
  for (const [key, value] of Object.entries(source)) {
    if (!isKey(key) || !allowed.includes(key)) {
      problems.push(`${origin} setting "${key}" is unknown and was ignored`);
      continue;
    }
    if (!valid(key, value)) {
      problems.push(`${origin} setting "${key}" has an invalid value (${JSON.stringify(value)}); default used`);
      continue;
    }
    (target as unknown as Record<string, unknown>)[key] = value;
    applied.push(key);
  }
  return applied;
}

/** Pure: merges defaults, user values and policy; repairs instead of throwing. */
export function resolveSettings(user: unknown, policy: unknown): ResolvedSettings {
  const settings: Settings = { ...DEFAULTS };
  const problems: string[] = [];
  apply(settings, user, 'user', Object.keys(DEFAULTS) as SettingKey[], problems);
  const locked = apply(settings, policy, 'policy', POLICY_KEYS, problems);
  return { settings, locked, problems };
}
