/**
 * The AI tools catalog in Chromium: the `aiTools` policy (block, warn with Continue, allow) on
 * catalog tools served offline at their real origins, and discovery shown in the popup.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../unit/repo';
import { launchBrowser, openSite, SITES, type Browser } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { dumpExtensionStorage, findValues } from './storage-dump';
import { auditEvents, submissions, until } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const POLICY = { aiTools: { default: 'block', 'chatgpt.com': 'allow', 'category:image': 'warn' } };

let browser: Browser;
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

/** Serves `origin` with a recognisable page and counts the top-level loads that reached it. */
async function serve(origin: string): Promise<{ page: Page; loads: () => number }> {
  const page = await browser.context.newPage();
  let loads = 0;
  await page.route(`${origin}/**`, (route) => {
    if (route.request().resourceType() === 'document') loads++;
    return route.fulfill({ contentType: 'text/html', body: `<h1 id="site">Welcome to ${origin}</h1>` });
  });
  return { page, loads: () => loads };
}

async function popup(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${ID}/src/ui/popup/index.html`);
  return page;
}

describe('aiTools policy (managed)', () => {
  beforeAll(async () => {
    writePolicy(ID, POLICY);
    browser = await launchBrowser();
    // The policy reaches the worker after start-up; wait until its rules are in place.
    const rules = () => browser.worker!.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
    expect(await until(rules, (r) => r.length > 0, 15_000)).not.toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    removePolicy();
  });

  it('blocks an unguarded catalog chat tool (phind.com) before its page loads', async () => {
    const { page, loads } = await serve('https://www.phind.com');
    await page.goto('https://www.phind.com/').catch(() => undefined); // the navigation is aborted
    await page.waitForURL(/\/src\/ui\/blocked\/index\.html\?/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('This AI tool is not approved');
    expect(await page.locator('main').textContent()).toContain('Phind');
    expect(loads()).toBe(0);
    expect(await page.locator('#site').count()).toBe(0);
  });

  it('warns before an image tool loads; Continue with a reason loads it and records the reason', async () => {
    const { page, loads } = await serve('https://www.midjourney.com');
    await page.goto('https://www.midjourney.com/imagine').catch(() => undefined);
    await page.waitForURL(/\/src\/ui\/warn\/index\.html\?/);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Midjourney is not approved by your organisation');
    expect(loads()).toBe(0);
    await page.fill('textarea[name="reason"]', 'Mock-ups for the spring campaign');
    await page.click('button[type="submit"]');
    await page.waitForURL('https://www.midjourney.com/imagine');
    expect(await page.locator('#site').textContent()).toBe('Welcome to https://www.midjourney.com');
    expect(loads()).toBe(1);
    const events = await auditEvents(browser);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'tool-continued',
        trigger: 'navigation',
        reason: 'Mock-ups for the spring campaign',
      }),
    );
    // Remembered for the day: the next visit loads without asking.
    await page.goto('https://www.midjourney.com/');
    expect(await page.locator('#site').textContent()).toBe('Welcome to https://www.midjourney.com');
  });

  it('loads chatgpt.com (allowed) and guards it', async () => {
    const { page, recorder } = await openSite(browser, 'chatgpt');
    expect(page.url()).toBe('https://chatgpt.com/');
    await page.click(SITES.chatgpt.composer);
    await page.keyboard.type('write to jane.doe@example.com about the invoice');
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.all().join('\n')).not.toContain('jane.doe@example.com');
    expect((await submissions(page)).join('\n')).not.toContain('jane.doe@example.com');
  });

  it('marks the tools in the popup: guarded, not approved, blocked', async () => {
    const page = await popup();
    const marks = page.locator('.tools-used li');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const byTool = Object.fromEntries(
      await marks.evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-tool'), li.getAttribute('data-mark')]),
      ),
    );
    expect(byTool).toMatchObject({ chatgpt: 'guarded', midjourney: 'not-approved', phind: 'blocked' });
  });
});

describe('discovery without policy', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    // A fresh profile: the worker appears before its (large) module has run and registered its
    // listeners, and Chromium drops a navigation event that comes before that.
    const listening = () => browser.worker!.evaluate(() => chrome.webNavigation.onCommitted.hasListeners());
    expect(await until(listening, (yes) => yes, 15_000)).toBe(true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists three visited catalog tools in the popup and stores only ids, days and counts', async () => {
    await openSite(browser, 'chatgpt');
    for (const url of [
      'https://www.phind.com/search?q=secret-query-4711',
      'https://www.midjourney.com/jobs/private-7',
    ]) {
      const { page } = await serve(new URL(url).origin);
      await page.goto(url);
      expect(await page.locator('#site').count()).toBe(1);
    }
    const page = await popup();
    const stored = () =>
      browser.worker!.evaluate(
        () =>
          new Promise<unknown[]>((resolve) => {
            const open = indexedDB.open('veil-audit');
            open.onsuccess = () => {
              const q = open.result.transaction('toolVisits').objectStore('toolVisits').getAll();
              q.onsuccess = () => resolve(q.result);
            };
          }),
      );
    console.log('[ai-tools] stored visits', JSON.stringify(await stored()));
    const marks = () =>
      page
        .locator('.tools-used li')
        .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.dataset.tool, li.dataset.mark])));
    await expect
      .poll(marks, { timeout: 10_000 })
      .toEqual({ chatgpt: 'guarded', phind: 'unguarded', midjourney: 'unguarded' });
    expect(await page.locator('.tools-used [data-tool="phind"] .mark').textContent()).toContain(
      'Veil cannot check what you type here',
    );
    expect(await page.locator('.unguarded-count').getAttribute('data-count')).toBe('2');

    const dump = await dumpExtensionStorage(browser);
    const visits = Object.values(dump.indexedDB).flatMap((dbs) => dbs['veil-audit']?.toolVisits ?? []);
    expect(visits).toHaveLength(3);
    for (const row of visits) expect(Object.keys(row as object).sort()).toEqual(['count', 'day', 'tool']);
    expect(findValues(dump, ['secret-query-4711', 'private-7', '/search', '/jobs', 'midjourney.com/'])).toEqual([]);
  });
});
