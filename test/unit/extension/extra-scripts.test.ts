import { describe, expect, it } from 'vitest';
import { EXTRA_SCRIPT_PREFIX, plannedScripts, sameScripts } from '../../../src/background/extra-scripts';

/** What `runtime.getManifest().content_scripts` gives after the crxjs build. */
const MANIFEST = [
  { js: ['src/page/index.js'], world: 'MAIN', run_at: 'document_start', matches: ['https://chatgpt.com/*'] },
  { js: ['src/content/index.js'], run_at: 'document_start', matches: ['https://chatgpt.com/*'] },
];

describe('registration for extraSites', () => {
  it('registers nothing until an origin is granted', () => {
    expect(plannedScripts([], MANIFEST)).toEqual([]);
  });

  it('runs the built tripwire and guard, tripwire first, at document_start, on exactly the granted origins', () => {
    const planned = plannedScripts(['https://b.corp.example/*', 'https://a.corp.example/*'], MANIFEST);
    expect(planned).toEqual([
      {
        id: `${EXTRA_SCRIPT_PREFIX}1-page`,
        js: ['src/page/index.js'],
        matches: ['https://a.corp.example/*', 'https://b.corp.example/*'],
        runAt: 'document_start',
        world: 'MAIN',
        allFrames: false,
        persistAcrossSessions: true,
      },
      {
        id: `${EXTRA_SCRIPT_PREFIX}2-guard`,
        js: ['src/content/index.js'],
        matches: ['https://a.corp.example/*', 'https://b.corp.example/*'],
        runAt: 'document_start',
        world: 'ISOLATED',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('puts the tripwire first whatever order the manifest lists them in (the guard connects to it at start-up)', () => {
    const ids = plannedScripts(['https://a.corp.example/*'], [...MANIFEST].reverse()).map((s) => s.id);
    expect(ids).toEqual([`${EXTRA_SCRIPT_PREFIX}1-page`, `${EXTRA_SCRIPT_PREFIX}2-guard`]);
  });

  it('re-registers only when the origins or files change, and ignores registrations not its own', () => {
    const planned = plannedScripts(['https://a.corp.example/*'], MANIFEST);
    const other = { id: 'someone-else', js: ['x.js'], matches: ['https://x.example/*'] };
    expect(sameScripts([...planned, other], planned)).toBe(true);
    expect(
      sameScripts(planned, plannedScripts(['https://a.corp.example/*', 'https://b.corp.example/*'], MANIFEST)),
    ).toBe(false);
    expect(sameScripts(planned, [])).toBe(false);
    expect(sameScripts([], [])).toBe(true);
  });
});
