import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partOf } from '../../../eslint/layers.js';
import { repoPath } from '../repo';

const SRC = repoPath('src');
const IMPORT = /(?:import|export)[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** The file a relative specifier names, as TypeScript resolves it (extensionless, or a folder's index). */
function resolveSpec(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const tries = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return tries.find((p) => existsSync(p) && statSync(p).isFile());
}

/** Every relative import of every file in src, type-only ones included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const deps = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveSpec(file, spec))
      .filter((p): p is string => p !== undefined && p.startsWith(SRC));
    graph.set(file, deps);
  }
  return graph;
}

/** One cycle per strongly connected component of more than one file (or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(relative(SRC, w));
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('has no import circle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a circle when there is one (the check is not blind)', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });

  it('places every file of src in a known layer', () => {
    const unplaced = [...graph.keys()].filter((f) => partOf(f) === undefined).map((f) => relative(SRC, f));
    expect(unplaced).toEqual([]);
  });

  it('has ui and background import nothing of content, and content nothing of ui', () => {
    const crossings = [...graph].flatMap(([file, deps]) =>
      deps
        .filter((dep) => {
          const [from, to] = [partOf(file), partOf(dep)];
          return (from === 'content' && to === 'ui') || ((from === 'ui' || from === 'background') && to === 'content');
        })
        .map((dep) => `${relative(SRC, file)} -> ${relative(SRC, dep)}`),
    );
    expect(crossings).toEqual([]);
  });
});
