/**
 * The foundation's promise, in real Chromium with the built extension, on fixture pages built from
 * the real editor libraries and served at the real origins: an email address typed into any of six
 * chat composers leaves as a placeholder, by Enter and by the send button, exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser } from './harness';
import { refuseRewrites, uiText } from './veil';

const PROMPT = 'Please reply to jane.doe@example.com and cc ops@acme-corp.co.uk today';
const SENT = 'Please reply to [EMAIL_1] and cc [EMAIL_2] today';
const RAW = ['jane.doe@example.com', 'ops@acme-corp.co.uk'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const submissions = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions);

/** Lets anything that would be sent late (a second send, a retry) reach the recorder. */
const quiet = (ms = 400): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe.each(SITE_IDS)('%s', (site) => {
  const info = SITES[site];

  it('Enter sends the placeholders, not the addresses, exactly once', async () => {
    const { page, recorder } = await openSite(browser, site);
    await page.click(info.composer);
    await page.keyboard.type(PROMPT);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await quiet();
    expect(recorder.texts()).toEqual([SENT]);
    for (const raw of RAW) expect(recorder.all().join('\n')).not.toContain(raw);
    expect(await submissions(page)).toEqual([SENT]);
    // The reply comes back and renders; the user was told what happened.
    await expect.poll(() => page.locator(info.reply).last().textContent()).toContain('[EMAIL_1]');
    expect(await uiText(page, 'veil-notice')).toContain('2 items replaced');
    await page.close();
  });

  it.skipIf(info.send === null)('a click on send sends the placeholders, exactly once', async () => {
    const { page, recorder } = await openSite(browser, site);
    await page.click(info.composer);
    await page.keyboard.type(PROMPT);
    await page.click(info.send!);
    await recorder.waitForCount(1);
    await quiet();
    expect(recorder.texts()).toEqual([SENT]);
    expect(await submissions(page)).toEqual([SENT]);
    await page.close();
  });

  it('Shift+Enter adds a line and sends nothing', async () => {
    const { page, recorder } = await openSite(browser, site);
    await page.click(info.composer);
    await page.keyboard.type('first line jane.doe@example.com');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await quiet();
    expect(recorder.all()).toEqual([]);
    const text = await page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());
    expect(text).toMatch(/^first line jane\.doe@example\.com\n+second line$/);
    await page.close();
  });

  it('an Enter during IME composition sends nothing; the Enter after it is guarded', async () => {
    const { page, recorder } = await openSite(browser, site);
    await page.click(info.composer);
    await page.keyboard.type('mail jane.doe@example.com ');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition: Chromium reports keyCode 229 and isComposing.
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.detach();
    await quiet();
    expect(recorder.all()).toEqual([]);
    expect(await submissions(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual(['mail [EMAIL_1] にほん']);
    await page.close();
  });
});

describe('when the editor will not take the rewrite', () => {
  it('stops the send and tells the user why', async () => {
    const { page, recorder } = await openSite(browser, 'copilot');
    // A page that puts back whatever a programmatic edit changed (as a broken or hostile editor
    // could): Veil cannot make the text safe, so nothing may be sent.
    await refuseRewrites(page);
    await page.click(SITES.copilot.composer);
    await page.keyboard.type(PROMPT);
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page, 'veil-notice')).toContain('Veil stopped this message');
    await quiet();
    expect(recorder.all()).toEqual([]);
    expect(await submissions(page)).toEqual([]);
    expect(await page.inputValue(SITES.copilot.composer)).toBe(PROMPT);
    await page.close();
  });
});
