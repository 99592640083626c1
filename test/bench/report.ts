/** Renders the one benchmark report (markdown), printed and kept in docs/benchmarks.md. */
import { checklist } from './checklist';
import { f2, f3, MB, pct, show, table } from './format';
import type { ScoreRun } from './presidio';
import { type BenchResult, type ToolResult, TYPE_ORDER } from './result';
import { type Example, type Score, SENSITIVE, typeRates } from './score';

export type { BenchResult, ToolResult } from './result';

function overall(r: BenchResult): string {
  const ts = r.tools.filter((t) => t.score);
  const row = (name: string, f: (s: Score, t: ToolResult) => string): string[] => [
    name,
    ...ts.map((t) => f(t.score!, t)),
  ];
  return table(
    ['Metric', ...ts.map((t) => t.name)],
    [
      row('char recall (1 − leak)', (s) => f3(s.charRecall)),
      row('char precision', (s) => f3(s.charPrecision)),
      row('**char F2**', (s) => `**${f3(s.charF2)}**`),
      row('**entity protection** (≥ 90% covered)', (s) => `**${f3(s.protection)}**`),
      row('negatives flagged', (s) => `${s.negFlagged}/${s.negItems} (${pct(s.negFlagged, s.negItems)})`),
      row('over-redaction, chars per 1k negative chars', (s) => f2(s.overRedactionPer1k)),
      row('errors (items that threw)', (s) => String(s.errors)),
      row('corpus scoring time', (_, t) => `${((t.qualityMs ?? 0) / 1000).toFixed(1)} s`),
    ],
  );
}

function perType(r: BenchResult): string {
  const ts = r.tools.filter((t) => t.score);
  const ref = ts[0]?.score;
  const rows = TYPE_ORDER.filter((ty) => ref?.perType.get(ty)?.gold).map((ty) => {
    const gold = ref!.perType.get(ty)!.gold;
    const cells = ts.map((t) => {
      if (!t.covers.includes(ty)) return '–';
      const x = typeRates(t.score!.perType.get(ty));
      return `${f3(x.protection)} / ${f3(x.recall)} / ${f3(x.precision)}`;
    });
    return [`${ty}${SENSITIVE.has(ty) ? '' : ' (n)'}`, String(gold), ...cells];
  });
  return table(['Type', 'gold', ...ts.map((t) => t.name)], rows);
}

function negatives(r: BenchResult): string {
  const ts = r.tools.filter((t) => t.score);
  const kinds = [...(ts[0]?.score?.negFlaggedByKind.keys() ?? [])].sort();
  return table(
    ['Negative family', 'items', ...ts.map((t) => t.name)],
    kinds.map((k) => {
      const all = ts[0]!.score!.negFlaggedByKind.get(k)!.items;
      // A sampled tool saw fewer items: show its own denominator.
      const cell = (t: ToolResult): string => {
        const c = t.score!.negFlaggedByKind.get(k) ?? { items: 0, flagged: 0 };
        return c.items === all ? String(c.flagged) : `${c.flagged}/${c.items}`;
      };
      return [k.replace(/^neg:/, ''), String(all), ...ts.map(cell)];
    }),
  );
}

function locales(r: BenchResult): string {
  return table(
    ['Locale', 'items', 'protection', 'PERSON recall', 'PERSON precision', 'char F2'],
    // Negatives (locale "und") have their own table.
    r.byLocale
      .filter((x) => x.locale !== 'und')
      .map(({ locale, items, score }) => {
        const p = typeRates(score.perType.get('PERSON'));
        return [locale, String(items), f3(score.protection), f3(p.recall), f3(p.precision), f3(score.charF2)];
      }),
  );
}

/** The p99s of the blocks of 300 timed calls, as min / median / max ('·' with fewer than two blocks). */
function blockSpread(p99s: readonly number[]): string {
  if (p99s.length < 2) return '·';
  const s = [...p99s].sort((a, b) => a - b);
  return `${f2(s[0])} / ${f2(s[Math.floor(s.length / 2)])} / ${f2(s[s.length - 1])} (${s.length})`;
}

