import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';
import { managedSchema } from '../../../src/policy/managed-schema';
import { POLICY_KEYS } from '../../../src/policy/schema';
import { extensionIdFromKey } from '../../../scripts/extension-id';
import { chromeManifest, firefoxManifest } from '../../../scripts/manifest';
import { readRepoFile, repoPath } from '../repo';

const manifest = chromeManifest() as unknown as {
  key: string;
  permissions: string[];
  host_permissions?: string[];
  content_scripts: { matches: string[]; run_at: string; js: string[] }[];
  storage: { managed_schema: string };
};

describe('manifest', () => {
  it('matches exactly the chat sites the adapters declare, in every content script of both builds', () => {
    const fromAdapters = SITES.flatMap((s) => s.matches).sort();
    expect(fromAdapters.length).toBeGreaterThan(SITES.length);
    const firefox = firefoxManifest() as unknown as typeof manifest;
    for (const cs of [...manifest.content_scripts, ...firefox.content_scripts]) {
      expect([...cs.matches].sort()).toEqual(fromAdapters);
    }
  });

  it('runs the MAIN-world tripwire before the isolated-world guard (the handshake relies on it)', () => {
    const worlds = manifest.content_scripts.map((cs) => (cs as { world?: string }).world ?? 'ISOLATED');
    expect(worlds).toEqual(['MAIN', 'ISOLATED']);
    expect(manifest.content_scripts[0]!.js).toEqual(['src/page/index.ts']);
    expect(manifest.content_scripts[1]!.js).toEqual(['src/content/index.ts']);
  });

  it('lists every adapter file, and each adapter id equals its file name', () => {
    const files = readdirSync(repoPath('src/sites'))
      // extra.ts builds adapters from the admin's extraSites: not a site of its own.
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'extra.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(SITES.map((s) => s.id).sort()).toEqual(files);
  });

  it('runs the guard at document_start', () => {
    expect(manifest.content_scripts.every((cs) => cs.run_at === 'document_start')).toBe(true);
  });

  it('carries a fixed key whose extension id is the one the README documents', () => {
    const id = extensionIdFromKey(manifest.key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(readRepoFile('README.md')).toContain(id);
  });

  it('has a managed schema that defines exactly the policy keys', () => {
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(repoPath('public', manifest.storage.managed_schema), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('ships the schema generated from the settings spec (run `npm run gen:schema` after changing it)', () => {
    expect(JSON.parse(readRepoFile('public', 'managed_schema.json'))).toEqual(managedSchema());
  });

  it('asks for no host permissions: content scripts are enough', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});
