/**
 * Veil in German: Chromium launched with a German UI (see `lang` in harness.ts), then the popup,
 * the options page, the blocked page and the content script's own UI on a fixture chat site
 * (AI-use notice, review dialog) read in German. Screenshots `*-de-*.png` go next to the English
 * ones in test-results/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACTIONS, type Settings } from '../../src/policy/schema';
import { repoPath } from '../unit/repo';
import { auditEvent, extensionUrl, openExtensionPage, OPTIONS, POPUP, record } from './audit-helpers';
import { launchBrowser, openSite, SITES, type Browser } from './harness';
import { isolated, setUserSettings, submissions, uiClick, uiText, until, waitForSettings } from './veil';

const SCREENSHOTS = repoPath('test-results', 'screenshots');
const BLOCKED = 'src/ui/blocked/index.html';

let browser: Browser;
let helper: Page;

beforeAll(async () => {
  browser = await launchBrowser({ lang: 'de' });
  helper = await openExtensionPage(browser, OPTIONS);
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function page(path: string, colorScheme: 'light' | 'dark', width: number): Promise<Page> {
  const p = await browser.context.newPage();
  await p.emulateMedia({ colorScheme });
  await p.setViewportSize({ width, height: 700 });
  await p.goto(extensionUrl(browser, path));
  return p;
}

describe('German UI', () => {
  it('the browser reports German to the extension, and its messages are the German ones', async () => {
    const seen = await helper.evaluate(() => ({
      ui: chrome.i18n.getUILanguage(),
      message: chrome.i18n.getMessage('options_title'),
      lang: document.documentElement.lang,
    }));
    expect(seen).toEqual({ ui: 'de', message: 'Veil-Einstellungen', lang: 'de' });
  });

  it('popup: German headings, status and history, light and dark screenshots', async () => {
    const now = Date.now();
    await record(helper, [
      auditEvent({ time: now - 60_000 }),
      auditEvent({
        time: now,
        action: 'blocked',
        counts: { SECRET: 1 },
        previews: [{ type: 'SECRET', masked: 'AKIA****' }],
      }),
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      const p = await page(POPUP, scheme, 420);
      await p.locator('ol.events button.event').first().waitFor();
      await p.locator('.chart svg').waitFor();
      await p.getByRole('button', { name: 'Verlauf prüfen' }).waitFor();
      const text = (await p.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const de of [
        'Diese Seite',
        'Heute',
        'Letzte 14 Tage',
        'Verlauf',
        'Verlauf prüfen',
        'E-Mail-Adresse',
        'Ersetzt',
      ]) {
        expect(text, de).toContain(de);
      }
      expect(text).not.toContain('History');
      expect(await p.title()).toBe('Veil');
      await p.screenshot({ path: `${SCREENSHOTS}/popup-de-${scheme}.png`, fullPage: true });
      await p.close();
    }
  });

  it('options page: German title, groups, settings and problems, light and dark screenshots', async () => {
    // A value the resolver repairs: its problem is worded in German too.
    await setUserSettings(browser, { auditRetentionDays: 'lots' } as unknown as Partial<Settings>);
    for (const scheme of ['light', 'dark'] as const) {
      const p = await page(OPTIONS, scheme, 900);
      await p.locator('section.group > h2').first().waitFor();
      expect(await p.locator('.problems-box').innerText()).toContain(
        'Ihre Einstellung auditRetentionDays: erwartet eine ganze Zahl, erhalten: "lots"; Standardwert verwendet',
      );
      expect(await p.locator('h1').textContent()).toBe('Veil-Einstellungen');
      expect(await p.title()).toBe('Veil-Einstellungen');
      expect(await p.locator('section.group > h2').allTextContents()).toEqual([
        'Schutz',
        'Erkennung',
        'Seiten',
        'Hinweise',
        'Verlauf',
        'Ihre Einstellungsdatei',
      ]);
      await p.screenshot({ path: `${SCREENSHOTS}/options-de-${scheme}.png`, fullPage: true });
      await p.close();
    }
  });

  it('blocked page: German heading and text, the host as text', async () => {
    const p = await page(`${BLOCKED}?host=unapproved.example`, 'light', 800);
    await expect.poll(() => p.locator('h1').textContent()).toBe('Dieses KI-Tool ist nicht freigegeben');
    expect(await p.locator('p').first().innerText()).toBe(
      'Ihre Organisation erlaubt unapproved.example nicht. Was Sie in nicht freigegebene KI-Tools eingeben, ' +
        'kann das Unternehmen ohne den Schutz verlassen, den Veil bietet.',
    );
    expect(await p.locator('strong').textContent()).toBe('unapproved.example');
    expect(await p.title()).toBe('Von Ihrer Organisation blockiert');
    // No approved tool in the settings: the page says whom to ask.
    await p.getByText('Fragen Sie Ihr IT-Team, welches KI-Tool Sie nutzen dürfen.').waitFor();
    await p.screenshot({ path: `${SCREENSHOTS}/blocked-de-light.png`, fullPage: true });
    await p.close();
  });

  it('on a chat site: the AI-use notice, the typing pill, the review dialog and the notice after it speak German', async () => {
    const settings: Partial<Settings> = { actions: { ...DEFAULT_ACTIONS, EMAIL_ADDRESS: 'warn' } };
    await setUserSettings(browser, settings);
    const { page: site } = await openSite(browser, 'claude');
    const ev = await isolated(site);
    await waitForSettings(ev, `s.actions.EMAIL_ADDRESS === 'warn'`);

    const aiNotice = await until(
      () => uiText(site, 'veil-ai-notice'),
      (t) => t !== '',
    );
    expect(aiNotice).toContain('Sie nutzen einen KI-Dienst: Claude');
    expect(aiNotice).toContain('Geben Sie keine personenbezogenen Daten');
    expect(aiNotice).toContain('OK');

    await site.click(SITES.claude.composer);
    await site.keyboard.type('Bitte an jane.doe@example.com weiterleiten');
    expect(
      await until(
        () => uiText(site, 'veil-pill'),
        (t) => t !== '',
      ),
    ).toBe('1 Angabe muss geprüft werden');

    await site.keyboard.press('Enter');
    const dialog = await until(
      () => uiText(site, 'veil-review'),
      (t) => t.includes('Ersetzen und senden'),
    );
    for (const de of [
      'Prüfen Sie diese Nachricht vor dem Senden',
      'Veil hat 1 Angabe in Ihrer Nachricht gefunden.',
      'E-Mail-Adresse',
      'j***@e***.com',
      'Sieht aus wie eine E-Mail-Adresse; Ihre Organisation bittet Sie, dies zu prüfen.',
      'Trotzdem senden',
      'Bearbeiten',
    ]) {
      expect(dialog, de).toContain(de);
    }
    await site.screenshot({ path: `${SCREENSHOTS}/review-de-light.png` });
    await site.emulateMedia({ colorScheme: 'dark' });
    await site.screenshot({ path: `${SCREENSHOTS}/review-de-dark.png` });
    await site.emulateMedia({ colorScheme: 'light' });

    await uiClick(site, 'veil-review', 'Ersetzen und senden');
    const notice = await until(
      () => uiText(site, 'veil-notice'),
      (t) => t !== '',
    );
    expect(notice).toContain('Veil hat Angaben in Ihrer Nachricht ersetzt');
    expect(notice).toContain('1 Angabe vor dem Senden durch einen Platzhalter ersetzt.');
    expect(
      await until(
        () => submissions(site),
        (s) => s.length > 0,
      ),
    ).toEqual(['Bitte an [EMAIL_1] weiterleiten']);
    await site.close();
  });
});
