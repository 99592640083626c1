/**
 * The detector's public API (fast path). Everything outside src/detect imports only this file, or
 * `src/detect/nlp.ts` for the full path (compromise), which is kept out of this file's import graph so the
 * content script does not ship it.
 */
export { ACTIONS, ENTITY_TYPES } from './types';
export type { Action, CustomPattern, DetectOptions, EntityType, Finding } from './types';
export { detect, DEFAULT_MIN_SCORE } from './analyze';
export { resolveOverlaps } from './overlaps';
export { DEFAULT_PHONE_REGIONS } from './scan';
export { compileCustomPatterns, ScanBudgetExceeded } from './custom';
export type { CompiledPattern, CompiledPatterns, PatternError } from './custom';
export { isPlaceholder, PLACEHOLDER, PLACEHOLDER_SOURCE, placeholderRegex } from './placeholder';
export { redact, restore, emptyMap, maskPreview, maskValue, PLACEHOLDER_NAMES } from './redact';
export type { Operator, PlaceholderMap, RedactOptions, Redaction } from './redact';
