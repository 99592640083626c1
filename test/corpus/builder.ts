import type { GoldSpan, GoldType } from './types';

/** A value with its gold label. Rendering a Val into a Doc records its span. */
export interface Val {
  readonly type: GoldType;
  readonly text: string;
  readonly label?: string;
}

/** Text with spans. Docs nest: interpolating a Doc shifts its spans. */
export interface Doc {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

export type Part = string | number | Val | Doc | null | undefined | readonly Part[];

export const val = (type: GoldType, text: string, label?: string): Val =>
  label === undefined ? { type, text } : { type, text, label };

const isDoc = (p: object): p is Doc => 'spans' in p;

/** Concatenates parts into one Doc; spans are computed here, never by hand. */
export function cat(...parts: Part[]): Doc {
  let text = '';
  const spans: GoldSpan[] = [];
  const add = (p: Part): void => {
    if (p === null || p === undefined) return;
    if (typeof p === 'string' || typeof p === 'number') {
      text += String(p);
    } else if (Array.isArray(p)) {
      for (const q of p as readonly Part[]) add(q);
    } else if (isDoc(p as object)) {
      const d = p as Doc;
      for (const s of d.spans) spans.push({ ...s, start: s.start + text.length, end: s.end + text.length });
      text += d.text;
    } else {
      const v = p as Val;
      const span: GoldSpan = { type: v.type, start: text.length, end: text.length + v.text.length };
      if (v.label !== undefined) span.label = v.label;
      spans.push(span);
      text += v.text;
    }
  };
  for (const p of parts) add(p);
  return { text, spans };
}

/** Tagged template: s`Call ${phone} or mail ${email}.` */
export function s(strings: TemplateStringsArray, ...vals: Part[]): Doc {
  const parts: Part[] = [];
  strings.forEach((str, i) => {
    parts.push(str);
    if (i < vals.length) parts.push(vals[i]);
  });
  return cat(...parts);
}

/** Joins parts with a separator (lines of a CSV, items of a list). */
export function join(parts: readonly Part[], sep: string): Doc {
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep);
    out.push(p);
  });
  return cat(...out);
}

/** Plain text of a part, for places where a value is reused without a second label (never used for PII). */
export const plain = (p: Part): string => cat(p).text;
