/**
 * Pattern pieces shared by the rule tables. Rules are built with `new RegExp` only where a piece
 * is shared; everything else is a regex literal.
 */

/**
 * Separator between a key and its value, the assignment and comparison operators of config and code: an optional
 * index (`secret[25]`), closing quote, then `=>`, `=`, `:`, Go and Makefile `:=`/`::=`/`:::=`/`?=`, PHP `.=`,
 * comparisons (`==`, `===`, `!=`, `!==`). A C# verbatim string's `@` may precede the value's quote. Or no operator
 * at all, a space before a quoted value (`password "…";`, a config directive or a call without parentheses), or a
 * comma between a quoted key and a quoted value (`System.setProperty("API_TOKEN", "…")`, `getenv("token", "…")`).
 */
export const SEP = String.raw`(?:\[\w{0,10}\])?(?:["'\x60]?[ \t]*(?:=>|:{1,3}=|[?.+]=|!==?|={1,3}|:)[ \t]*(?:@(?="))?|[ \t]+(?=["'\x60])|["'][ \t]*,[ \t]*(?=["']))`;

/** Optional opening quote (or backtick) before a value. */
export const Q = String.raw`["'\x60]?`;

/** `key…separator` for context-anchored tokens: the key may carry a short suffix (`_ID`, `.prod`). */
export function keyed(key: string, value: string, after: string, flags = 'gid'): RegExp {
  return new RegExp(String.raw`(?:${key})[\w.-]{0,20}?${SEP}${Q}(${value})(?!${after})`, flags);
}

/** Lower-cased view of a window around [start, end), for context words. */
export function around(text: string, start: number, end: number, window: number): string {
  return text.slice(Math.max(0, start - window), Math.min(text.length, end + window)).toLowerCase();
}

/** Offsets of every occurrence of `literal` in the text, moved by `shift` (a rule's `starts`; negative ones dropped). */
export function occurrences(text: string, literal: string, shift = 0): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1))
    if (at + shift >= 0) out.push(at + shift);
  return out;
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;

/**
 * Where a URI with a scheme can start: for each "://", the start of the run of scheme characters ([A-Za-z0-9+.-])
 * that ends there. A pattern that begins (?<![A-Za-z0-9+.-])scheme:// matches nowhere else.
 */
export function schemeStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 1)) {
    let s = at;
    while (s > 0 && SCHEME_CHAR.test(text[s - 1]!)) s--;
    out.push(s);
  }
  return out;
}
