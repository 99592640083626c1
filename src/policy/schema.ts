/**
 * The one settings schema. Resolution order: DEFAULTS < user values < managed policy; a key set by
 * policy is locked. `public/managed_schema.json` lists the policy keys; a unit test proves they agree.
 */
export interface Settings {
  /** Master switch: when false Veil inspects and changes nothing. */
  enabled: boolean;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enabled: true,
});

export type SettingKey = keyof Settings;

/** Keys an administrator may set through managed storage. */
export const POLICY_KEYS: readonly SettingKey[] = ['enabled'];
