import { problem, type Problem } from './fields';
import {
  ACTION_KEYS,
  ACTION_STRICTNESS,
  ALL_KEYS,
  DEFAULT_ACTIONS,
  DEFAULTS,
  MANAGED_ONLY_KEYS,
  POLICY_KEYS,
  SETTING_KEYS,
  SPEC,
  type SettingKey,
  type Settings,
} from './schema';
import { isPlainObject } from '../shared/objects';
import type { Action } from '../detect';

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
  /**
   * Limits policy puts on the user's values without locking them whole (holdTheLine): the least
   * strict action per type, the highest minScore, the shortest retention. The options page offers
   * nothing beyond them; the background refuses anything beyond them.
   */
  floors?: Floors;
}

export interface Floors {
  actions?: Record<string, Action>;
  minScore?: number;
  auditRetentionDays?: number;
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
      const managedOnly = isKey(key) && MANAGED_ONLY_KEYS.includes(key);
      problems.push({ source, ...problem(key, managedOnly ? 'policy_only' : 'unknown_setting') });
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

  for (const key of ALL_KEYS) {
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
  const floors = holdTheLine(settings, fromPolicy, locked);
  return { settings: settings as Settings, locked, problems, ...(floors ? { floors } : {}) };
}

const strictness = (a: Action): number => ACTION_STRICTNESS.indexOf(a);

/**
 * Locks that mean what admins intend. Unless the policy lets the user loosen (`userMayLoosen`,
 * false by default once the policy sets `enabled`), each key the schema marks as a way to loosen is
 * held: `pin` keys keep the policy's (or the default) value and are locked, `atMost` numbers cannot
 * rise above it, and no action can be made less strict than the policy's (or the default). A policy
 * `allowAuditClear: false` also keeps retention at least at the policy's (or the default) days, or
 * a user could prune the history they may not clear. Mutates `settings` and `locked`.
 */
function holdTheLine(
  settings: Record<SettingKey, unknown>,
  fromPolicy: Partial<Record<SettingKey, unknown>>,
  locked: string[],
): Floors | undefined {
  const floors: Floors = {};
  const policyOr = <K extends SettingKey>(key: K): Settings[K] =>
    structuredClone((key in fromPolicy ? fromPolicy[key] : DEFAULTS[key]) as Settings[K]);
  const mayLoosen = (fromPolicy.userMayLoosen as boolean | undefined) ?? !('enabled' in fromPolicy);
  if (!mayLoosen) {
    for (const key of SETTING_KEYS) {
      const rule = SPEC[key].loosening;
      if (rule === 'pin') {
        settings[key] = policyOr(key);
        if (!locked.includes(key)) locked.push(key);
      } else if (rule === 'atMost' && key === 'minScore') {
        floors.minScore = policyOr('minScore');
        settings.minScore = Math.min(settings.minScore as number, floors.minScore);
      } else if (rule === 'stricter' && key === 'actions') {
        floors.actions = actionFloors(settings, fromPolicy, locked);
      }
    }
  }
  if (fromPolicy.allowAuditClear === false) {
    floors.auditRetentionDays = policyOr('auditRetentionDays');
    settings.auditRetentionDays = Math.max(settings.auditRetentionDays as number, floors.auditRetentionDays);
  }
  return Object.keys(floors).length > 0 ? floors : undefined;
}

/** Raises each action below the policy's (or the default) to it; an entry held at "block" is locked. */
function actionFloors(
  settings: Record<SettingKey, unknown>,
  fromPolicy: Partial<Record<SettingKey, unknown>>,
  locked: string[],
): Record<string, Action> {
  const base: Record<string, Action> = { ...DEFAULT_ACTIONS, ...(fromPolicy.actions as Record<string, Action>) };
  const actions = { ...(settings.actions as Record<string, Action>) };
  const floors: Record<string, Action> = {};
  for (const entry of ACTION_KEYS) {
    const floor = base[entry] ?? base.default!;
    floors[entry] = floor;
    const now = actions[entry] ?? actions.default!;
    if (strictness(now) < strictness(floor)) actions[entry] = floor;
    const path = `actions.${entry}`;
    if (floor === 'block' && !locked.includes(path)) locked.push(path);
  }
  settings.actions = actions;
  return floors;
}

/**
 * The paths of a user's change that policy refuses: locked keys and entries, and values beyond a
 * floor (a less strict action, a higher minScore, a shorter retention).
 */
export function refusedPaths(
  resolved: Pick<ResolvedSettings, 'locked' | 'floors'>,
  key: string,
  value: unknown,
): string[] {
  const f = resolved.floors;
  if (SPEC[key as SettingKey]?.merge === 'entries' && isPlainObject(value)) {
    return Object.entries(value)
      .filter(([entry, v]) => {
        if (isLocked(resolved, `${key}.${entry}`)) return true;
        const floor = key === 'actions' ? f?.actions?.[entry] : undefined;
        return floor !== undefined && typeof v === 'string' && strictness(v as Action) < strictness(floor);
      })
      .map(([entry]) => `${key}.${entry}`);
  }
  if (isLocked(resolved, key)) return [key];
  if (key === 'minScore' && f?.minScore !== undefined && typeof value === 'number' && value > f.minScore) return [key];
  if (key === 'auditRetentionDays' && f?.auditRetentionDays !== undefined && typeof value === 'number') {
    return value < f.auditRetentionDays ? [key] : [];
  }
  return [];
}

/** Whether the user may change this path (a key, or a map entry like `actions.EMAIL_ADDRESS`). */
export function isLocked(resolved: Pick<ResolvedSettings, 'locked'>, path: string): boolean {
  const key = path.split('.')[0]!;
  return resolved.locked.includes(path) || resolved.locked.includes(key);
}
