import { RE2JS } from 're2js';
import type { Action, CustomPattern } from './types';

/**
 * Organisation-defined patterns, compiled with re2js: RE2 semantics guarantee time linear in the input, so an
 * admin's pattern cannot hang the page (no backreferences or lookaround, by design). Compilation never throws:
 * invalid patterns come back in `errors` for the options page to show.
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
