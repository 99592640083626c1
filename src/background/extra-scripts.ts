/**
 * What the service worker registers for the admin's `extraSites` (pure, so unit tests cover it):
 * the same scripts the manifest runs on built-in sites, over exactly the origins the user granted.
 */
import type { Scripting } from '../platform/browser';

/** Our registrations carry this prefix; any other id is not ours to touch. */
export const EXTRA_SCRIPT_PREFIX = 'veil-extra-';

/** The manifest's content-script entries, as `runtime.getManifest()` gives them after the build. */
export interface ManifestContentScript {
  js?: string[];
  world?: string;
  run_at?: string;
}

/**
 * One registration per manifest entry, each over the granted origins, at document_start in the
 * top frame like the manifest's. The MAIN-world tripwire must run before the guard (the guard
 * accepts its channel only during its own synchronous start-up), so it is registered first and
 * its id sorts first too (`1-page` before `2-guard`).
 */
export function plannedScripts(
  granted: readonly string[],
  manifestScripts: readonly ManifestContentScript[],
): Scripting.RegisteredContentScript[] {
  if (granted.length === 0) return [];
  const matches = [...new Set(granted)].sort();
  return [...manifestScripts]
    .filter((cs) => (cs.js ?? []).length > 0)
    .sort((a, b) => Number(b.world === 'MAIN') - Number(a.world === 'MAIN'))
    .map((cs) => {
      const main = cs.world === 'MAIN';
      return {
        id: `${EXTRA_SCRIPT_PREFIX}${main ? '1-page' : '2-guard'}`,
        js: [...(cs.js ?? [])],
        matches,
        runAt: 'document_start',
        world: main ? 'MAIN' : 'ISOLATED',
        allFrames: false,
        persistAcrossSessions: true,
      };
    });
}

const key = (s: Scripting.RegisteredContentScript): string =>
  JSON.stringify([s.id, s.js ?? [], [...(s.matches ?? [])].sort(), s.world ?? 'ISOLATED', s.runAt ?? '']);

/** True when what is registered (ours only) already equals the plan: nothing to do. */
export function sameScripts(
  registered: readonly Scripting.RegisteredContentScript[],
  planned: readonly Scripting.RegisteredContentScript[],
): boolean {
  const ours = registered
    .filter((s) => s.id.startsWith(EXTRA_SCRIPT_PREFIX))
    .map(key)
    .sort();
  const want = planned.map(key).sort();
  return ours.length === want.length && ours.every((k, i) => k === want[i]);
}
