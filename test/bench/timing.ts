/** Latency and throughput measurement, the same protocol for every tool (detection.md §6.3). */
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CorpusItem } from '../corpus/types';
import { Rng } from '../corpus/rng';
import type { Tool } from './tools/types';

export const PROMPT_CHARS = 2000;
export const PASTE_CHARS = 100 * 1024;

/** Cuts `count` distinct windows of `size` chars from reshuffled concatenations of the corpus. */
export function windows(items: readonly CorpusItem[], size: number, count: number, seed: number): string[] {
  const r = new Rng(seed);
  const out: string[] = [];
  let stream = '';
  while (out.length < count) {
    while (stream.length < size)
      stream +=
        r
          .shuffle(items)
          .map((x) => x.text)
          .join('\n\n') + '\n\n';
    let cut = size;
    // Never split a surrogate pair: the tools would see a lone half.
    const code = stream.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push(stream.slice(0, cut));
    stream = stream.slice(cut);
  }
  return out;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
export const median = (xs: readonly number[]): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Untimed warm-up calls made before the timed ones. */
  warmed: number;
  /** p99 of the first FIRST_CALLS warm-up calls: the same work before the JIT has settled. */
  firstP99: number;
  /** p99 of each block of BLOCK timed calls, in order: how much the machine moved the tail during the run. */
  blockP99s: number[];
  /** Timed calls during which a garbage collection ran (see timeOne). */
  gcCalls: number;
}

/** Timed calls per block in Latency.blockP99s. */
export const BLOCK = 300;

/** Warm-up calls every tool gets, whatever its speed. */
const MIN_WARMUP = 300;
/** The warm-up calls counted in Latency.firstP99. */
const FIRST_CALLS = 300;

export interface Throughput {
  n: number;
  /** Median over pastes of chars/s. */
  medianCharsPerS: number;
  minMs: number;
  maxMs: number;
  medianMs: number;
}

/**
 * A full garbage collection before each tool's prompt warm-up (not between warm-up and timed calls, nor before the
 * pastes: see latency), so that no tool pays for the garbage of the one measured before it (or of the quality
 * scoring): every tool starts from the same collected heap. `--expose-gc` set at run time makes `gc` available to new
 * contexts only, hence the one-line context.
 */
setFlagsFromString('--expose-gc');
export const collect = runInNewContext('gc') as () => void;

/**
 * Median time (ms) of a fixed integer loop: the box's speed at that moment. On this shared 2-core box it moved by
 * 20% within half a minute with nothing else running here (steal time that the load average does not show), so the
 * report prints it beside the timings it measured around.
 */
export function referenceMs(): number {
  const loop = (): number => {
    let x = 0;
    for (let i = 0; i < 3e6; i++) x = (x * 31 + i) | 0;
    return x;
  };
  for (let k = 0; k < 5; k++) loop();
  const ms: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t0 = performance.now();
    loop();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/**
 * Time of one call, as [start, end]; a call that throws still counts its time (the caller reports the errors). Each
 * call is its own event-loop task, as detection is in the page (one submit, one typing pause): the loop turns
 * before it. V8 schedules a young-generation collection as a task once the new space is nearly full, so between
 * tasks it runs there; calls made back to back in one task (a microtask between them) would instead take every
 * one of those collections inside a timed call, which no page does. Latency.gcCalls counts what still lands inside.
 */
async function timeOne(call: (t: string) => unknown, text: string): Promise<[number, number]> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const t0 = performance.now();
  try {
    const r = call(text);
    if (r instanceof Promise) await r;
  } catch {
    // Quality scoring already counts and reports the tool's errors.
  }
  return [t0, performance.now()];
}

const msOf = ([t0, t1]: readonly [number, number]): number => t1 - t0;

/** Runs `record`, then counts the calls of `spans` (which it fills) during which a garbage collection ran. */
async function callsWithCollections(
  spans: readonly (readonly [number, number])[],
  record: () => Promise<void>,
): Promise<number> {
  const pauses: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  await record();
  // Entries are delivered asynchronously: one more turn of the loop before reading them.
  await new Promise<void>((resolve) => setImmediate(resolve));
  observer.disconnect();
  return spans.filter(([s, e]) => pauses.some(([ps, pe]) => ps < e && pe > s)).length;
}

/**
 * p50/p99 over distinct prompts after untimed warm-up calls. V8 keeps optimising (and deoptimising) a large
 * detector for several hundred 2,000-character calls after it has seen them first: the whole warm-up list is
 * used, but a slow tool stops after MIN_WARMUP calls once `warmBudgetMs` is spent. `budgetMs` caps a slow tool's
 * timed sample.
 */
export async function latency(
  tool: Tool,
  warm: readonly string[],
  timed: readonly string[],
  budgetMs: number,
  warmBudgetMs: number,
): Promise<Latency> {
  const call = tool.run ?? tool.find;
  collect();
  const warmTimes: number[] = [];
  let warmMs = 0;
  for (const p of warm) {
    if (warmTimes.length >= MIN_WARMUP && warmMs > warmBudgetMs) break;
    const t = msOf(await timeOne(call, p));
    warmTimes.push(t);
    warmMs += t;
  }
  const perCall = warmMs / Math.max(1, warmTimes.length);
  const n = Math.max(50, Math.min(timed.length, Math.floor(budgetMs / Math.max(perCall, 1e-3))));
  // No collection between warm-up and timed calls: a forced full collection throws away compiled code, and the
  // next few hundred calls of a tool pay to compile it again (p99 of 300 Veil prompts: ~11 ms right after one,
  // ~2.7 ms without).
  const spans: [number, number][] = [];
  const gcCalls = await callsWithCollections(spans, async () => {
    for (const p of timed.slice(0, n)) spans.push(await timeOne(call, p));
  });
  const ms = spans.map(msOf);
  const blockP99s: number[] = [];
  for (let b = 0; b + BLOCK <= ms.length; b += BLOCK) {
    blockP99s.push(
      quantile(
        ms.slice(b, b + BLOCK).sort((x, y) => x - y),
        0.99,
      ),
    );
  }
  ms.sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    p99: quantile(ms, 0.99),
    max: ms[ms.length - 1]!,
    warmed: warmTimes.length,
    firstP99: quantile(
      warmTimes.slice(0, FIRST_CALLS).sort((a, b) => a - b),
      0.99,
    ),
    blockP99s,
    gcCalls,
  };
}

/**
 * chars/s on large pastes (one untimed warm-up paste first); `budgetMs` caps a slow tool's count (at least 3). Runs
 * right after the tool's latency calls, on the heap they started from: no collection here, for the reason given in
 * latency (after a forced collection, the first four 100 KB pastes of Veil's full path took 121-144 ms, the later
 * ones 76-92 ms).
 */
export async function throughput(
  tool: Tool,
  warm: string,
  timed: readonly string[],
  budgetMs = Infinity,
): Promise<Throughput> {
  const call = tool.run ?? tool.find;
  const warmMs = msOf(await timeOne(call, warm));
  const n = Math.max(3, Math.min(timed.length, Math.floor(budgetMs / Math.max(warmMs, 1e-3))));
  const ms: number[] = [];
  for (const p of timed.slice(0, n)) ms.push(msOf(await timeOne(call, p)));
  const rates = ms.map((m, i) => timed[i]!.length / (m / 1000));
  return {
    n: ms.length,
    medianCharsPerS: median(rates),
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    medianMs: median(ms),
  };
}
