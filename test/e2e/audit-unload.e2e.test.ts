/**
 * A decision made just before the tab goes (closed or reloaded, as a user does right after
 * sending) reaches the audit trail, also when the service worker was asleep and has to start to
 * take it (the event waits in storage.local for the worker's next start: audit/pending.ts). Asked
 * by the soak run (issue 18, item 5): does the audit count equal the decisions made, around
 * worker stops?
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countStored, evaluateIsolated, openExtensionPage, OPTIONS, send, stopServiceWorker } from './audit-helpers';
import { launchBrowser, openSite, SITES, type Browser } from './harness';
import { sleep, until } from './veil';

let browser: Browser;
let ext: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ext = await openExtensionPage(browser, OPTIONS);
});
afterAll(async () => {
  await browser?.close();
});

const ROUNDS = 6;

it('a block decided right before the tab closes is in the trail, with the worker stopped first', async () => {
  const info = SITES.qwen;
  let made = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const { page } = await openSite(browser, 'qwen');
    const decisions = (): Promise<number> => evaluateIsolated<number>(page, '__veil.decisionLog.length');
    const before = await decisions();
    await stopServiceWorker(ext);
    await page.focus(info.composer);
    // SECRET is "block" by default: a decision the content script makes without the worker.
    await page.keyboard.insertText(`round ${round}: why is AKIAH5DMECEKP7CD3PMJ rejected by the CLI?`);
    await page.keyboard.press('Enter');
    made += (await until(decisions, (n) => n > before, 10_000)) - before;
    // The user closes the tab as soon as Veil has said no (reload and close end the page alike).
    if (round % 2 === 0) await page.close();
    else await page.reload();
    if (round % 2 === 1) await page.close();
  }
  // The worker's next start (any message wakes it) is when it can take what the closed tabs left.
  await stopServiceWorker(ext);
  await send(ext, 'settings/get', null);
  // The trail only has qwen events from these rounds.
  const stored = await until(
    () => countStored(ext, 'qwen'),
    (n) => n >= made,
    20_000,
  ).catch(() => countStored(ext, 'qwen'));
  await sleep(500);
  console.log(`[audit-unload] ${made} decisions right before the tab went; ${await countStored(ext, 'qwen')} stored`);
  expect(stored).toBe(made);
}, 180_000);
