/**
 * Veil's fast path in Chromium's V8, the engine the extension ships to, on the bench's own prompts: the content
 * script's detector bundle (as shipped, as an IIFE), loaded into a headless Chromium page. Each call is its own task
 * (a MessageChannel turn, as an input event is), after the same untimed warm-up as in Node. The page is cross-origin
 * isolated (COOP + COEP, served from a route), so performance.now() resolves 5 µs instead of 100 µs.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { AS_SHIPPED } from './bundle';
import { BLOCK } from './timing';

export interface ChromiumLatency {
  /** Chromium's version string. */
  browser: string;
  /** Whether the page was cross-origin isolated (5 µs timer; else 100 µs). */
  isolated: boolean;
  n: number;
  warmed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  blockP99s: number[];
}

const ORIGIN = 'https://veil-bench.test';

/** The measurement, or why it could not be made (no Chromium on the machine, a page error). */
export async function chromiumLatency(
  root: string,
  warm: readonly string[],
  timed: readonly string[],
): Promise<ChromiumLatency | { error: string }> {
  const bundle = await build({
    ...AS_SHIPPED,
    format: 'iife',
    globalName: 'VeilBench',
    entryPoints: [join(root, 'src/detect/index.ts')],
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
  } catch (e) {
    return { error: `Chromium did not start: ${String(e).split('\n')[0]}` };
  }
  try {
    const page = await browser.newPage();
    const isolation = {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/detect.js')
        ? route.fulfill({ headers: { ...isolation, 'content-type': 'text/javascript' }, body: script })
        : route.fulfill({
            headers: { ...isolation, 'content-type': 'text/html' },
            body: '<!doctype html><title>bench</title><script src="/detect.js"></script>',
          }),
    );
    // The bench runs under tsx, whose transform wraps the named functions of the callback below in `__name(...)`
    // (esbuild's keepNames): the page needs that helper to run it.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`${ORIGIN}/`);
    const r = await page.evaluate(
      async ({ warm, timed, block }) => {
        const detect = (globalThis as unknown as { VeilBench: { detect: (t: string) => unknown } }).VeilBench.detect;
        // One task per call: a message to ourselves is a new task (a resolved promise would be a microtask).
        const channel = new MessageChannel();
        let next = (): void => {};
        channel.port1.onmessage = () => next();
        const turn = () =>
          new Promise<void>((resolve) => {
            next = resolve;
            channel.port2.postMessage(0);
          });
        for (const p of warm) {
          await turn();
          detect(p);
        }
        const ms: number[] = [];
        for (const p of timed) {
          await turn();
          const t0 = performance.now();
          detect(p);
          ms.push(performance.now() - t0);
        }
        const q = (xs: number[], p: number) => {
          const s = [...xs].sort((a, b) => a - b);
          return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
        };
        const blockP99s: number[] = [];
        for (let b = 0; b + block <= ms.length; b += block) blockP99s.push(q(ms.slice(b, b + block), 0.99));
        return {
          isolated: crossOriginIsolated,
          n: ms.length,
          p50: q(ms, 0.5),
          p95: q(ms, 0.95),
          p99: q(ms, 0.99),
          max: Math.max(...ms),
          blockP99s,
        };
      },
      { warm, timed, block: BLOCK },
    );
    return { browser: browser.version(), warmed: warm.length, ...r };
  } catch (e) {
    return { error: `the page failed: ${String(e).split('\n')[0]}` };
  } finally {
    await browser.close();
  }
}
