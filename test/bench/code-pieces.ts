/**
 * A negative family the corpus generator did not write: library source code from node_modules, cut into
 * 2,000-character pieces as a developer pastes it into a chat. Declarations, bundles and comments are full of
 * capitalised identifiers, acronyms and library names; none of them is a person, a place or a street address.
 * Reported: the share of pieces with a PERSON, LOCATION or STREET_ADDRESS finding (issue 20: at most 2%).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from './tools/types';

export const PIECE_CHARS = 2000;
const WEAK_TYPES = new Set(['PERSON', 'LOCATION', 'STREET_ADDRESS']);

/** The sources: TypeScript's ES5 and DOM declarations, vite's node bundle, Dexie's bundle. */
export const CODE_SOURCES: readonly { name: string; path: string }[] = [
  { name: 'typescript lib.es5.d.ts', path: 'node_modules/typescript/lib/lib.es5.d.ts' },
  { name: 'typescript lib.dom.d.ts', path: 'node_modules/typescript/lib/lib.dom.d.ts' },
  { name: 'vite dist/node/chunks/node.js', path: 'node_modules/vite/dist/node/chunks/node.js' },
  { name: 'dexie dist/dexie.js', path: 'node_modules/dexie/dist/dexie.js' },
];

export interface PieceFamily {
  name: string;
  pieces: string[];
}

/** Each source cut into consecutive 2,000-character pieces (the last, shorter one dropped); missing files skipped. */
export function codePieces(root: string): PieceFamily[] {
  const out: PieceFamily[] = [];
  for (const { name, path } of CODE_SOURCES) {
    const file = join(root, path);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const pieces: string[] = [];
    for (let at = 0; at + PIECE_CHARS <= text.length; at += PIECE_CHARS) pieces.push(text.slice(at, at + PIECE_CHARS));
    out.push({ name, pieces });
  }
  return out;
}

export interface PieceResult {
  name: string;
  pieces: number;
  /** Pieces with at least one PERSON, LOCATION or STREET_ADDRESS finding. */
  flagged: number;
  /** The values most often reported, for the report (value, type, count). */
  top: { value: string; type: string; count: number }[];
}

/** Runs a tool on every piece and counts the pieces with a weak-type finding. */
export async function scorePieces(
  families: PieceFamily[],
  find: (text: string) => Span[] | Promise<Span[]>,
): Promise<PieceResult[]> {
  const out: PieceResult[] = [];
  for (const { name, pieces } of families) {
    let flagged = 0;
    const counts = new Map<string, { value: string; type: string; count: number }>();
    for (const piece of pieces) {
      const weak = (await find(piece)).filter((f) => WEAK_TYPES.has(f.type));
      if (weak.length) flagged++;
      for (const f of weak) {
        const value = piece.slice(f.start, f.end);
        const key = `${f.type}\u0000${value}`;
        const c = counts.get(key) ?? { value, type: f.type, count: 0 };
        c.count++;
        counts.set(key, c);
      }
    }
    const top = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, 5);
    out.push({ name, pieces: pieces.length, flagged, top });
  }
  return out;
}
