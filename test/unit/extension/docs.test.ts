import { readFileSync, readdirSync } from 'node:fs';
import { GECKO_ID } from '../../../scripts/manifest';
import { describe, expect, it } from 'vitest';
import { policyKeyTable, TABLE_END, TABLE_START } from '../../../src/policy/docs-table';
import { resolveSettings } from '../../../src/policy/resolve';
import { POLICY_KEYS } from '../../../src/policy/schema';
import { readRepoFile, repoPath } from '../repo';

const admin = readRepoFile('docs', 'admin.md');

describe('docs/admin.md', () => {
  it('carries the policy-key table generated from the schema (run `npm run gen:schema` after changing it)', () => {
    const table = admin.slice(admin.indexOf(TABLE_START) + TABLE_START.length, admin.indexOf(TABLE_END)).trim();
    expect(table).toBe(policyKeyTable());
  });

  it('documents every policy key', () => {
    for (const key of POLICY_KEYS) expect(admin).toContain(`| \`${key}\` |`);
  });

  it('names the extension IDs the build produces', () => {
    expect(admin).toContain(/`([a-p]{32})`/.exec(readRepoFile('README.md'))![1]);
    expect(admin).toContain(GECKO_ID);
  });
});

describe('example policies in docs/policies', () => {
  const files = readdirSync(repoPath('docs', 'policies')).filter((f) => f.endsWith('.json'));

  it('include a strict bank, a monitor-only rollout and a developer team', () => {
    expect(files.sort()).toEqual(['developer-team.json', 'monitor-rollout.json', 'strict-bank.json']);
  });

  it.each(files)('%s is valid: every value accepted, nothing repaired', (file) => {
    const policy = JSON.parse(readFileSync(repoPath('docs', 'policies', file), 'utf8')) as Record<string, unknown>;
    const resolved = resolveSettings({}, policy, { patternError: (p) => (safeRegExp(p) ? undefined : 'invalid') });
    expect(resolved.problems).toEqual([]);
    expect(resolved.locked.length).toBeGreaterThan(0);
    for (const key of Object.keys(policy)) expect(POLICY_KEYS).toContain(key);
  });
});

/** Custom patterns are RE2; the examples stay within the syntax RE2 and JavaScript share. */
function safeRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
