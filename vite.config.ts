import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { chromeManifest, firefoxManifest } from './scripts/manifest';
import messages from './public/_locales/en/messages.json' with { type: 'json' };

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    // The message keys (not the texts): the content script reads them all while it can (see preloadMessages).
    define: { __VEIL_MESSAGE_KEYS__: JSON.stringify(Object.keys(messages)) },
    plugins: [
      preact(),
      crx({
        manifest: (firefox ? firefoxManifest() : chromeManifest()) as unknown as ManifestV3Export,
        browser: firefox ? 'firefox' : 'chrome',
        // A self-contained script, not crxjs's async loader: the guard's listeners must be registered
        // synchronously at document_start, before any page script, and no chunk of ours becomes
        // web-accessible (a page could fingerprint or probe it).
        contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/page/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      sourcemap: false,
      target: firefox ? 'firefox128' : 'chrome111',
      // Pages the manifest does not name (crxjs builds only those it does).
      rollupOptions: { input: { blocked: 'src/ui/blocked/index.html', warn: 'src/ui/warn/index.html' } },
    },
  };
});
