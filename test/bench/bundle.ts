/** What the detector costs the content script: esbuild bundle (minified, browser, ESM) gzipped. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  entry: string;
  minKB: number;
  gzKB: number;
  /** Largest inputs (bytes in output), to show what to trim. */
  top: { path: string; kB: number }[];
  error?: string;
}

/** Candidate entry points of the full (names/places) path; whichever exist are measured. */
export const FULL_ENTRIES = [
  'src/detect/nlp.ts',
  'src/detect/full.ts',
  'src/detect/full/index.ts',
  'src/detect/worker.ts',
  'src/detect/ner.ts',
  'src/detect/names.ts',
];

/** How the detector ships in the extension: bundled, minified, for the browser, ESM. Sized and timed this way. */
export const AS_SHIPPED = {
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  logLevel: 'silent',
} as const;

export async function bundleSize(root: string, entry: string): Promise<BundleSize> {
  try {
    const r = await build({
      ...AS_SHIPPED,
      entryPoints: [join(root, entry)],
      write: false,
      metafile: true,
    });
    const out = r.outputFiles[0]!.contents;
    const inputs = Object.values(r.metafile.outputs)[0]!.inputs;
    const top = Object.entries(inputs)
      .map(([path, v]) => ({ path: path.replace(/^.*node_modules\//, ''), kB: v.bytesInOutput / 1024 }))
      .sort((a, b) => b.kB - a.kB)
      .slice(0, 6);
    return { entry, minKB: out.length / 1024, gzKB: gzipSync(out, { level: 9 }).length / 1024, top };
  } catch (e) {
    return { entry, minKB: NaN, gzKB: NaN, top: [], error: String(e instanceof Error ? e.message : e).slice(0, 300) };
  }
}

export const existingFullEntries = (root: string): string[] => FULL_ENTRIES.filter((e) => existsSync(join(root, e)));
