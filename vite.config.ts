import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { chromeManifest, firefoxManifest } from './scripts/manifest';
import messages from './public/_locales/en/messages.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/**
 * OCR ships inside the extension (nothing is fetched at run time): tesseract.js's worker, its
 * SIMD+LSTM wasm core (the wasm inlined in JS, loaded by importScripts) and the English language
 * data, emitted under ocr/ for src/offscreen/ocr.ts.
 */
function ocrAssets(): Plugin {
  const files: Record<string, string> = {
    'ocr/worker.min.js': require.resolve('tesseract.js/dist/worker.min.js'),
    'ocr/tesseract-core-simd-lstm.wasm.js': require.resolve('tesseract.js-core/tesseract-core-simd-lstm.wasm.js'),
    'ocr/eng.traineddata.gz': require.resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'),
  };
  return {
    name: 'veil-ocr-assets',
    generateBundle() {
      for (const [fileName, path] of Object.entries(files))
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    // The message keys (not the texts): the content script reads them all while it can (see preloadMessages).
    define: { __VEIL_MESSAGE_KEYS__: JSON.stringify(Object.keys(messages)) },
    plugins: [
      preact(),
      // OCR runs in Chrome's offscreen document only; Firefox has none and reads documents in its background page.
      ...(firefox ? [] : [ocrAssets()]),
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
      rollupOptions: {
        input: {
          blocked: 'src/ui/blocked/index.html',
          warn: 'src/ui/warn/index.html',
          ...(firefox ? {} : { offscreen: 'src/offscreen/index.html' }),
        },
      },
    },
  };
});
