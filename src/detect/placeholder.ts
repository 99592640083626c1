/**
 * The placeholders Veil writes for redacted values ("[EMAIL_1]", "[NAME_2]"). Written by redact.ts, read back by
 * restore and skipped by the recognizers (redacting twice must be stable): one owner, so writer and readers agree.
 */
// Bounded (no type name over 31 characters, no number over 6 digits): reply text comes from the
// page, and an unbounded `[A-Z_]*_` backtracks quadratically over a long run of `A_A_A_…`.
export const PLACEHOLDER_SOURCE = String.raw`\[[A-Z][A-Z_]{0,30}_\d{1,6}\]`;

/** A placeholder anywhere in a string (no flags: `test` keeps no state). */
export const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE);

/** A new regex for the placeholder with `flags` ("g" to replace all, "y" to match at lastIndex). */
export const placeholderRegex = (flags: string): RegExp => new RegExp(PLACEHOLDER_SOURCE, flags);

const WHOLE = new RegExp(`^${PLACEHOLDER_SOURCE}$`);

/** True when `s` is exactly one placeholder. */
export const isPlaceholder = (s: string): boolean => WHOLE.test(s);

/** The placeholder for the `n`th value of a type whose prefix is `prefix` ("EMAIL", 1 -> "[EMAIL_1]"). */
export const placeholderFor = (prefix: string, n: number): string => `[${prefix}_${n}]`;
