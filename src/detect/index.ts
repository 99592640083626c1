// The detector's public API. Everything outside src/detect imports only this file.
export { ENTITY_TYPES } from './types';
export type { EntityType, Finding, DetectOptions } from './types';
export { detect } from './analyze';
export { redact, emptyMap } from './redact';
export type { PlaceholderMap, Redaction } from './redact';
