/**
 * Issue 3's e2e promise: the detection engine, wired into the content script, redacts a prompt
 * holding a card number, an IBAN, an AWS key and a person's name on all six fixture sites, in real
 * Chromium with the built extension. Secrets and names are "block" and "warn" by default; here the
 * user's settings make every type "redact" so that the prompt is sent and its body can be checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser } from './harness';
import { ALL_REDACT, isolated, setUserSettings, sleep, waitForSettings } from './veil';

const CARD = '4539 8440 9442 9365';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const AWS = 'AKIAH5DMECEKP7CD3PMJ';
const NAME = 'Maria Schneider';
const PROMPT = `Refund ${CARD} to ${IBAN} for ${NAME}, the deploy key ${AWS} is in the ticket`;
const RAW = [CARD, CARD.replace(/ /g, ''), IBAN, IBAN.replace(/ /g, ''), AWS, NAME, 'Schneider'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await setUserSettings(browser, { actions: ALL_REDACT });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SITE_IDS)('%s', (site) => {
  it('a card number, an IBAN, an AWS key and a name leave as placeholders', async () => {
    const { page, recorder } = await openSite(browser, site);
    const ev = await isolated(page);
    await waitForSettings(ev, "s.actions.PERSON === 'redact' && s.actions.SECRET === 'redact'");
    await page.click(SITES[site].composer);
    await page.keyboard.type(PROMPT);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await sleep(300);
    const sent = recorder.texts();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBe('Refund [CARD_1] to [IBAN_1] for [NAME_1], the deploy key [SECRET_1] is in the ticket');
    const all = recorder.all().join('\n');
    for (const raw of RAW) expect(all).not.toContain(raw);
    await page.close();
  });
});
