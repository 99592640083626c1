/**
 * The user's own settings as a file: what to export, and what of an imported file to apply. Pure,
 * so the rules (never import over a policy lock; report every invalid value) are unit-tested.
 */
import { problem, type Problem } from '../../policy/fields';
import { isLocked, type ResolvedSettings } from '../../policy/resolve';
import { DEFAULTS, SETTING_KEYS, SPEC, type SettingKey, type Settings } from '../../policy/schema';
import { isPlainObject } from '../../shared/objects';

export const SETTINGS_FILE_FORMAT = 'veil-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  settings: Partial<Settings>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const entriesMerge = (key: SettingKey): boolean => SPEC[key].merge === 'entries';

/**
 * The values the user controls and has changed from the defaults. For map settings (actions,
 * selectorOverrides) only the entries that differ and that policy does not fix.
 */
export function userMapValue(
  resolved: ResolvedSettings,
  key: SettingKey,
  map: Record<string, unknown>,
): Record<string, unknown> {
  const defaults = DEFAULTS[key] as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(map).filter(([entry, v]) => !isLocked(resolved, `${key}.${entry}`) && !same(v, defaults[entry])),
  );
}

export function exportUserSettings(resolved: ResolvedSettings, now: number): SettingsFile {
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = resolved.settings[key];
    if (entriesMerge(key)) {
      const own = userMapValue(resolved, key, value as Record<string, unknown>);
      if (Object.keys(own).length) settings[key] = own;
    } else if (!isLocked(resolved, key) && !same(value, DEFAULTS[key])) {
      settings[key] = value;
    }
  }
  return { format: SETTINGS_FILE_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), settings };
}

export interface ImportPlan {
  /** What to send with `settings/set`: only valid values, never a locked key or entry. */
  apply: Partial<Settings>;
  /** Keys or entries in the file that policy fixes: left alone. */
  locked: string[];
  /** What was wrong with the file's values (those values, or items of them, are not applied). */
  invalid: Problem[];
}

/** Thrown by planImport for a file that is not a settings file; `problem` says why (the UI words it). */
export class NotSettingsFile extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Accepts a settings file (or a bare settings object) and decides what to import. Throws on a file that is neither. */
export function planImport(file: unknown, resolved: ResolvedSettings): ImportPlan {
  const raw = isPlainObject(file) && file.format === SETTINGS_FILE_FORMAT ? file.settings : file;
  if (isPlainObject(file) && 'format' in file && file.format !== SETTINGS_FILE_FORMAT) {
    throw new NotSettingsFile(problem('format', 'wrong_format', String(file.format)));
  }
  if (!isPlainObject(raw)) throw new NotSettingsFile(problem('*', 'no_settings_object'));
  const apply: Record<string, unknown> = {};
  const locked: string[] = [];
  const invalid: Problem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SPEC, key)) {
      invalid.push(problem(key, 'not_a_setting'));
      continue;
    }
    const k = key as SettingKey;
    let candidate: unknown = value;
    if (entriesMerge(k) && isPlainObject(value)) {
      candidate = Object.fromEntries(
        Object.entries(value).filter(([entry]) => {
          const isFixed = isLocked(resolved, `${k}.${entry}`);
          if (isFixed) locked.push(`${k}.${entry}`);
          return !isFixed;
        }),
      );
    } else if (isLocked(resolved, k)) {
      locked.push(k);
      continue;
    }
    const problems: Problem[] = [];
    const parsed = (SPEC[k] as { parse: (v: unknown, key: string, p: Problem[]) => unknown }).parse(
      candidate,
      k,
      problems,
    );
    invalid.push(...problems);
    if (parsed === undefined) continue;
    if (entriesMerge(k)) {
      // The file's entries over the user's current ones (a map is saved whole).
      const current = userMapValue(resolved, k, resolved.settings[k] as Record<string, unknown>);
      apply[k] = { ...current, ...(parsed as Record<string, unknown>) };
    } else apply[k] = parsed;
  }
  return { apply: apply as Partial<Settings>, locked, invalid };
}
