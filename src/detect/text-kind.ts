import type { Finding } from './types';

/**
 * What kind of text surrounds a position: prose, or code (source lines and the comments among them). Names, places
 * and street addresses are read from capitalised words, and code is full of them (`DexieError`, `CookieSameSite`,
 * `URI`, library names in comments): inside code those recognizers need stronger evidence than in prose.
 */

/** The questions asked of the scan: line bounds and whether a line is code (scan.ts's per-line cache). */
export interface KindLines {
  readonly text: string;
  /** The text before validated findings were masked (an email on the line is masked in `text`). */
  readonly original: string;
  isCode(pos: number): boolean;
  lineStart(pos: number): number;
  lineEnd(pos: number): number;
}

/** Lines read on each side of a finding to judge its region. */
const REGION_LINES = 12;

// A comment line of a C-family, shell-free language: "*", "/*", "/**", "//". Markdown's "#" is not one.
const COMMENT_LINE = /^[ \t]*(?:\/\/|\/\*|\*(?!\*)|\*\/)/;

/** The types read from capitalised words, which code mimics. */
export const WEAK_TYPES: ReadonlySet<string> = new Set(['PERSON', 'LOCATION', 'STREET_ADDRESS']);

/**
 * True when most non-blank lines within REGION_LINES of `pos` are code or comments between code: the region is
 * source code (a declaration file, a bundle, a stack of statements), not a message that quotes a line of it.
 */
export function inCodeRegion(lines: KindLines, pos: number, cache: Map<number, boolean>): boolean {
  const { text } = lines;
  const own = lines.lineStart(pos);
  const hit = cache.get(own);
  if (hit !== undefined) return hit;
  let code = 0;
  let total = 0;
  const count = (ls: number): void => {
    const le = lines.lineEnd(ls);
    if (le - ls === 0 || /^\s*$/.test(text.slice(ls, le))) return;
    total++;
    if (lines.isCode(ls) || COMMENT_LINE.test(text.slice(ls, Math.min(le, ls + 8)))) code++;
  };
  count(own);
  for (let k = 0, ls = own; k < REGION_LINES && ls > 0; k++) {
    ls = lines.lineStart(ls - 1);
    count(ls);
  }
  for (let k = 0, le = lines.lineEnd(own); k < REGION_LINES && le < text.length; k++) {
    const ls = le + 1;
    count(ls);
    le = lines.lineEnd(ls);
  }
  const region = total >= 3 && code * 2 >= total;
  cache.set(own, region);
  return region;
}

const EMAIL_NEAR = /[\w.+-]@[\w-]+\.[\w.-]/;
const QUOTES = `"'\``;

/**
 * Evidence that a capitalised phrase inside code is a person or a place: it is a string literal's text (quotes on
 * both sides within its line), or an email address sits on its line (an author line, a contact field).
 */
export function codeEvidence(lines: KindLines, f: Finding): boolean {
  const { text } = lines;
  const ls = lines.lineStart(f.start);
  const le = lines.lineEnd(f.start);
  if (EMAIL_NEAR.test(lines.original.slice(ls, le))) return true;
  const before = text.slice(Math.max(ls, f.start - 60), f.start);
  const after = text.slice(f.end, Math.min(le, f.end + 60));
  for (const q of QUOTES)
    if (before.includes(q) && after.includes(q) && /\s/.test(text.slice(f.start, f.end))) return true;
  return false;
}

/**
 * A word shaped like an identifier, not a name: an inner capital after three lower-case letters (`DexieError`,
 * `CookieSameSite`; names such as McDonald, DeVito, MacArthur have one or two), or a digit or underscore inside.
 */
const IDENTIFIER_WORD = /\p{Ll}{3}\p{Lu}|[\p{L}][\d_]|_[\p{L}]/u;
/** A lone short upper-case word on a line that has lower case: an acronym (`URI`, `LAN`), not a shouted name. */
const ACRONYM = /^\p{Lu}{2,4}$/u;
const LOWER = /\p{Ll}/u;

/** True when a PERSON finding is an identifier or an acronym by its shape alone. */
export function identifierShaped(text: string, f: Finding, lineText: string): boolean {
  const value = text.slice(f.start, f.end);
  if (IDENTIFIER_WORD.test(value)) return true;
  return ACRONYM.test(value) && LOWER.test(lineText);
}
