import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../src/policy/resolve';
import { DEFAULTS } from '../../../src/policy/schema';

describe('resolveSettings', () => {
  it('starts from the defaults', () => {
    expect(resolveSettings(undefined, undefined)).toEqual({ settings: DEFAULTS, locked: [], problems: [] });
  });

  it('lets the user change a key that policy does not set', () => {
    const r = resolveSettings({ enabled: false }, {});
    expect(r.settings.enabled).toBe(false);
    expect(r.locked).toEqual([]);
  });

  it('lets policy override the user and locks the key', () => {
    const r = resolveSettings({ enabled: false }, { enabled: true });
    expect(r.settings.enabled).toBe(true);
    expect(r.locked).toEqual(['enabled']);
  });

  it('falls back to the default for a wrong-typed policy value, and says so', () => {
    const r = resolveSettings({}, { enabled: 'no' });
    expect(r.settings.enabled).toBe(true);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual(['policy setting "enabled" has an invalid value ("no"); default used']);
  });

  it('ignores unknown keys and non-object stores without throwing', () => {
    expect(resolveSettings({ bogus: 1 }, 'garbage').problems).toEqual([
      'user setting "bogus" is unknown and was ignored',
      'policy settings are not an object; defaults used',
    ]);
  });
});
