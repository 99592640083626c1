/**
 * Veil in real Firefox ESR, beyond the composer: a disclaimer under every reply (also after the
 * site re-renders its list), placeholders restored where the page cannot read them (copying gives
 * the original), and the popup and options pages working as extension pages.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/policy/schema';
import type { ResolvedSettings } from '../../src/policy/resolve';
import { SITE_IDS, SITES, type SiteId } from './harness';
import {
  launchFirefox,
  openExtensionPage,
  POPUP_PATH,
  openFxSite,
  typeAndEnter,
  type FxBrowser,
} from './firefox-harness';
import { sleep, until } from './veil';

const EMAIL = 'jane.doe@example.com';

let fx: FxBrowser;
beforeAll(async () => {
  fx = await launchFirefox();
});
afterAll(async () => {
  await fx?.close();
});

/** Per reply, how many Veil disclaimer hosts follow it (the host is in the page's DOM, its text is not). */
const disclaimersPerReply = (page: Page, site: SiteId): Promise<number[]> =>
  page.evaluate((sel) => {
    const hosts = [...document.querySelectorAll('[data-veil="veil-disclaimer"]')];
    return [...document.querySelectorAll(sel)].map(
      (r) =>
        hosts.filter((d) => d.previousElementSibling === r || d.previousElementSibling?.contains(r) === true).length,
    );
  }, SITES[site].reply);

async function copyFromFirstReply(page: Page, site: SiteId): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.setStartBefore(document.querySelector(sel)!);
    range.setEndAfter(document.body.lastChild!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, SITES[site].reply);
  await page.keyboard.down('Control');
  await page.keyboard.press('c');
  await page.keyboard.up('Control');
  return until(
    () => page.evaluate(() => navigator.clipboard.readText()),
    (t) => t !== '(empty)',
  );
}

describe.each(SITE_IDS)('Firefox replies on %s', (site) => {
  it('one disclaimer per reply, kept after a re-render; the address restored out of the page’s reach', async () => {
    const { page, recorder } = await openFxSite(fx, site);
    await typeAndEnter(page, site, `Please write to ${EMAIL} today`);
    await recorder.waitForCount(1);
    await typeAndEnter(page, site, 'second question');
    await recorder.waitForCount(2);
    expect(
      await until(
        () => disclaimersPerReply(page, site),
        (d) => d.length === 2 && d.every((n) => n === 1),
      ),
    ).toEqual([1, 1]);
    await page.evaluate(() =>
      (window as unknown as { __fixture: { rerenderReplies(): void } }).__fixture.rerenderReplies(),
    );
    await until(
      () => disclaimersPerReply(page, site),
      (d) => d.length === 2 && d.every((n) => n === 1),
    );
    await sleep(500);
    expect(await disclaimersPerReply(page, site)).toEqual([1, 1]);

    // The placeholder is marked by Veil's closed host (the value only in its tooltip and the user's
    // copy): the page's DOM and text never hold the address.
    await until(
      () => page.evaluate(() => document.querySelectorAll('[data-veil="veil-restored"]').length),
      (n) => n === 1,
    );
    const pageView = await page.evaluate(() => document.documentElement.outerHTML + document.body.innerText);
    expect(pageView).not.toContain(EMAIL);
    const copied = await copyFromFirstReply(page, site);
    expect(copied).toContain(`Echo: Please write to ${EMAIL} today`);
    expect(copied).not.toContain('AI-generated');
    expect(recorder.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('Firefox extension pages', () => {
  it('the popup counts today’s decisions from a chat page', async () => {
    const { page, recorder } = await openFxSite(fx, 'deepseek');
    await typeAndEnter(page, 'deepseek', `mail ${EMAIL} now`);
    await recorder.waitForCount(1);
    const popup = await openExtensionPage(fx.browser, POPUP_PATH);
    await popup.waitForSelector('h1');
    const redacted = await until(
      () => popup.evaluate(() => document.querySelector('li[data-action="redacted"] strong')?.textContent ?? ''),
      (t) => Number(t) >= 1,
    );
    expect(Number(redacted)).toBeGreaterThanOrEqual(1);
    expect(await popup.evaluate(() => document.querySelector('.status')?.textContent ?? '')).not.toBe('');
    await popup.close();
    await page.close();
  });

  it('the options page shows every setting and saves a change', async () => {
    const options = await fx.extPage();
    await options.waitForSelector('h1');
    const names = await options.evaluate(() =>
      [...document.querySelectorAll('[name]')].map((e) => e.getAttribute('name')!.split('.')[0]),
    );
    for (const key of SETTING_KEYS) expect(names, key).toContain(key);
    await options.click('input[name="minScore"]', { count: 3 });
    await options.type('input[name="minScore"]', '0.7');
    await options.evaluate(() => (document.querySelector('input[name="minScore"]') as HTMLInputElement).blur());
    const read = (): Promise<ResolvedSettings> =>
      options.evaluate(() =>
        (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
          veil: 1,
          type: 'settings/get',
          payload: null,
        }),
      ) as Promise<ResolvedSettings>;
    expect((await until(read, (r) => r.settings.minScore === 0.7)).settings.minScore).toBe(0.7);
  });
});
