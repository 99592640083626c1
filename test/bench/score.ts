/**
 * Span scoring with score.mjs's rules (../shared/eval/score.mjs), reusable for any tool:
 * - a finding matches a gold span when the types are compatible and char IoU ≥ 0.5;
 * - a gold value is protected when ≥ 90% of its characters are covered by any finding;
 * - neutral gold types are neither leaks when missed nor false positives when found;
 * - a negative item (no gold spans) is flagged when it has any finding at all.
 * One deliberate difference: UK_NHS and NATIONAL_ID count as sensitive here. score.mjs does not
 * know them, so it treats them as neutral; the detector must protect them (issue #3).
 */
import type { Span } from './tools/types';

export interface GoldItem {
  id: string;
  text: string;
  spans: readonly Span[];
  locale?: string;
  kind?: string;
}

export const SENSITIVE: ReadonlySet<string> = new Set([
  'PERSON',
  'STREET_ADDRESS',
  'LOCATION',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'IP_ADDRESS',
  'US_DRIVER_LICENSE',
  'US_PASSPORT',
  'UK_NINO',
  'MAC_ADDRESS',
  'SECRET',
  'DATE_OF_BIRTH',
  'UK_NHS',
  'NATIONAL_ID',
]);

/** Predicted type accepted for a gold type beyond equality (score.mjs's ALSO). */
const ALSO: Record<string, readonly string[]> = {
  STREET_ADDRESS: ['LOCATION'],
  LOCATION: ['STREET_ADDRESS'],
  DATE_OF_BIRTH: ['DATE_TIME'],
  DATE_TIME: ['DATE_OF_BIRTH'],
};
export const compatible = (gold: string, pred: string): boolean => gold === pred || (ALSO[gold] ?? []).includes(pred);

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const iou = (a: Span, b: Span): number => {
  const o = overlap(a, b);
  return o / (a.end - a.start + b.end - b.start - o);
};
export const fbeta = (p: number, r: number, beta: number): number =>
  p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r);

export interface TypeCounts {
  gold: number;
  /** Gold spans found with a compatible type at IoU ≥ 0.5. */
  tp: number;
  fn: number;
  /** Findings of this type matching nothing (and not on neutral text). */
  fp: number;
  /** Gold spans ≥ 90% covered by any finding, whatever its type. */
  protected: number;
}

export interface Example {
  id: string;
  type: string;
  value: string;
  /** The finding's type for a false positive, or what covered part of a miss. */
  note?: string;
  label?: string;
}

export interface Score {
  perType: Map<string, TypeCounts>;
  charPrecision: number;
  charRecall: number;
  charF2: number;
  protection: number;
  negItems: number;
  negFlagged: number;
  /** Characters flagged per 1,000 characters of negative text. */
  overRedactionPer1k: number;
  /** Negative items flagged, per `kind`. */
  negFlaggedByKind: Map<string, { items: number; flagged: number }>;
  misses: Example[];
  falsePositives: Example[];
  errors: number;
}

const counts = (m: Map<string, TypeCounts>, t: string): TypeCounts => {
  let c = m.get(t);
  if (!c) m.set(t, (c = { gold: 0, tp: 0, fn: 0, fp: 0, protected: 0 }));
  return c;
};

