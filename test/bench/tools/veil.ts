/**
 * Veil's two paths through their public entries only: `detect` from src/detect/index.ts (the
 * content script's entry) and `detectFull` from index.ts or, where the detector keeps compromise
 * out of the content script, src/detect/nlp.ts. `detectFull` may not exist yet: feature-detect
 * it and fall back to the fast path, saying so in the report.
 */
import { ENTITY_TYPES } from '../../../src/detect';
import type { Span, Tool } from './types';

interface VeilFinding {
  type: string;
  start: number;
  end: number;
  label?: string;
}
type DetectFn = (text: string) => VeilFinding[] | Promise<VeilFinding[]>;

interface VeilModule {
  detect: DetectFn;
  detectFull?: DetectFn;
}

// Every type the corpus labels: the detector's types less the ones it has no gold for.
const ALL = ENTITY_TYPES.filter((t) => t !== 'CUSTOM' && t !== 'INVISIBLE_TEXT');

let mod: VeilModule | null = null;
async function load(): Promise<VeilModule> {
  // Imported at run time so a detector that does not compile yet is reported, not fatal.
  mod ??= (await import('../../../src/detect/index')) as unknown as VeilModule;
  return mod;
}

/** `detectFull` and the entry it came from, or null when no entry exports it. */
async function loadFull(): Promise<{ fn: DetectFn; entry: string } | null> {
  const m = await load();
  if (typeof m.detectFull === 'function') return { fn: m.detectFull, entry: 'src/detect/index.ts' };
  try {
    const nlp = (await import('../../../src/detect/nlp')) as unknown as Partial<VeilModule>;
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
