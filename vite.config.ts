import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as ManifestV3Export,
      // A self-contained script, not crxjs's async loader: the guard's listeners must be registered
      // synchronously at document_start, before any page script, and no chunk of ours becomes
      // web-accessible (a page could fingerprint or probe it).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Readable stack traces from users' machines are worth the bytes; the store unpacks anyway.
    sourcemap: false,
    target: 'chrome111',
    // Pages the manifest does not name (crxjs builds only those it does).
    rollupOptions: { input: { blocked: 'src/ui/blocked/index.html' } },
  },
});
