/**
 * Veil's two paths through their public entries only: `detect` from src/detect/index.ts (the
 * content script's entry) and `detectFull` from index.ts or, where the detector keeps compromise
 * out of the content script, src/detect/nlp.ts. `detectFull` may not exist yet: feature-detect
 * it and fall back to the fast path, saying so in the report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { AS_SHIPPED } from '../bundle';
import { ENTITY_TYPES } from '../../../src/detect';
import type { Span, Tool } from './types';

interface VeilFinding {
  type: string;
  start: number;
  end: number;
  label?: string;
}
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

type DetectFn = (text: string) => VeilFinding[] | Promise<VeilFinding[]>;

interface VeilModule {
  detect: DetectFn;
  detectFull?: DetectFn;
}

// Every type the corpus labels: the detector's types less the ones it has no gold for.
const ALL = ENTITY_TYPES.filter((t) => t !== 'CUSTOM' && t !== 'INVISIBLE_TEXT');

/**
 * Veil is measured as it ships: each entry bundled and minified by esbuild (as the extension build does), not
 * through tsx, whose transform wraps every inner function in a `__name` call (esbuild's keepNames) that the
 * shipped code does not pay: it cost ~6% of a short prompt's time, all of it in closures the scan creates. The
 * alternatives run from their published (already built) packages, so all tools run built code.
 */
async function loadBundle(entry: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'veil-bench-'));
  const outfile = join(dir, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({ ...AS_SHIPPED, entryPoints: [join(ROOT, entry)], outfile });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let mod: VeilModule | null = null;
async function load(): Promise<VeilModule> {
  // Built at run time so a detector that does not compile yet is reported, not fatal.
  mod ??= (await loadBundle('src/detect/index.ts')) as VeilModule;
  return mod;
}

/** `detectFull` and the entry it came from, or null when no entry exports it. */
async function loadFull(): Promise<{ fn: DetectFn; entry: string } | null> {
  const m = await load();
  if (typeof m.detectFull === 'function') return { fn: m.detectFull, entry: 'src/detect/index.ts' };
  try {
    const nlp = (await loadBundle('src/detect/nlp.ts')) as Partial<VeilModule>;
    if (typeof nlp.detectFull === 'function') return { fn: nlp.detectFull, entry: 'src/detect/nlp.ts' };
  } catch {
    // No separate full-path entry (yet): fall through to the fast path.
  }
  return null;
}

const toSpans = (fs: VeilFinding[]): Span[] =>
  fs.map((f) => ({ type: f.type, start: f.start, end: f.end, ...(f.label ? { label: f.label } : {}) }));

export function veilFast(): Tool {
  let detect: DetectFn = () => [];
  return {
    name: 'Veil fast',
    covers: ALL,
    mapping: 'native types',
    notes: [],
    async init() {
      detect = (await load()).detect;
    },
    find: (text) => {
      const r = detect(text);
      return r instanceof Promise ? r.then(toSpans) : toSpans(r);
    },
  };
}

export function veilFull(): Tool {
  let detect: DetectFn = () => [];
  const tool: Tool = {
    name: 'Veil full',
    covers: ALL,
    mapping: 'native types',
    notes: [],
    async init() {
      const full = await loadFull();
      if (full) {
        detect = full.fn;
        tool.notes.push(`\`detectFull\` from \`${full.entry}\``);
      } else {
        detect = (await load()).detect;
        tool.notes.push('`detectFull` is not exported yet: "Veil full" is the fast path `detect` again.');
      }
    },
    find: (text) => {
      const r = detect(text);
      return r instanceof Promise ? r.then(toSpans) : toSpans(r);
    },
  };
  return tool;
}
