/**
 * Locks that hold (issue 18), in Chromium under a policy file: `enabled: true` locked keeps the user
 * from switching sites off, turning on monitor mode, letting checks fail open, raising minScore or
 * making any action less strict than the policy's (or the default); `allowAuditClear: false` keeps
 * retention at least at the default. Each path is tried in the options page, through the
 * background's settings/set, and by writing storage directly; then a real send on a chat page
 * shows that nothing was loosened.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedSettings, SetResult } from '../../src/policy/resolve';
import { repoPath } from '../unit/repo';
import { openExtensionPage, OPTIONS, send } from './audit-helpers';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { sleep, until } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const POLICY = { policyVersion: 'e2e-locks', enabled: true, allowAuditClear: false, actions: { CREDIT_CARD: 'block' } };

/** Every loosening a user could try, as issue 18 found them. */
const LOOSE = {
  disabledSites: [...SITE_IDS],
  mode: 'monitor',
  failMode: 'allow',
  minScore: 1,
  actions: { default: 'allow', EMAIL_ADDRESS: 'allow', SECRET: 'allow', CREDIT_CARD: 'allow', PERSON: 'allow' },
  auditRetentionDays: 1,
};

let browser: Browser;
let page: Page;
const settings = (): Promise<ResolvedSettings> => send<ResolvedSettings>(page, 'settings/get', null);

beforeAll(async () => {
  writePolicy(ID, POLICY);
  browser = await launchBrowser();
  page = await openExtensionPage(browser, OPTIONS);
  await until(settings, (r) => r.locked.includes('enabled') && r.policyState === 'read', 20_000);
  await page.reload();
  await page.locator('h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
  removePolicy();
});

/** What a held line looks like in the resolved settings. */
function expectHeld(r: ResolvedSettings): void {
  expect(r.settings).toMatchObject({
    enabled: true,
    disabledSites: [],
    mode: 'enforce',
    failMode: 'block',
    minScore: 0.5,
    auditRetentionDays: 90,
  });
  const a = r.settings.actions;
  expect(a.EMAIL_ADDRESS ?? a.default).toBe('redact'); // an entry of its own, or the default
  expect(a).toMatchObject({
    default: 'redact',
    SECRET: 'block',
    CREDIT_CARD: 'block',
    PERSON: 'warn',
  });
}

describe('a locked policy', () => {
  it('the options page shows each such setting as locked or bounded', async () => {
    for (const name of ['enabled', 'mode', 'failMode', 'actions.SECRET', 'actions.CREDIT_CARD']) {
      expect(await page.locator(`[name="${name}"]`).first().isDisabled(), name).toBe(true);
    }
    const sites = page.locator('input[name="disabledSites"]');
    expect(await sites.count()).toBeGreaterThan(5);
    for (const box of await sites.all()) expect(await box.isDisabled()).toBe(true);
    const email = page.locator('select[name="actions.EMAIL_ADDRESS"]');
    expect(await email.isDisabled()).toBe(false); // it may still be made stricter
    const offered = await email
      .locator('option:not([disabled])')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(offered).toEqual(['redact', 'block']);
    expect(await page.locator('tr', { has: email }).textContent()).toContain('only stricter choices');
    expect(await page.locator('input[name="minScore"]').getAttribute('max')).toBe('0.5');
    expect(await page.locator('input[name="auditRetentionDays"]').getAttribute('min')).toBe('90');
    expect(
      await page.locator('.field', { has: page.locator('input[name="auditRetentionDays"]') }).textContent(),
    ).toContain('requires at least 90');
  });

  it('refuses each loosening through the options page and the background', async () => {
    // The page's own controls: a choice the page offers nothing looser for, typed numbers beyond the bound.
    await page.fill('input[name="minScore"]', '0.9');
    await page.locator('input[name="minScore"]').blur();
    await page.fill('input[name="auditRetentionDays"]', '1');
    await page.locator('input[name="auditRetentionDays"]').blur();
    await sleep(500);
    expectHeld(await settings());

    const result = await send<SetResult>(page, 'settings/set', LOOSE);
    expect(result.refused.sort()).toEqual(
      [
        'actions.CREDIT_CARD',
        'actions.EMAIL_ADDRESS',
        'actions.PERSON',
        'actions.SECRET',
        'actions.default',
        'auditRetentionDays',
        'disabledSites',
        'failMode',
        'minScore',
        'mode',
      ].sort(),
    );
    expectHeld(result.resolved);
    // Stricter still goes through.
    const stricter = await send<SetResult>(page, 'settings/set', {
      actions: { EMAIL_ADDRESS: 'block' },
      minScore: 0.3,
    });
    expect(stricter.refused).toEqual([]);
    expect(stricter.resolved.settings.actions.EMAIL_ADDRESS).toBe('block');
    await send(page, 'settings/reset', null);
  });

  it('holds the line against values written to storage directly, on a chat page too', async () => {
    await page.evaluate((loose) => chrome.storage.local.set({ settings: loose }), LOOSE);
    expectHeld(await settings());

    const { page: chat, recorder } = await openSite(browser, 'deepseek');
    await chat.click(SITES.deepseek.composer);
    await chat.keyboard.type('mail jane.doe@example.com please');
    await chat.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual(['mail [EMAIL_1] please']);
    await chat.close();
  });
});
