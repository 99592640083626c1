/**
 * Managed policy in real Firefox ESR, through Debian's machine-wide policies.json (written before
 * the browser starts, always removed after): the same first-keystroke cases as Chromium's
 * policy-startup.e2e.test.ts (a chat site opened 0 ms, 500 ms and 2 s after start, first and later
 * runs).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SITES, type SiteId } from './harness';
import {
  fxAuditEvents,
  fxSubmissions,
  launchFirefox,
  openFxSite,
  removeFirefoxPolicy,
  writeFirefoxPolicy,
  type FxBrowser,
  type FxRecorder,
} from './firefox-harness';
import { STARTUP_CASES, STARTUP_POLICIES, STARTUP_PROMPTS } from './startup-cases';
import { sleep, until } from './veil';

const DECISION_MS = 30_000;

afterAll(() => removeFirefoxPolicy());

async function clearComposer(page: Page, site: SiteId): Promise<void> {
  await page.click(SITES[site].composer);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

async function sendAll(
  fx: FxBrowser,
  page: Page,
  recorder: FxRecorder,
  site: SiteId,
  kind: 'block' | 'monitor',
): Promise<number[]> {
  const waitedMs: number[] = [];
  const since = Date.now();
  for (const [i, prompt] of STARTUP_PROMPTS.entries()) {
    await clearComposer(page, site);
    await page.keyboard.type(prompt);
    const t0 = Date.now();
    await page.keyboard.press('Enter');
    if (kind === 'block') {
      await until(
        async () => (await fxAuditEvents(fx)).filter((e) => e.action === 'blocked' && e.time >= since).length,
        (n) => n >= i + 1,
        DECISION_MS,
      );
    } else {
      await recorder.waitForCount(i + 1, DECISION_MS);
    }
    waitedMs.push(Date.now() - t0);
  }
  return waitedMs;
}

describe.each(['block', 'monitor'] as const)('Firefox: managed policy "%s" in policies.json before start', (kind) => {
  it.each(STARTUP_CASES)(
    'holds from the first keystroke, site opened $delayMs ms after start',
    async ({ delayMs, site }) => {
      writeFirefoxPolicy(STARTUP_POLICIES[kind]);
      const profileDir = await mkdtemp(join(tmpdir(), 'veil-e2e-ff-startup-'));
      try {
        for (const run of ['first', 'later'] as const) {
          const fx = await launchFirefox({ userDataDir: profileDir });
          try {
            await sleep(delayMs);
            const { page, recorder } = await openFxSite(fx, site);
            const waitedMs = await sendAll(fx, page, recorder, site, kind);
            await sleep(500);
            console.log(
              `[startup] firefox ${kind} ${run} run, ${site} at ${delayMs} ms: decisions after ${waitedMs.join(', ')} ms`,
            );
            if (kind === 'block') {
              expect(await recorder.all(), `${run} run`).toEqual([]);
              expect(await fxSubmissions(page)).toEqual([]);
            } else {
              expect(await recorder.texts(), `${run} run`).toEqual(STARTUP_PROMPTS);
            }
            expect(recorder.pageErrors).toEqual([]);
          } finally {
            await fx.close();
          }
        }
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