function speed(r: BenchResult): string {
  const fast = r.tools.find((t) => t.name === 'Veil fast')?.latency;
  const full = r.tools.find((t) => t.name === 'Veil full')?.throughput;
  const rows = r.tools
    .filter((t) => t.latency)
    .map((t) => {
      const l = t.latency!;
      const th = t.throughput;
      return [
        t.name,
        String(l.n),
        f2(l.p50),
        f2(l.p95),
        f2(l.p99),
        blockSpread(l.blockP99s),
        f2(l.max),
        `${f2(l.firstP99)} (${l.warmed})`,
        String(l.gcCalls),
        th ? `${f2(th.medianCharsPerS / MB)} (${th.n})` : '·',
        th ? `${th.medianMs.toFixed(0)} [${th.minMs.toFixed(0)}–${th.maxMs.toFixed(0)}]` : '·',
        fast ? `${(l.p50 / fast.p50).toFixed(1)}×` : '·',
        th && full ? `${(th.medianCharsPerS / full.medianCharsPerS).toFixed(2)}×` : '·',
      ];
    });
  return table(
    [
      'Tool',
      'prompts',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'p99 per 300 calls: min / median / max',
      'max ms',
      'first 300 calls: p99 ms (warm-up calls)',
      'timed calls with a GC pause',
      '100 KB: MB/s (n)',
      '100 KB: ms median [min–max]',
      'p50 ÷ Veil fast',
      'MB/s ÷ Veil full',
    ],
    rows,
  );
}

/** Veil fast in Chromium (chromium.ts): one line. */
function inChromium(r: BenchResult): string {
  const c = r.chromium;
  if ('error' in c) return `Veil fast in Chromium: not measured (${c.error}).`;
  return (
    `Veil fast in Chromium (${c.browser}, headless; the content script's detector bundle as an IIFE; one task per ` +
    `call; ${c.warmed.toLocaleString('en')} warm-up calls, then the same ${c.n.toLocaleString('en')} prompts; ` +
    `timer ${c.isolated ? '5 µs, cross-origin isolated page' : '100 µs'}): p50 ${f2(c.p50)} ms, p95 ${f2(c.p95)} ms, ` +
    `p99 ${f2(c.p99)} ms, max ${f2(c.max)} ms; p99 per 300 calls: ${c.blockP99s.map(f2).join(', ')}.`
  );
}

function bundles(r: BenchResult): string {
  const rows = r.bundles.map((b) => [
    `\`${b.entry}\``,
    b.error ? `error: ${b.error}` : f2(b.minKB),
    f2(b.gzKB),
    b.gzKB <= 150 ? 'within 150 KB' : 'over 150 KB',
    b.top.map((x) => `${x.path} ${x.kB.toFixed(1)}`).join(', '),
  ]);
  return table(['Entry', 'min KB', 'min+gzip KB', 'budget', 'largest inputs (KB in output)'], rows);
}

/** Up to `n` examples spread over the list, so one template does not fill them all. */
function spread<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs];
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

function examples(tool: ToolResult): string {
  const s = tool.score!;
  const group = (xs: readonly Example[]): Map<string, Example[]> => {
    const m = new Map<string, Example[]>();
    for (const x of xs) m.set(x.type, [...(m.get(x.type) ?? []), x]);
    return new Map([...m.entries()].sort((a, b) => b[1].length - a[1].length));
  };
  const out: string[] = [];
  out.push(`**Misses** (gold value < 90% covered), ${s.misses.length} in all:`);
  for (const [type, xs] of group(s.misses)) {
    const labels = new Map<string, number>();
    for (const x of xs) if (x.label) labels.set(x.label, (labels.get(x.label) ?? 0) + 1);
    const by = labels.size
      ? ` — by label: ${[...labels.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([l, n]) => `${l} ${n}`)
          .join(', ')}`
      : '';
    out.push(`- **${type}**: ${xs.length}${by}`);
    for (const x of spread(xs, 5))
      out.push(`  - ${x.id}: ${show(x.value)}${x.note ? ` (${x.note.slice(0, 120)})` : ''}`);
  }
  out.push(
    '',
    `**False positives** (finding matches no gold span and is not on neutral text), ${s.falsePositives.length} in all:`,
  );
  for (const [type, xs] of group(s.falsePositives)) {
    out.push(`- **${type}**: ${xs.length}`);
    for (const x of spread(xs, 5)) out.push(`  - ${x.id}: ${show(x.value)}${x.note ? ` (${x.note})` : ''}`);
  }
  return out.join('\n');
}