/** Scores `preds[i]` (null = the tool threw on that item) against `items[i]`. */
export function scoreItems(
  items: readonly GoldItem[],
  preds: readonly (readonly Span[] | null)[],
  minIoU = 0.5,
): Score {
  const perType = new Map<string, TypeCounts>();
  const negFlaggedByKind = new Map<string, { items: number; flagged: number }>();
  const misses: Example[] = [];
  const falsePositives: Example[] = [];
  let goldChars = 0,
    goldCovered = 0,
    predChars = 0,
    predOk = 0;
  let sens = 0,
    prot = 0,
    negItems = 0,
    negFlagged = 0,
    negChars = 0,
    negPredChars = 0,
    errors = 0;

  items.forEach((item, idx) => {
    const raw = preds[idx];
    if (raw === null || raw === undefined) errors++;
    const ps = (raw ?? []).filter((f) => f.end > f.start);
    const n = item.text.length;
    const g = new Uint8Array(n),
      neu = new Uint8Array(n),
      p = new Uint8Array(n);
    for (const s of item.spans) (SENSITIVE.has(s.type) ? g : neu).fill(1, s.start, s.end);
    for (const f of ps) p.fill(1, Math.max(0, f.start), Math.min(n, f.end));
    for (let i = 0; i < n; i++) {
      if (g[i]) {
        goldChars++;
        if (p[i]) goldCovered++;
      }
      if (p[i]) {
        predChars++;
        if (g[i] || neu[i]) predOk++;
      }
    }
    if (item.spans.length === 0) {
      negItems++;
      negChars += n;
      const k = negFlaggedByKind.get(item.kind ?? '') ?? { items: 0, flagged: 0 };
      k.items++;
      if (ps.length) {
        negFlagged++;
        k.flagged++;
      }
      negFlaggedByKind.set(item.kind ?? '', k);
      for (let i = 0; i < n; i++) if (p[i]) negPredChars++;
    }
    for (const s of item.spans) {
      const c = counts(perType, s.type);
      c.gold++;
      const hit = ps.some((f) => compatible(s.type, f.type) && iou(s, f) >= minIoU);
      if (hit) c.tp++;
      else c.fn++;
      let cov = 0;
      for (let i = s.start; i < s.end; i++) cov += p[i]!;
      const isProtected = cov >= 0.9 * (s.end - s.start);
      if (isProtected) c.protected++;
      if (SENSITIVE.has(s.type)) {
        sens++;
        if (isProtected) prot++;
        else {
          const partial = ps
            .filter((f) => overlap(s, f) > 0)
            .map((f) => `${f.type} ${JSON.stringify(item.text.slice(f.start, f.end))}`);
          misses.push({
            id: item.id,
            type: s.type,
            value: item.text.slice(s.start, s.end),
            ...(s.label ? { label: s.label } : {}),
            ...(partial.length ? { note: `partly: ${partial.join(', ')}` } : {}),
          });
        }
      }
    }
    for (const f of ps) {
      const good = item.spans.some((s) => compatible(s.type, f.type) && iou(s, f) >= minIoU);
      const onNeutral = item.spans.some((s) => !SENSITIVE.has(s.type) && overlap(s, f) >= 0.5 * (f.end - f.start));
      if (!good && !onNeutral) {
        counts(perType, f.type).fp++;
        const under = item.spans.filter((s) => overlap(s, f) > 0).map((s) => s.type);
        falsePositives.push({
          id: item.id,
          type: f.type,
          value: item.text.slice(f.start, f.end),
          ...(under.length ? { note: `overlaps gold ${under.join(', ')}` } : {}),
        });
      }
    }
  });

  const charPrecision = predChars ? predOk / predChars : 1;
  const charRecall = goldChars ? goldCovered / goldChars : 1;
  return {
    perType,
    charPrecision,
    charRecall,
    charF2: fbeta(charPrecision, charRecall, 2),
    protection: sens ? prot / sens : 1,
    negItems,
    negFlagged,
    overRedactionPer1k: negChars ? (1000 * negPredChars) / negChars : 0,
    negFlaggedByKind,
    misses,
    falsePositives,
    errors,
  };
}

/** Span precision / recall / protection rate of one type, or null where undefined. */
export function typeRates(c: TypeCounts | undefined): {
  precision: number | null;
  recall: number | null;
  protection: number | null;
} {
  if (!c) return { precision: null, recall: null, protection: null };
  return {
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : null,
    recall: c.gold ? c.tp / c.gold : null,
    protection: c.gold ? c.protected / c.gold : null,
  };
}
