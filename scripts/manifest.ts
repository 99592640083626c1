/**
 * The extension's manifest as the build writes it: manifest.json plus what is derived from the
 * code, so a fact has one owner. The content scripts run on exactly the chat sites the adapters in
 * src/sites declare (their `matches`): adding a site touches no manifest.
 */
import manifest from '../manifest.json' with { type: 'json' };
import { SITES } from '../src/sites';

/** Firefox's add-on id: fixed, so `policies.json` (3rdparty.Extensions) can address it. */
export const GECKO_ID = 'veil@veil-extension';

/** Every adapter's match patterns, in adapter order. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

/**
 * The MAIN-world tripwire first, then the isolated-world guard: the handshake relies on that
 * order. Both at document_start, top frame only.
 */
export function contentScripts(): Record<string, unknown>[] {
  const common = { matches: [...SITE_MATCHES], run_at: 'document_start', all_frames: false };
  return [
    { ...common, js: ['src/page/index.ts'], world: 'MAIN' },
    { ...common, js: ['src/content/index.ts'] },
  ];
}

/** Chromium's manifest (Chrome, Edge). */
export function chromeManifest(): Record<string, unknown> {
  return { ...structuredClone(manifest), content_scripts: contentScripts() };
}

/**
 * Firefox reads the same MV3 manifest with three differences: an add-on id instead of a `key`,
 * a background script instead of a service worker (crxjs converts it), and no Chrome-only keys.
 */
export function firefoxManifest(): Record<string, unknown> {
  const { key: _key, minimum_chrome_version: _min, ...rest } = chromeManifest() as typeof manifest;
  return {
    ...rest,
    // No offscreen documents in Firefox: its background is a page and reads files itself (background/files.ts).
    permissions: manifest.permissions.filter((p) => p !== 'offscreen'),
    // Firefox runs MV3 backgrounds as event pages (no service workers for extensions yet).
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      // Veil sends nothing anywhere: no data collection to declare (Firefox's built-in consent).
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
