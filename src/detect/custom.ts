import { RE2JS } from 're2js';
import type { Action, CustomPattern } from './types';

/**
 * Organisation-defined patterns, compiled with re2js: RE2 semantics guarantee time linear in the input for ONE
 * search (no backreferences or lookaround, by design). Compilation never throws: invalid patterns come back in
 * `errors` for the options page to show.
 *
 * Finding every match is another matter: each search may read to the end of the text before it settles on its
 * leftmost match (`x\w*y|x` over "xxxx…" looks for a `y` every time), so searching the whole text once per
 * match is quadratic (5.8 s on 20,000 characters). `customMatches` therefore searches windows of
 * 2 x MAX_CUSTOM_MATCH characters and keeps the matches that start in a window's first half: every search reads
 * at most one window, so the whole scan is linear. A match is at most a window long. A deadline bounds what is
 * left: passing it throws ScanBudgetExceeded, which detection lets through so the caller's failMode decides.
 */

export interface CompiledPattern {
  name: string;
  source: string;
  action?: Action;
  regex: RE2JS;
}

export interface PatternError {
  name: string;
  pattern: string;
  message: string;
}

export interface CompiledPatterns {
  patterns: CompiledPattern[];
  errors: PatternError[];
}

// Patterns longer than this are refused: RE2 compiles them to large programs.
const MAX_PATTERN_LENGTH = 1000;
const cache = new Map<string, CompiledPattern | PatternError>();

function compileOne(p: CustomPattern): CompiledPattern | PatternError {
  const name = typeof p?.name === 'string' && p.name.trim() ? p.name.trim() : 'custom';
  const pattern = typeof p?.pattern === 'string' ? p.pattern : '';
  const key = `${name}\u0000${pattern}\u0000${p?.action ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: CompiledPattern | PatternError;
  if (!pattern) result = { name, pattern, message: 'empty pattern' };
  else if (pattern.length > MAX_PATTERN_LENGTH) result = { name, pattern, message: 'pattern too long' };
  else {
    try {
      const regex = RE2JS.compile(pattern);
      // A pattern that matches the empty string would flag every position.
      result = regex.matches('')
        ? { name, pattern, message: 'pattern matches empty text' }
        : { name, source: pattern, regex, ...(p.action ? { action: p.action } : {}) };
    } catch (e) {
      result = { name, pattern, message: e instanceof Error ? e.message : String(e) };
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

/** Compiles a list of custom patterns; never throws. */
export function compileCustomPatterns(list: readonly CustomPattern[] | undefined): CompiledPatterns {
  const patterns: CompiledPattern[] = [];
  const errors: PatternError[] = [];
  for (const p of list ?? []) {
    const r = compileOne(p);
    if ('regex' in r) patterns.push(r);
    else errors.push(r);
  }
  return { patterns, errors };
}

/** The longest custom match that is always found whole (longer ones may be cut at a window's end). */
export const MAX_CUSTOM_MATCH = 256;

/** Thrown when a scan runs past its time budget: not a recognizer bug, so detection does not swallow it. */
export class ScanBudgetExceeded extends Error {
  constructor(what: string) {
    super(`Veil: ${what} took longer than its time budget`);
    this.name = 'ScanBudgetExceeded';
  }
}

/** Every non-empty match of `regex` in `text`, left to right, as [start, end) pairs, in linear time. */
export function customMatches(regex: RE2JS, text: string, deadline: number): [number, number][] {
  const out: [number, number][] = [];
  const half = MAX_CUSTOM_MATCH;
  let from = 0;
  while (from < text.length) {
    if (Date.now() > deadline) throw new ScanBudgetExceeded('a custom pattern');
    const to = Math.min(text.length, from + 2 * half);
    const last = to === text.length;
    const window = text.slice(from, to);
    const m = regex.matcher(window);
    let at = 0;
    // find() goes on from the last match (past an empty one): ~25% cheaper than find(at), which starts over.
    while (m.find()) {
      const start = m.start();
      const end = m.end();
      if (!last && start >= half) break; // the next window holds it whole
      if (end > start) out.push([from + start, from + end]);
      at = end > start ? end : end + 1;
    }
    if (last) break;
    from += Math.max(half, at);
  }
  return out;
}
