/**
 * Pattern pieces shared by the rule tables. Rules are built with `new RegExp` only where a piece
 * is shared; everything else is a regex literal.
 */

/** Separator between a key and its value: optional closing quote, then `=`, `:`, `:=` or `=>`. */
export const SEP = String.raw`["'\x60]?[ \t]*(?:=>|:=|=|:)[ \t]*`;

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
