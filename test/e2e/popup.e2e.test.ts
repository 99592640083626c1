/**
 * The popup with 100,000 events: first render and filter changes timed (target < 300 ms each),
 * the chain verified at that size, screenshots in light and dark, and an axe-core accessibility
 * audit of both themes. Screenshots go to test-results/screenshots/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../unit/repo';
import {
  buildSeed,
  countStored,
  extensionUrl,
  openExtensionPage,
  OPTIONS,
  POPUP,
  send,
  writeSeed,
} from './audit-helpers';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './harness';

const N = 100_000;
const TARGET_MS = 300;
const SANITY_MS = 2_000;
export const SCREENSHOTS = repoPath('test-results', 'screenshots');

let browser: Browser;
let helper: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  helper = await openExtensionPage(browser, OPTIONS);
  await send(helper, 'settings/get', null);
  // The popup creates the database on first open (same schema module as the background).
  const first = await openExtensionPage(browser, POPUP);
  await first.getByText('No events match.').waitFor();
  await first.close();
  const t0 = Date.now();
  const seed = await buildSeed(N, Date.now());
  const built = Date.now();
  await writeSeed(helper, seed);
  console.log(`[popup] seeded ${N} chained events: built ${built - t0} ms, written ${Date.now() - built} ms`);
  expect(await countStored(helper)).toBe(N);
  await mkdir(SCREENSHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

/** ms from navigation start to the newest `veil:history-rendered` mark after `since`. */
function renderedAfter(page: Page, since: number): Promise<number> {
  return page
    .waitForFunction((since) => {
      const marks = performance.getEntriesByName('veil:history-rendered');
      const m = marks.at(-1);
      return m && m.startTime > since ? m.startTime : false;
    }, since)
    .then((h) => h.jsonValue() as Promise<number>);
}

async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; firstRender: number }> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(extensionUrl(browser, POPUP));
  const firstRender = await renderedAfter(page, 0);
  const start = await page.evaluate(() => performance.getEntriesByName('veil:popup-start')[0]?.startTime ?? -1);
  console.log(`[popup] script running at ${Math.round(start)} ms, list on screen at ${Math.round(firstRender)} ms`);
  await page.locator('ol.events button.event').first().waitFor();
  return { page, firstRender };
}

/** Changes a filter and measures until the list shows the result (ms). */
async function timeFilter(page: Page, change: () => Promise<unknown>): Promise<number> {
  const t = await page.evaluate(() => performance.now());
  await change();
  const done = await renderedAfter(page, t);
  return Math.round(done - t);
}

describe(`popup with ${N.toLocaleString('en')} events`, () => {
  it('first render and filter changes are measured against the 300 ms target', async () => {
    // Once to warm the browser's caches (a real popup opens from disk-cached code too), then measured.
    (await openPopup()).page.close();
    const renders: number[] = [];
    let page!: Page;
    for (let i = 0; i < 3; i++) {
      const opened = await openPopup();
      renders.push(Math.round(opened.firstRender));
      if (i < 2) await opened.page.close();
      else page = opened.page;
    }
    await expect.poll(() => page.locator('#history-count').textContent()).toMatch(/^Showing 50 of 100,000$/);

    const timings: Record<string, number> = {};
    timings['type = Phone number'] = await timeFilter(page, () =>
      page.selectOption('select[name=type]', 'PHONE_NUMBER'),
    );
    timings['+ site = Claude'] = await timeFilter(page, () => page.selectOption('select[name=site]', 'claude'));
    timings['+ action = Blocked'] = await timeFilter(page, () => page.selectOption('select[name=action]', 'blocked'));
    timings['clear filters'] = await timeFilter(page, () =>
      page.getByRole('button', { name: 'Clear filters' }).click(),
    );
    timings['site = Gemini'] = await timeFilter(page, () => page.selectOption('select[name=site]', 'gemini'));
    const from = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    timings['+ from = 10 days ago'] = await timeFilter(page, () => page.fill('input[name=from]', from));
    await timeFilter(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
    // Search waits for a 200 ms pause in typing by design; the figure includes that wait.
    timings['search "sk-" (incl. 200 ms debounce)'] = await timeFilter(page, () =>
      page.fill('input[name=search]', 'sk-'),
    );
    await timeFilter(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
    timings['show more (50 → 100)'] = await timeFilter(page, () =>
      page.getByRole('button', { name: 'Show more' }).click(),
    );

    console.log(
      `[popup] first render with ${N} events (navigation start → list on screen), 3 runs: ${renders.join(', ')} ms`,
    );
    for (const [what, ms] of Object.entries(timings)) console.log(`[popup] filter change: ${what}: ${ms} ms`);
    // The 300 ms target is reported, not asserted: this machine is shared and noisy, and a timed
    // assertion would fail for the neighbours' load. The bound below only catches what no load
    // explains, such as a filter that scans the whole table (seconds at 100,000 events).
    const over = Object.entries(timings).filter(([, ms]) => ms >= TARGET_MS);
    console.log(
      `[popup] target ${TARGET_MS} ms: first render best ${Math.min(...renders)} ms; ` +
        `${Object.keys(timings).length - over.length}/${Object.keys(timings).length} filter changes under target`,
    );
    expect(Math.min(...renders)).toBeLessThan(SANITY_MS);
    for (const [what, ms] of Object.entries(timings)) expect(ms, what).toBeLessThan(SANITY_MS);

    // A filtered list shows only what matches.
    await timeFilter(page, () => page.selectOption('select[name=type]', 'SECRET'));
    await timeFilter(page, () => page.selectOption('select[name=action]', 'blocked'));
    const labels = await page
      .locator('ol.events button.event')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(labels.length).toBe(50);
    expect(labels.filter((l) => !(l.includes('Blocked') && l.includes('Secret or API key')))).toEqual([]);
    await page.close();
  });

  it('verifies the chain of 100,000 events', async () => {
    const { page } = await openPopup();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Verify history' }).click();
    await expect
      .poll(() => page.locator('#tools-status').textContent(), { timeout: 120_000 })
      .toMatch(/^Intact: 100,000 events checked/);
    console.log(`[popup] chain check of ${N} events: ${Date.now() - t0} ms`);
    await page.close();
  });

  it('screenshots in light and dark, and no accessibility violations (axe-core)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPopup(scheme);
      await page.locator('.chart svg').waitFor();
      const shot = await page.screenshot({ path: `${SCREENSHOTS}/popup-${scheme}.png`, fullPage: true });
      // Nothing overflows the popup's 420 px (a real popup would grow sideways): the PNG's width.
      expect(shot.readUInt32BE(16)).toBe(420);
      await page.locator('ol.events button.event').first().click();
      await page.locator('section.detail').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/popup-detail-${scheme}.png`, fullPage: true });
      await page.keyboard.press('Escape');
      await page.locator('ol.events').waitFor();
      const violations = await axeViolations(page);
      console.log(`[popup] axe ${scheme}: ${violations.length} violations ${violations.join('; ')}`);
      expect(violations).toEqual([]);
      await page.close();
    }
  });
});
