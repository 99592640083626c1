/**
 * The options page under a managed policy file: every setting from the schema, grouped, with its
 * title and explanation; policy-set settings shown locked ("Set by your organization") and not
 * changeable; the policy's problems shown; the user's own settings exported and imported as JSON,
 * never over a locked key. Screenshots in light and dark; axe-core audit.
 *
 * Writes its own file in Chromium's machine-wide policy folder and removes it afterwards.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedSettings, SetResult } from '../../src/policy/resolve';
import { SETTING_KEYS, SPEC } from '../../src/policy/schema';
import { repoPath } from '../unit/repo';
import { openExtensionPage, OPTIONS, POPUP, send } from './audit-helpers';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './harness';
import { removePolicy, writeBrowserPolicy } from './policy-file';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const POLICY_FILE = 'veil-e2e-options.json';
const SCREENSHOTS = repoPath('test-results', 'screenshots');
const POLICY = {
  policyVersion: 'e2e-options',
  allowAuditClear: false,
  auditRetentionDays: 30,
  actions: { SECRET: 'block', CREDIT_CARD: 'block' },
  failMode: 'explode', // the right type, a wrong value: repaired to the default and reported
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  writeBrowserPolicy(POLICY_FILE, { '3rdparty': { extensions: { [ID]: POLICY } } });
  browser = await launchBrowser();
  page = await openExtensionPage(browser, OPTIONS);
  // Chromium reads the policy file at start; wait until Veil sees it, then load the page afresh.
  for (let i = 0; i < 50; i++) {
    const { locked } = await send<ResolvedSettings>(page, 'settings/get', null);
    if (locked.includes('allowAuditClear')) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.reload();
  await page.locator('h1').waitFor();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  removePolicy(POLICY_FILE);
});

const settings = () => send<ResolvedSettings>(page, 'settings/get', null);

describe('the options page', () => {
  it('shows every setting from the schema, grouped, with its title and explanation', async () => {
    expect(await page.locator('h1').textContent()).toBe('Veil settings');
    expect(await page.locator('section.group > h2').allTextContents()).toEqual([
      'Protection',
      'Detection',
      'Sites',
      'Notices',
      'History',
      'Your settings file',
    ]);
    for (const key of SETTING_KEYS) {
      if (key === 'actions') {
        expect(await page.locator('table.actions caption').textContent()).toBe(SPEC.actions.title);
        continue;
      }
      const field = page.locator('.field', { has: page.locator(`[name="${key}"]`) }).first();
      const text = (await field.textContent()) ?? '';
      expect(text, key).toContain(SPEC[key].title);
      expect(text, key).toContain(SPEC[key].doc);
    }
    // Every control has an accessible name (its label) and its explanation as description.
    const unnamed = await page
      .locator('input, select, textarea')
      .evaluateAll((els) =>
        els
          .filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label'))
          .map((e) => e.outerHTML),
      );
    expect(unnamed).toEqual([]);
  });

  it('shows settings set by policy as locked, and the user cannot change them', async () => {
    const clear = page.locator('input[name="allowAuditClear"]');
    const days = page.locator('input[name="auditRetentionDays"]');
    const secret = page.locator('select[name="actions.SECRET"]');
    for (const control of [clear, days, secret]) await expect.poll(() => control.isDisabled()).toBe(true);
    expect(await days.inputValue()).toBe('30');
    expect(await page.locator('.field', { has: clear }).textContent()).toContain('Set by your organization');
    expect(await page.locator('tr', { has: secret }).textContent()).toContain('Set by your organization');
    // Entries the policy did not set stay the user's.
    expect(await page.locator('select[name="actions.EMAIL_ADDRESS"]').isDisabled()).toBe(false);
    expect(await page.locator('input[name="minScore"]').isDisabled()).toBe(false);

    // Around the page: the background refuses them too.
    const result = await send<SetResult>(page, 'settings/set', {
      allowAuditClear: true,
      auditRetentionDays: 2,
      actions: { SECRET: 'allow' },
    });
    expect(result.refused.sort()).toEqual(['actions.SECRET', 'allowAuditClear', 'auditRetentionDays']);
    const now = await settings();
    expect(now.settings).toMatchObject({ allowAuditClear: false, auditRetentionDays: 30 });
    expect(now.settings.actions.SECRET).toBe('block');

    // And the popup follows: no clear button, and why.
    const popup = await openExtensionPage(browser, POPUP);
    await expect
      .poll(() => popup.locator('section.tools').textContent())
      .toContain('Clearing the history is turned off by your organization.');
    expect(await popup.getByRole('button', { name: 'Clear history' }).count()).toBe(0);
    await expect
      .poll(() =>
        send(popup, 'audit/clear', null).then(
          () => 'cleared',
          (e: Error) => e.message,
        ),
      )
      .toContain('does not allow clearing');
    await popup.close();
  });

  it('shows what was wrong in the policy', async () => {
    const box = page.locator('section.problems-box');
    await expect.poll(() => box.textContent()).toContain('Policy setting failMode');
    expect((await settings()).settings.failMode).toBe('block');
  });

  it('saves a change at once, and refuses an invalid value with a reason', async () => {
    await page.fill('input[name="minScore"]', '0.7');
    await page.locator('input[name="minScore"]').blur();
    await expect.poll(async () => (await settings()).settings.minScore).toBe(0.7);
    await page.selectOption('select[name="actions.EMAIL_ADDRESS"]', 'warn');
    await expect.poll(async () => (await settings()).settings.actions.EMAIL_ADDRESS).toBe('warn');

    await page.fill('input[name="minScore"]', '3');
    await page.locator('input[name="minScore"]').blur();
    await expect.poll(() => page.locator('#setting-minScore-note').textContent()).toContain('outside 0..1');
    expect((await settings()).settings.minScore).toBe(0.7);

    await page.fill('textarea[name="customPatterns"]', '[{"name": broken');
    await page.locator('textarea[name="customPatterns"]').blur();
    await expect.poll(() => page.locator('#setting-customPatterns-note').textContent()).toContain('Not valid JSON');
  });

  it('exports the user’s own settings, and imports a file without touching locked keys', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my settings' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      format: string;
      settings: Record<string, unknown>;
    };
    expect(exported.format).toBe('veil-settings');
    expect(exported.settings).toEqual({ minScore: 0.7, actions: { EMAIL_ADDRESS: 'warn' } });

    const file = join(tmpdir(), `veil-import-${process.pid}.json`);
    await writeFile(
      file,
      JSON.stringify({
        format: 'veil-settings',
        version: 1,
        settings: {
          allowAuditClear: true, // locked
          auditRetentionDays: 5, // locked
          actions: { SECRET: 'allow', PHONE_NUMBER: 'block' }, // SECRET locked, PHONE_NUMBER free
          customKeywords: ['Project Falcon'],
          minScore: 'high', // invalid
          shoeSize: 44, // not a setting
        },
      }),
    );
    await page.setInputFiles('input[name="import"]', file);
    const report = page.locator('#io-report');
    await expect.poll(() => report.textContent()).toContain('Imported 2 settings.');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain(
      'Not imported, set by your organization: allowAuditClear, auditRetentionDays, actions.SECRET',
    );
    expect(text).toMatch(/Not imported, invalid: .*minScore.*shoeSize/);

    const now = (await settings()).settings;
    expect(now).toMatchObject({
      allowAuditClear: false,
      auditRetentionDays: 30,
      customKeywords: ['Project Falcon'],
      minScore: 0.7,
    });
    expect(now.actions).toMatchObject({ SECRET: 'block', PHONE_NUMBER: 'block', EMAIL_ADDRESS: 'warn' });
  });

  it('screenshots in light and dark, and no accessibility violations (axe-core)', async () => {
    await page.setViewportSize({ width: 900, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${SCREENSHOTS}/options-${scheme}.png`, fullPage: true });
      const violations = await axeViolations(page);
      console.log(`[options] axe ${scheme}: ${violations.length} violations ${violations.join('; ')}`);
      expect(violations).toEqual([]);
    }
  });
});
