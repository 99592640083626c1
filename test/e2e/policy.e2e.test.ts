/**
 * Managed policy as an administrator deploys it: a JSON file in Chromium's policy folder, read by
 * the browser and handed to Veil through chrome.storage.managed. Nothing in the page can undo it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../unit/repo';
import { launchBrowser, openSite, SITES, type Browser } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { auditEvents, submissions, uiText, until } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const APPROVED = 'https://ai.example.com/';

let browser: Browser;

beforeAll(async () => {
  writePolicy(ID, {
    policyVersion: 'e2e-1',
    blockedSites: ['shadow-ai.example'],
    approvedToolUrl: APPROVED,
    mode: 'stealth', // not a mode: Chrome passes the string, Veil must repair it and say so
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  removePolicy();
});
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

/** Serves `host` with a recognisable page, so a test can tell "loaded" from "blocked". */
async function serve(host: string) {
  const page = await browser.context.newPage();
  await page.route(`https://${host}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<h1 id="site">Welcome to ${host}</h1>` }),
  );
  return page;
}

describe('managed policy', () => {
  it('reaches the extension through chrome.storage.managed', async () => {
    const managed = await browser.worker!.evaluate(() => chrome.storage.managed.get());
    expect(managed).toMatchObject({ policyVersion: 'e2e-1', blockedSites: ['shadow-ai.example'] });
  });

  it('shows Veil’s page, naming the approved tool, instead of a blocked AI site and its subdomains', async () => {
    for (const host of ['shadow-ai.example', 'chat.shadow-ai.example']) {
      const page = await serve(host);
      await page.goto(`https://${host}/`).catch(() => undefined); // the navigation is aborted
      await page.waitForURL(/\/src\/ui\/blocked\/index\.html\?host=/);
      await expect.poll(() => page.locator('h1').textContent()).toBe('This AI tool is not approved');
      expect(await page.locator('main').textContent()).toContain(host);
      expect(await page.locator('a').getAttribute('href')).toBe(APPROVED);
    }
  });

  it('leaves other sites alone', async () => {
    const page = await serve('docs.example.org');
    await page.goto('https://docs.example.org/');
    expect(await page.locator('#site').textContent()).toBe('Welcome to docs.example.org');
  });

  it('repairs a broken value to the default and shows the problem in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${ID}/src/ui/popup/index.html`);
    await expect
      .poll(() => page.locator('[role="alert"]').allTextContents())
      .toContainEqual(expect.stringContaining('mode'));
    const resolved = await page.evaluate(() =>
      chrome.runtime.sendMessage({ veil: 1, type: 'settings/get', payload: null }),
    );
    expect(resolved.settings.mode).toBe('enforce');
  });

  it('applies a policy change made while the browser runs within 10 s, without a reload', async () => {
    writePolicy(ID, { policyVersion: 'e2e-2', blockedSites: ['other-ai.example'], approvedToolUrl: APPROVED });
    const started = Date.now();
    await expect
      .poll(() => browser.worker!.evaluate(() => chrome.declarativeNetRequest.getDynamicRules()), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({ condition: expect.objectContaining({ requestDomains: ['other-ai.example'] }) }),
      ]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`policy change applied after ${seconds.toFixed(1)} s`);
    const page = await serve('shadow-ai.example');
    await page.goto('https://shadow-ai.example/');
    expect(await page.locator('#site').textContent()).toBe('Welcome to shadow-ai.example');
  });

  it('actions.EMAIL_ADDRESS "block" set by policy stops a send on a fixture site', async () => {
    writePolicy(ID, { policyVersion: 'e2e-3', actions: { EMAIL_ADDRESS: 'block' } });
    await expect
      .poll(() => browser.worker!.evaluate(() => chrome.storage.managed.get()), { timeout: 10_000 })
      .toMatchObject({ policyVersion: 'e2e-3' });
    const { page, recorder } = await openSite(browser, 'claude');
    await page.click(SITES.claude.composer);
    await page.keyboard.type('write to jane.doe@example.com about the invoice');
    await page.keyboard.press('Enter');
    expect(
      await until(
        () => uiText(page, 'veil-notice'),
        (t) => t !== '',
      ),
    ).not.toBe('');
    await new Promise((r) => setTimeout(r, 500));
    expect(recorder.all()).toEqual([]);
    expect(await submissions(page)).toEqual([]);
  });

  it('mode "monitor" set by policy sends the text unchanged and records the decision', async () => {
    writePolicy(ID, { policyVersion: 'e2e-4', mode: 'monitor' });
    await expect
      .poll(() => browser.worker!.evaluate(() => chrome.storage.managed.get()), { timeout: 10_000 })
      .toMatchObject({ policyVersion: 'e2e-4' });
    const { page, recorder } = await openSite(browser, 'deepseek');
    await page.click(SITES.deepseek.composer);
    await page.keyboard.type('monitor jane.doe@example.com please');
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual(['monitor jane.doe@example.com please']);
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'monitored'),
    );
    expect(events.find((x) => x.action === 'monitored')?.counts.EMAIL_ADDRESS).toBe(1);
  });
});
