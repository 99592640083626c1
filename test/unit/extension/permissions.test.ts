import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoPath } from '../repo';

/** What each permission unlocks, as it shows in our source. */
const USES: Record<string, RegExp> = {
  storage: /\bstorage\.(local|session|sync|managed)\b/,
  activeTab: /\btabs\.query\(/,
  alarms: /\balarms\./,
  declarativeNetRequest: /\bdeclarativeNetRequest\./,
  offscreen: /\boffscreen\./,
  scripting: /\bscripting\./,
  webNavigation: /\bwebNavigation\.onErrorOccurred\b/,
  tabs: /\btabs\.(query|get)\b[\s\S]{0,200}\.url\b/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('permissions', () => {
  const manifest = JSON.parse(readRepoFile('manifest.json')) as { permissions: string[] };
  const source = sourceFiles(repoPath('src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it.each(manifest.permissions)('%s is used by the code', (permission) => {
    const use = USES[permission];
    expect(use, `no known use for permission "${permission}"`).toBeDefined();
    expect(source).toMatch(use!);
  });

  it('requests nothing broad', () => {
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('webRequest');
    expect(manifest.permissions).not.toContain('tabs');
  });
});