/** Pieces of library source with a PERSON, LOCATION or STREET_ADDRESS finding, per Veil path and source. */
function codePieces(r: BenchResult): string {
  if (!r.codePieces.length) return 'Not measured (no Veil path ran, or no source file was found in node_modules).';
  const rows = r.codePieces.flatMap(({ tool, results }) => {
    const pieces = results.reduce((s, x) => s + x.pieces, 0);
    const flagged = results.reduce((s, x) => s + x.flagged, 0);
    const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '·');
    return [
      ...results.map(
        (x) =>
          `| ${tool} | ${x.name} | ${x.pieces} | ${x.flagged} (${pct(x.flagged, x.pieces)}) | ${x.top.map((t) => `\`${t.value.replace(/[|`\n]/g, ' ')}\` ${t.type} ×${t.count}`).join(', ')} |`,
      ),
      `| **${tool}** | **all** | **${pieces}** | **${flagged} (${pct(flagged, pieces)})** | |`,
    ];
  });
  return [
    "Consecutive 2,000-character pieces of TypeScript's `lib.es5.d.ts` and `lib.dom.d.ts`, vite's node bundle and Dexie's bundle (node_modules). Counted: pieces with at least one PERSON, LOCATION or STREET_ADDRESS finding (bar: ≤ 2%).",
    '',
    '| path | source | pieces | with a finding | most frequent values |',
    '|---|---|---:|---:|---|',
    ...rows,
  ].join('\n');
}

function block(run: ScoreRun): string {
  return (
    '```\n' + run.output + (run.ok ? `\n(${(run.ms / 1000).toFixed(1)} s including the scan process)` : '') + '\n```'
  );
}

export function renderReport(r: BenchResult): string {
  const veil =
    r.tools.find((t) => t.name === 'Veil full' && t.score) ?? r.tools.find((t) => t.name === 'Veil fast' && t.score);
  const loaded = Math.max(r.loadBefore[0]!, r.loadAfter[0]!) > 1;
  const notes = [
    ...r.notes,
    ...r.tools.flatMap((t) => [
      ...t.notes.map((n) => `${t.name}: ${n}`),
      ...(t.unavailable ? [`${t.name}: unavailable (${t.unavailable})`] : []),
      ...(t.firstError ? [`${t.name}: first error: ${t.firstError}`] : []),
    ]),
  ];
  return [
    '# Veil benchmark',
    '',
    'Generated by `npm run bench` (`test/bench/run.ts`); do not edit by hand. Numbers from one run on the machine below.',
    '',
    `- date: ${r.date}`,
    `- machine: ${r.machine}; node ${r.node}`,
    `- box speed around the timings: a fixed loop took ${r.referenceMs[0].toFixed(2)} ms before and ${r.referenceMs[1].toFixed(2)} ms after (median of a fixed integer loop: it shows processor time taken by other tenants of the box, not their load on its caches and memory, which slows a detector of large tables more)`,
    `- load average (1/5/15 min): before ${r.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after ${r.loadAfter.map((x) => x.toFixed(2)).join(' / ')}${loaded ? ' — **⚠ machine was loaded (1-min load > 1): timings are pessimistic**' : ''}`,
    `- corpus: seed ${r.seed}, ${r.corpus.items} items (${r.corpus.positives} positive in ${r.corpus.locales} locales, ${r.corpus.negatives} hard negatives, ${r.corpus.kinds} kinds), ${(r.corpus.chars / 1024).toFixed(0)} K chars, generated in ${r.corpus.genMs.toFixed(0)} ms`,
    `- total bench time: ${(r.totalMs / 1000).toFixed(1)} s`,
    '',
    '## Targets (issue #3)',
    '',
    checklist(r),
    '',
    '## Own corpus: overall',
    '',
    'Scoring follows `../shared/eval/score.mjs` (type-compatible match at char IoU ≥ 0.5; protected = ≥ 90% of the value covered by any finding; neutral types (n) never count against a tool), except that UK_NHS and NATIONAL_ID count as sensitive here.',
    '',
    overall(r),
    '',
    '## Own corpus: per type',
    '',
    'Each cell: **protection / recall / precision**. Protection: value ≥ 90% covered by any finding (type-agnostic). Recall: a type-compatible finding at IoU ≥ 0.5. Precision: findings of that type that match. "–": the tool has no such type; "·": undefined (no findings).',
    '',
    perType(r),
    '',
    '## Own corpus: hard negatives flagged, by family',
    '',
    negatives(r),
    '',
    `## ${veil?.name ?? 'Veil'}: by locale`,
    '',
    locales(r),
    '',
    '## presidio-research synthetic set (`node ../shared/eval/score.mjs`)',
    '',
    block(r.presidio),
    '',
    '## Peer suites (`node ../shared/eval/peer-suites/score.mjs`)',
    '',
    'Presidio recognizer tests, gitleaks rule samples and detect-secrets plugin tests: inputs and expectations the own corpus did not shape. The headline is the last line (core cases; bar: find-recall ≥ 0.90, none-flagged ≤ 0.05).',
    '',
    block(r.peers),
    '',
    '## Negative family: library source in 2,000-character pieces',
    '',
    codePieces(r),
    '',
    '### Cross-check: own corpus through score.mjs and the scan CLI',
    '',
    'score.mjs treats UK_NHS and NATIONAL_ID as neutral, so its numbers differ slightly from the tables above.',
    '',
    block(r.ownViaScoreMjs),
    '',
    '## Speed (same run, same prompts for every tool)',
    '',
    `2,000-character prompts: untimed warm-up calls on windows of a third corpus (seed + 5, values no tool has seen either; 3,000 calls, or as many as fit in 8 s for a slow tool, at least 300: V8 goes on optimising a large detector for a few thousand such calls; the p99 of the first 300 is shown apart), then one timed call each on 1,500 distinct windows of a second corpus (seed + 1, large enough that no item repeats among them), whose values no tool has seen, so no cache answers for them (slow tools: as many as fit in 10 s). Each call is its own event-loop task, as detection is in the page (one submit, one typing pause): V8 runs the young-generation collections it schedules between tasks, and the table counts the timed calls that still had a collection's pause inside them (when the calls ran back to back in one task, as in this bench before 2026-11-27, every collection landed in a call: ~13 of 1,500 Veil fast calls, 0.8-1 ms each). The p99 is over all timed calls; the p99 of each block of 300 shows how much the shared machine moved the tail during the run. 100 KB pastes (102,400 chars): one untimed warm-up paste from the scored corpus, then distinct pastes from the other half of the second corpus; MB/s = 2^20 chars per second, median over pastes. Async tools are awaited. Each tool starts from a fully collected heap before its prompt warm-up; its pastes follow its prompts without another collection. Veil runs as it ships (each entry bundled and minified by esbuild); the alternatives run from their published packages.`,
    '',
    speed(r),
    '',
    inChromium(r),
    '',
    '## Bundle size (esbuild, minify, platform browser, ESM, gzip -9)',
    '',
    bundles(r),
    r.fakerInSrc.length
      ? `\n**⚠ faker is referenced in src/**: ${r.fakerInSrc.join(', ')}`
      : '\nfaker: not referenced anywhere under `src/` ✅',
    '',
    '## Label mapping of the alternatives',
    '',
    ...r.tools.map((t) => `- **${t.name}**: ${t.mapping}`),
    '',
    `## ${veil?.name ?? 'Veil'}: misses and false positives (examples for the detector owner)`,
    '',
    veil ? examples(veil) : 'Veil could not be scored.',
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
