/**
 * Issue 19, item 1: edit-message boxes. On every fixture with one, a sent prompt is edited: the
 * site opens a second editor in the user's turn while the composer stays. Personal data and a
 * secret typed into the edit box must leave redacted whether it is sent by Enter or by its save
 * control, and a paste into it must land redacted. The same flows without Veil leak, which proves
 * the recorder and the flows would catch a miss.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser, type Recorder, type SiteId } from './harness';
import { leakedValues, PROMPTS, type Prompt } from './prompts';
import { ALL_REDACT, grantClipboard, isolated, setUserSettings, until, waitForSettings } from './veil';

/** Personal data and a secret in one prompt (values from the matrix prompts). */
const join = (a: Prompt, b: Prompt): Prompt => ({
  text: `${a.text}. Also: ${b.text}`,
  values: [...a.values, ...b.values],
});
const BY_ENTER = join(PROMPTS[0]!, PROMPTS[1]!); // email, card, AWS key
const BY_SAVE = join(PROMPTS[2]!, PROMPTS[4]!); // phone, email, GitHub token
const BY_PASTE = join(PROMPTS[5]!, PROMPTS[1]!); // card, phone, AWS key

const EDITABLE = SITE_IDS.filter((s) => SITES[s].edit !== undefined);

const editText = (page: Page): Promise<string | null> => page.evaluate(() => window.__fixture.editText());

/** Sends a first prompt from the composer, then opens the edit box on the latest user turn. */
async function startEdit(page: Page, recorder: Recorder, site: SiteId): Promise<string> {
  const info = SITES[site];
  await page.click(info.composer);
  await page.keyboard.insertText('Hello there');
  await page.keyboard.press('Enter');
  await recorder.waitForCount(1);
  return openEdit(page, site);
}

async function openEdit(page: Page, site: SiteId): Promise<string> {
  const box = SITES[site].edit!.box;
  // The page's own Edit control (its click needs no trust). Dispatched, not clicked at a point: on the
  // Perplexity and Copilot fixtures Veil's reply notice overlaps the next turn's Edit button (seen
  // 2026-12-07, left to the replies owner).
  await page.locator('button.edit-message').last().dispatchEvent('click');
  await page.waitForSelector(box);
  await page.click(box);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  expect(await page.locator(SITES[site].composer).count()).toBe(1); // the composer stays
  return box;
}

/** Types into the edit box, sends it by Enter; then by the save control; then pastes and sends. */
async function editFlows(page: Page, recorder: Recorder, site: SiteId, veil: boolean): Promise<string[][]> {
  const leaks: string[][] = [];
  await startEdit(page, recorder, site);
  await page.keyboard.insertText(BY_ENTER.text);
  await page.keyboard.press('Enter');
  await recorder.waitForCount(2);
  leaks.push(leakedValues(recorder.all(), BY_ENTER.values));

  await openEdit(page, site);
  await page.keyboard.insertText(BY_SAVE.text);
  await page.click(SITES[site].edit!.save);
  await recorder.waitForCount(3);
  leaks.push(leakedValues(recorder.all(), BY_SAVE.values));

  await openEdit(page, site);
  await page.evaluate((t) => navigator.clipboard.writeText(t), BY_PASTE.text);
  await page.keyboard.press('Control+V');
  const landed = await until(
    () => editText(page),
    (t) => (t ?? '').length > 20 && (!veil || !BY_PASTE.values.some((v) => (t ?? '').includes(v))),
  );
  leaks.push(BY_PASTE.values.filter((v) => (landed ?? '').includes(v)));
  await page.keyboard.press('Enter');
  await recorder.waitForCount(4);
  leaks.push(leakedValues(recorder.all(), BY_PASTE.values));
  return leaks;
}

describe('with Veil', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setUserSettings(browser, { actions: ALL_REDACT });
    await grantClipboard(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(EDITABLE)(
    '%s: the edit box sends redacted by Enter and by save, and a paste lands redacted',
    async (site) => {
      const { page, recorder } = await openSite(browser, site);
      await waitForSettings(await isolated(page), "s.actions.SECRET === 'redact'");
      const [enter, save, pasted, pasteSent] = await editFlows(page, recorder, site, true);
      console.log(`[edit-box] ${site}: ${recorder.requests.length + recorder.frames.length} bodies, leaks 0 expected`);
      expect({ enter, save, pasted, pasteSent }).toEqual({ enter: [], save: [], pasted: [], pasteSent: [] });
      // The edited prompts did go out (redacted), not stopped.
      expect(recorder.texts().slice(1)).toHaveLength(3);
      await page.close();
    },
  );
});

describe('without Veil (the recorder sees what an unguarded edit box sends)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ extension: false });
    await grantClipboard(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(EDITABLE)('%s: the same flows leak every planted value', async (site) => {
    const { page, recorder } = await openSite(browser, site);
    const [enter, save, pasted, pasteSent] = await editFlows(page, recorder, site, false);
    expect(enter).toEqual(BY_ENTER.values);
    expect(save).toEqual(BY_SAVE.values);
    expect(pasted).toEqual(BY_PASTE.values);
    expect(pasteSent).toEqual(BY_PASTE.values);
    await page.close();
  });
});
