/**
 * Which placeholder replaced which value, recovered from a text and its redaction (the vault
 * answers with the redacted text only, and keeps the map to itself). Mirrors the detector's
 * `redact`: spans in text order, an overlapping span skipped, invisible text removed, anything else
 * replaced by a placeholder `[TYPE_n]`. Any mismatch gives no answer, and the caller falls back to
 * a redacted text copy.
 */
import type { Replacement } from './rewrite';

export interface Span {
  start: number;
  end: number;
  type: string;
}

const PLACEHOLDER = /^\[[A-Z][A-Z0-9_]*_\d+\]/;

export function replacementsFrom(text: string, spans: readonly Span[], redacted: string): Replacement[] | undefined {
  const ordered = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out = new Map<string, string>();
  let cursor = 0;
  let at = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    const gap = text.slice(cursor, span.start);
    if (redacted.slice(at, at + gap.length) !== gap) return undefined;
    at += gap.length;
    const placeholder =
      span.type === 'INVISIBLE_TEXT' ? '' : (PLACEHOLDER.exec(redacted.slice(at, at + 64))?.[0] ?? '');
    if (span.type !== 'INVISIBLE_TEXT' && !placeholder) return undefined;
    const value = text.slice(span.start, span.end);
    if (out.has(value) && out.get(value) !== placeholder) return undefined;
    out.set(value, placeholder);
    at += placeholder.length;
    cursor = span.end;
  }
  if (redacted.slice(at) !== text.slice(cursor)) return undefined;
  return [...out].map(([value, placeholder]) => ({ value, placeholder }));
}
