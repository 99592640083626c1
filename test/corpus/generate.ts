/**
 * Seeded corpus generator: chat-style positives across 12 locales plus hard negatives, with gold
 * spans recorded at generation time. Same seed, same corpus, byte for byte.
 *
 *   tsx test/corpus/generate.ts --out corpus.json [--seed 20261126]
 *
 * The file is in score.mjs's dataset format ([{id, text, spans:[{type,start,end}]}], plus locale
 * and kind), so `node ../shared/eval/score.mjs --dataset corpus.json` scores it directly.
 * Generated data is never committed: regenerate it.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ctx, REF_DATE } from './ctx';
import { LOCALES, type LocaleSpec } from './locales';
import { FAMILIES, negativeFaker } from './negatives';
import { Rng } from './rng';
import { ENGLISH, NATIVE, type Template } from './templates/index';
import type { CorpusItem, GoldSpan } from './types';

export type { CorpusItem, GoldSpan, GoldType } from './types';

export const DEFAULT_SEED = 20261126;

export interface GenerateOptions {
  seed?: number;
  /** Scales every locale's item count (tests use a small corpus). */
  scale?: number;
  negatives?: number;
}

/** Share of a de/fr/es locale's items written in its own language. */
const NATIVE_SHARE = 0.6;

function pool(loc: LocaleSpec, templates: readonly Template[]): (readonly [Template, number])[] {
  return templates.filter((t) => !t.regions || t.regions.includes(loc.region)).map((t) => [t, t.weight ?? 1] as const);
}

/** Throws when a template produced a broken item: the corpus must never carry a bad label. */
function checkSpans(item: CorpusItem): void {
  let prevEnd = -1;
  for (const s of item.spans) {
    if (s.start < 0 || s.end > item.text.length || s.end <= s.start) throw new Error(`${item.id}: span out of range`);
    if (s.start < prevEnd) throw new Error(`${item.id}: overlapping spans`);
    if (item.text.slice(s.start, s.end).trim() !== item.text.slice(s.start, s.end)) {
      throw new Error(
        `${item.id}: span has surrounding whitespace: ${JSON.stringify(item.text.slice(s.start, s.end))}`,
      );
    }
    prevEnd = s.end;
  }
}

function positives(loc: LocaleSpec, locIndex: number, seed: number, scale: number): CorpusItem[] {
  loc.faker.seed(seed * 1000 + locIndex);
  loc.faker.setDefaultRefDate(REF_DATE);
  const r = new Rng(seed * 7919 + locIndex);
  const english = pool(loc, ENGLISH);
  const native = pool(loc, NATIVE[loc.lang]);
  const n = Math.max(1, Math.round(loc.items * scale));
  const out: CorpusItem[] = [];
  for (let i = 0; i < n; i++) {
    const useNative = native.length > 0 && r.chance(NATIVE_SHARE);
    const tpl = r.weighted(useNative ? native : english);
    const doc = tpl.render(new Ctx(loc, r, useNative ? loc.lang : 'en'));
    const spans: GoldSpan[] = [...doc.spans].sort((a, b) => a.start - b.start);
    const item: CorpusItem = {
      id: `${loc.code}-${String(i).padStart(4, '0')}`,
      text: doc.text,
      spans,
      locale: loc.code,
      kind: tpl.kind,
    };
    checkSpans(item);
    out.push(item);
  }
  return out;
}

function negatives(seed: number, count: number): CorpusItem[] {
  const f = negativeFaker(seed + 17);
  const r = new Rng(seed * 31 + 5);
  const names = Object.keys(FAMILIES);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length]!;
    return {
      id: `neg-${String(i).padStart(4, '0')}`,
      text: FAMILIES[family]!(r, f),
      spans: [],
      locale: 'und',
      kind: `neg:${family}`,
    };
  });
}

/** The whole corpus, positives first (by locale), then negatives. Takes well under a second. */
export function generateCorpus(opts: GenerateOptions = {}): CorpusItem[] {
  const seed = opts.seed ?? DEFAULT_SEED;
  const scale = opts.scale ?? 1;
  const pos = LOCALES.flatMap((loc, i) => positives(loc, i, seed, scale));
  return [...pos, ...negatives(seed, opts.negatives ?? Math.round(640 * scale))];
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = arg('--out');
  if (!out) {
    console.error('usage: tsx test/corpus/generate.ts --out FILE.json [--seed N]');
    process.exit(2);
  }
  const items = generateCorpus({ seed: Number(arg('--seed') ?? DEFAULT_SEED) });
  writeFileSync(out, JSON.stringify(items));
  const neg = items.filter((x) => x.spans.length === 0).length;
  console.log(`wrote ${items.length} items (${items.length - neg} positive, ${neg} negative) to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
