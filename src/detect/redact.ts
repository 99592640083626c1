import type { EntityType, Finding } from './types';

/**
 * Placeholder numbering for one conversation: the same value always gets the same placeholder.
 * The caller owns it (the extension keeps it in session storage); the detector stores nothing.
 */
export interface PlaceholderMap {
  /** placeholder -> original value */
  byPlaceholder: Record<string, string>;
  /** next number per type */
  counters: Partial<Record<EntityType, number>>;
}

export const emptyMap = (): PlaceholderMap => ({ byPlaceholder: {}, counters: {} });

export interface Redaction {
  text: string;
  map: PlaceholderMap;
  /** The placeholders used in this text, in order of appearance. */
  placeholders: string[];
}

/** Replaces each finding with `[TYPE_n]`, right to left so offsets stay valid. Returns a new map. */
export function redact(text: string, findings: readonly Finding[], map: PlaceholderMap = emptyMap()): Redaction {
  const next: PlaceholderMap = { byPlaceholder: { ...map.byPlaceholder }, counters: { ...map.counters } };
  const byValue = new Map(Object.entries(next.byPlaceholder).map(([p, v]) => [v, p]));
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  const names = ordered.map((f) => {
    const value = text.slice(f.start, f.end);
    let placeholder = byValue.get(value);
    if (!placeholder) {
      const n = (next.counters[f.type] ?? 0) + 1;
      next.counters[f.type] = n;
      placeholder = `[${f.type === 'EMAIL_ADDRESS' ? 'EMAIL' : f.type}_${n}]`;
      next.byPlaceholder[placeholder] = value;
      byValue.set(value, placeholder);
    }
    return placeholder;
  });
  let out = text;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const f = ordered[i]!;
    out = out.slice(0, f.start) + names[i]! + out.slice(f.end);
  }
  return { text: out, map: next, placeholders: names };
}
