/**
 * Veil in real Firefox ESR (firefox-harness.ts), on every fixture composer at its real origin:
 * typed and pasted values leave as placeholders by Enter and by the send button, exactly once; and
 * the MAIN-world tripwire loads without a page error and stops the page's own resend of a value
 * the guard flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_IDS, SITES } from './harness';
import {
  fxEditorText,
  fxSubmissions,
  launchFirefox,
  openFxSite,
  typeAndEnter,
  type FxBrowser,
} from './firefox-harness';
import { sleep, until } from './veil';

const PROMPT = 'Please reply to jane.doe@example.com and cc ops@acme-corp.co.uk today';
const SENT = 'Please reply to [EMAIL_1] and cc [EMAIL_2] today';
const RAW = ['jane.doe@example.com', 'ops@acme-corp.co.uk'];

let fx: FxBrowser;
beforeAll(async () => {
  fx = await launchFirefox();
});
afterAll(async () => {
  await fx?.close();
});

const leaks = async (all: Promise<string[]>): Promise<string[]> =>
  (await all).filter((body) => RAW.some((raw) => body.includes(raw)));

describe.each(SITE_IDS)('Firefox: %s', (site) => {
  const info = SITES[site];

  it('Enter sends the placeholders exactly once; the page’s own resend of the address is stopped', async () => {
    const { page, recorder } = await openFxSite(fx, site);
    await typeAndEnter(page, site, PROMPT);
    await recorder.waitForCount(1);
    await sleep(300);
    expect(await recorder.texts()).toEqual([SENT]);
    expect(await fxSubmissions(page)).toEqual([SENT]);

    // The site's own code sends the original again (a retry, a draft restore): only the tripwire
    // stands between it and the network.
    await page.evaluate((text) => {
      (
        window as unknown as { __fixture: { submitProgrammatically(t: string): void } }
      ).__fixture.submitProgrammatically(text);
    }, PROMPT);
    await until(
      () => fxSubmissions(page),
      (s) => s.length === 2,
    );
    await sleep(600);
    expect(await leaks(recorder.all())).toEqual([]);
    expect(await recorder.texts()).toEqual([SENT]);
    expect(recorder.pageErrors).toEqual([]);
    await page.close();
  });

  it.skipIf(info.send === null)('a click on send sends the placeholders, exactly once', async () => {
    const { page, recorder } = await openFxSite(fx, site);
    await page.click(info.composer);
    await page.keyboard.type(PROMPT);
    await page.click(info.send!);
    await recorder.waitForCount(1);
    await sleep(300);
    expect(await recorder.texts()).toEqual([SENT]);
    expect(await fxSubmissions(page)).toEqual([SENT]);
    await page.close();
  });

  it('a pasted address lands as a placeholder and leaves as one', async () => {
    const { page, recorder } = await openFxSite(fx, site);
    await page.click(info.composer);
    await page.keyboard.type('note ');
    await page.evaluate((t) => navigator.clipboard.writeText(t), 'pasted jane.doe@example.com here');
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await until(
      () => fxEditorText(page),
      (t) => t.includes('[EMAIL_1]'),
    );
    expect(await fxEditorText(page)).not.toContain('jane.doe');
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await sleep(300);
    expect(await leaks(recorder.all())).toEqual([]);
    expect((await recorder.texts())[0]).toContain('[EMAIL_1]');
    await page.close();
  });
});
