/**
 * The built extension as Chromium sees it: the ID admins configure, the managed-policy schema,
 * the permissions, the popup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromKey } from '../../scripts/extension-id';
import { repoPath } from '../unit/repo';
import { launchBrowser, type Browser } from './harness';

const dist = repoPath('dist');
const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  key: string;
  permissions: string[];
  storage: { managed_schema: string };
  web_accessible_resources?: unknown[];
};
const documentedId = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))?.[1];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built extension', () => {
  it('keeps the key, so Chromium gives it the documented ID', () => {
    expect(documentedId).toBeDefined();
    expect(extensionIdFromKey(built.key)).toBe(documentedId);
    expect(browser.extensionId).toBe(documentedId);
  });

  it('ships the managed-policy schema, and Chromium accepts it', async () => {
    expect(existsSync(join(dist, built.storage.managed_schema))).toBe(true);
    // Without a valid schema Chromium answers managed reads with an error or nothing at all.
    const managed = await browser.worker!.evaluate(() => chrome.storage.managed.get());
    expect(managed).toEqual({});
  });

  it('requests the permissions of the source manifest (each proven used by a unit test) and exposes no file to web pages', () => {
    const source = JSON.parse(readFileSync(repoPath('manifest.json'), 'utf8')) as { permissions: string[] };
    expect(built.permissions).toEqual(source.permissions);
    expect(built.permissions).not.toContain('tabs');
    expect(built.web_accessible_resources ?? []).toEqual([]);
  });

  it('opens the popup and the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html`);
    await expect.poll(() => page.locator('.status').getAttribute('data-status')).toBe('not-chat-site');
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Veil settings');
    await page.close();
  });
});
