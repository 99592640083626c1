/**
 * The soak run's verdicts and closing table. Heap bounds, and why these:
 *
 * - Service worker: it is stopped every block, so its heap at the end of a block (after GC) is what
 *   one block of work leaves in a fresh worker plus whatever it loads at start. A leak that survives
 *   restarts grows with the stored trail (2,000 events at the end); the median of the last three
 *   blocks must stay within 2x the second block (the first is the browser's start-up, with the
 *   extension's install work). A per-submission leak of even 5 KB would be 10x by block 20.
 * - Content scripts: a tab's heap after GC is page plus Veil (one V8 isolate), measured at the end
 *   of every page life, each life the same number of submissions. Page and Veil start afresh on a
 *   reload, so the end of the last life must stay within 1.5x the end of the first: more means
 *   something outlives the page in the renderer (a world or listener kept alive). Within a life,
 *   heap growth per submission is printed; the fixture pages keep every chat turn in their DOM, so
 *   it is not Veil's alone, and bounded only by the life's length.
 */

export interface Block {
  /** submissions made so far */
  done: number;
  seconds: number;
  workerBytes: number | null;
  tabBytes: Record<string, number>;
  decisions: number;
  trail: number;
  leaks: number;
}

export interface Life {
  site: string;
  submissions: number;
  startBytes: number;
  endBytes: number;
  decisions: number;
  /** each decision as action/trigger[/detail] */
  kinds: string[];
}

export interface Totals {
  submissions: number;
  seconds: number;
  decisions: number;
  expectedDecisions: number;
  trail: number;
  trailWithRawValues: number;
  leaks: string[];
  stops: number;
  reloads: number;
  repeats: number;
  pageErrors: number;
  /** submissions that did not complete (timed out, threw) */
  errors: string[];
}

const mb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined ? '   -  ' : (bytes / 1_048_576).toFixed(2).padStart(6);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const WORKER_BOUND = 2;
export const LIFE_BOUND = 1.5;

/** The worker's growth figure: median of the last three block samples over the second block's. */
export function workerGrowth(blocks: readonly Block[]): number | null {
  const samples = blocks.map((b) => b.workerBytes).filter((b): b is number => b !== null);
  if (samples.length < 3) return null;
  return median(samples.slice(-3)) / samples[1]!;
}

/** Per site: end of the last page life over the end of the first (null with one life). */
export function lifeGrowth(lives: readonly Life[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const site of new Set(lives.map((l) => l.site))) {
    const mine = lives.filter((l) => l.site === site && l.submissions > 0);
    const full = mine.filter((l) => l.submissions === mine[0]!.submissions);
    out[site] = full.length < 2 ? null : full.at(-1)!.endBytes / full[0]!.endBytes;
  }
  return out;
}

export function blockLine(b: Block): string {
  const tabs = Object.values(b.tabBytes);
  return (
    `#${String(b.done).padStart(5)}  ${b.seconds.toFixed(0).padStart(5)} s  worker ${mb(b.workerBytes)} MB  ` +
    `tabs median ${mb(median(tabs))} MB max ${mb(Math.max(...tabs))} MB  ` +
    `decisions ${b.decisions}  trail ${b.trail}  leaks ${b.leaks}`
  );
}

function contextRows(blocks: readonly Block[], lives: readonly Life[]): string[] {
  const rows = ['context        first MB   last MB    max MB   growth', '-'.repeat(56)];
  const worker = blocks.map((b) => b.workerBytes).filter((b): b is number => b !== null);
  const wg = workerGrowth(blocks);
  rows.push(
    `service worker ${mb(worker[0])}    ${mb(worker.at(-1))}    ${mb(Math.max(...worker))}   ` +
      `${wg === null ? '-' : `${wg.toFixed(2)}x (last 3 blocks / block 2)`}`,
  );
  const growth = lifeGrowth(lives);
  for (const site of Object.keys(blocks[0]?.tabBytes ?? {})) {
    const ends = lives.filter((l) => l.site === site).map((l) => l.endBytes);
    const all = [...ends, ...blocks.map((b) => b.tabBytes[site]!)];
    const g = growth[site];
    const perSub = lives
      .filter((l) => l.site === site && l.submissions > 0)
      .map((l) => (l.endBytes - l.startBytes) / l.submissions / 1024);
    rows.push(
      `${site.padEnd(14)} ${mb(ends[0])}    ${mb(ends.at(-1))}    ${mb(Math.max(...all))}   ` +
        `${g === null || g === undefined ? '-' : `${g.toFixed(2)}x (end of last life / first)`}` +
        `; within a life ${median(perSub).toFixed(1)} KB per submission`,
    );
  }
  return rows;
}

function kindCounts(lives: readonly Life[]): string {
  const counts = new Map<string, number>();
  const unusual = new Map<string, number>();
  for (const l of lives) {
    for (const k of l.kinds) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (/^(failed|degraded)/.test(k)) unusual.set(`${l.site} ${k}`, (unusual.get(`${l.site} ${k}`) ?? 0) + 1);
    }
  }
  const list = (m: Map<string, number>): string => [...m].map(([k, n]) => `${k} ${n}`).join(', ');
  return list(counts) + (unusual.size > 0 ? `\n  failed/degraded by site: ${list(unusual)}` : '');
}

/** Prints the closing table; returns the failures (empty: the run passed). */
export function summarize(blocks: readonly Block[], lives: readonly Life[], t: Totals): string[] {
  const failures: string[] = [];
  if (t.leaks.length > 0) failures.push(`${t.leaks.length} raw values reached a site: ${t.leaks.join(', ')}`);
  if (t.trail !== t.decisions) failures.push(`audit trail holds ${t.trail} events for ${t.decisions} decisions`);
  if (t.errors.length > 0)
    failures.push(`${t.errors.length} submissions did not complete:\n    ${t.errors.join('\n    ')}`);
  if (t.trailWithRawValues > 0) failures.push(`${t.trailWithRawValues} audit events hold a planted raw value`);
  const wg = workerGrowth(blocks);
  if (wg !== null && wg > WORKER_BOUND) failures.push(`worker heap grew ${wg.toFixed(2)}x (bound ${WORKER_BOUND}x)`);
  for (const [site, g] of Object.entries(lifeGrowth(lives))) {
    if (g !== null && g > LIFE_BOUND) failures.push(`${site}: tab heap grew ${g.toFixed(2)}x across page lives`);
  }
  const lines = [
    '',
    'Soak summary (heap: V8 used bytes after a forced GC; tab rows: at the end of each page life)',
    ...contextRows(blocks, lives),
    '',
    `submissions ${t.submissions} in ${(t.seconds / 60).toFixed(1)} min; worker stopped ${t.stops} times; ` +
      `${t.reloads} tab reloads; Enter repeated ${t.repeats} times; page errors ${t.pageErrors}`,
    `decisions made ${t.decisions} (expected from the prompt mix: ${t.expectedDecisions}); ` +
      `audit events in the trail ${t.trail}; events holding a raw value ${t.trailWithRawValues}`,
    `decisions by kind: ${kindCounts(lives)}`,
    `leaks (planted raw values in any body or frame a site received): ${t.leaks.length}`,
    failures.length === 0 ? 'PASS' : `FAIL:\n  ${failures.join('\n  ')}`,
  ];
  console.log(lines.join('\n'));
  return failures;
}
