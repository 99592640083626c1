/**
 * Where settings live in storage.local, for every layer that reads or watches them: the user's own
 * values, and the stamp of the managed policy last read (its change is every context's cue to
 * re-resolve). Other keys (audit copies, vault, notice state) change often and say nothing about
 * settings, so watchers filter on these.
 */
export const USER_SETTINGS_KEY = 'settings';
export const POLICY_STAMP_KEY = 'policyStamp';

/** Whether a storage change may change the resolved settings. */
export function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (USER_SETTINGS_KEY in changes || POLICY_STAMP_KEY in changes));
}
