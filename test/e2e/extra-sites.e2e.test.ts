/**
 * An internal AI portal listed in the managed policy's `extraSites`, served offline at its own
 * origin (https://ai.internal.example, an Open WebUI-style React textarea page no built-in adapter
 * knows): before the user allows it, Veil does not run there and the options page says access is
 * needed; once access is granted, it is guarded exactly like a built-in site.
 *
 * What this cannot do: accept Chromium's permission prompt. A real click on "Allow Veil on these
 * sites" calls `permissions.request` and Chromium opens its prompt, but headless Chromium gives
 * automation no way to answer it (no CDP command, Playwright declines it as out of scope:
 * microsoft/playwright#32755; `developerPrivate.addHostPermission` from chrome://extensions answers
 * "ok" and grants nothing, checked 2026-12-08 on Chromium 156). So the granted state is reached the
 * way the browser itself keeps it: a copy of the build whose manifest lists the portal's origin in
 * `host_permissions`, which Chromium grants at load. Veil's code path is the same: it sees the
 * origin granted (`permissions.contains`) and registers its scripts.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/build.mjs';
import { repoPath } from '../unit/repo';
import { launchBrowser, type Browser } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { auditEvents, isolated, sleep, uiText, until, waitForFlags } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const PORTAL = 'https://ai.internal.example';
const ORIGIN = `${PORTAL}/*`;
const SITE_ID = 'extra-ai-internal-example';
const COMPOSER = 'textarea#chat-input';
const EMAIL = 'jane.doe@example.com';
const CARD = '4539 8440 9442 9365';

const ENTRY = {
  name: 'Internal assistant',
  match: PORTAL,
  composer: 'generic',
  sendButton: '#send-message-button',
  reply: '.assistant-message',
};

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  await buildFixtures({ quiet: true });
  bundle = await readFile(repoPath('test/fixtures/dist/portal.js'), 'utf8');
  writePolicy(ID, { extraSites: [ENTRY], actions: { CREDIT_CARD: 'block' } });
});
afterAll(() => removePolicy());

/** Launches Veil (from `distDir`) and waits until the worker has the policy (a fresh profile can take seconds). */
async function launch(distDir?: string): Promise<void> {
  browser = await launchBrowser(distDir ? { distDir } : {});
  await until(
    () => browser.worker!.evaluate(() => chrome.storage.managed.get('extraSites')),
    (r) => Array.isArray((r as { extraSites?: unknown[] }).extraSites),
    20_000,
  );
}

/** A copy of the build whose manifest grants the portal's origin at load (see the note at the top). */
async function grantedBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veil-extra-'));
  await cp(repoPath('dist'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [ORIGIN];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

interface Portal {
  page: Page;
  /** The prompt text of every request the page sent (POST bodies' last message). */
  sent: string[];
  /** Every body, raw. */
  bodies: string[];
}

async function openPortal(): Promise<Portal> {
  const page = await browser.context.newPage();
  const sent: string[] = [];
  const bodies: string[] = [];
  await page.route(
    (url) => url.origin === PORTAL,
    (route: Route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (req.method() === 'GET' && url.pathname === '/') {
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html><head><meta charset=utf-8><title>Internal assistant</title></head><body><script src="/__fixture/portal.js"></script></body></html>',
        });
      }
      if (url.pathname === '/__fixture/portal.js')
        return route.fulfill({ contentType: 'application/javascript', body: bundle });
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      const body = req.postData() ?? '';
      bodies.push(body);
      try {
        const messages = (JSON.parse(body) as { messages: { content: string }[] }).messages;
        sent.push(messages.at(-1)!.content);
      } catch {
        sent.push(body);
      }
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ reply: `Echo: ${sent.at(-1)}` }),
      });
    },
  );
  await page.goto(`${PORTAL}/`);
  await page.waitForSelector(COMPOSER);
  return { page, sent, bodies };
}

async function typeAndEnter(page: Page, text: string): Promise<void> {
  await page.focus(COMPOSER);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

const registered = (): Promise<{ id: string; matches?: string[]; world?: string; js?: string[] }[]> =>
  browser.worker!.evaluate(() => chrome.scripting.getRegisteredContentScripts());

async function optionsRows(): Promise<{ page: Page; rows: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${ID}/src/ui/options/index.html`);
  await page.waitForSelector('#extra-h');
  const rows = await until(
    () => page.locator('.extra-sites li').allTextContents(),
    (r) => r.length > 0,
  );
  return { page, rows };
}

describe('an internal AI site from extraSites, before access is granted', () => {
  beforeAll(() => launch(), 60_000);
  afterAll(() => browser?.close());

  it('without access: nothing is injected, the options page says access is needed, the popup points there', async () => {
    expect(await registered()).toEqual([]);
    const { page, sent } = await openPortal();
    await typeAndEnter(page, `mail ${EMAIL} please`);
    await until(
      async () => sent.length,
      (n) => n === 1,
    );
    expect(sent).toEqual([`mail ${EMAIL} please`]); // unguarded: Veil has no access yet
    expect(await page.evaluate(() => document.querySelectorAll('veil-notice, veil-pill').length)).toBe(0);
    await page.close();

    const { page: options, rows } = await optionsRows();
    expect(rows).toEqual([`Internal assistant ${ORIGIN} · Access needed`]);
    expect(await options.locator('#extra-grant').textContent()).toBe('Allow Veil on these sites');
    await options.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${ID}/src/ui/popup/index.html`);
    await expect
      .poll(() => popup.locator('#extra-needed').textContent())
      .toContain('Veil needs your permission to guard 1 internal AI site.');
    await popup.close();
  });

  it('a click on Allow asks the browser; nothing is granted or registered until the user accepts', async () => {
    const { page } = await optionsRows();
    await page.click('#extra-grant', { noWaitAfter: true });
    await sleep(1500); // the prompt is open (headless: unanswerable); the request is pending
    expect(await browser.worker!.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN)).toBe(false);
    expect(await registered()).toEqual([]);
    expect(await page.locator('#extra-outcome').count()).toBe(0);
    await page.close();
  });
});

describe('an internal AI site from extraSites, with access granted', () => {
  let dist = '';
  beforeAll(async () => {
    dist = await grantedBuild();
    await launch(dist);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('the guard and tripwire are registered for exactly that origin, and the options page says guarded', async () => {
    const scripts = await until(registered, (s) => s.length === 2, 10_000);
    expect(scripts.map((s) => [s.id, s.world, s.matches])).toEqual([
      ['veil-extra-1-page', 'MAIN', [ORIGIN]],
      ['veil-extra-2-guard', 'ISOLATED', [ORIGIN]],
    ]);
    const { page, rows } = await optionsRows();
    expect(rows).toEqual([`Internal assistant ${ORIGIN} · Guarded`]);
    expect(await page.locator('#extra-grant').count()).toBe(0);
    await page.close();
  });

  it('a typed email leaves as a placeholder and a card number is held, as on a built-in site', async () => {
    const { page, sent, bodies } = await openPortal();
    await typeAndEnter(page, `Please reply to ${EMAIL} today`);
    await until(
      async () => sent.length,
      (n) => n === 1,
      10_000,
    );
    await sleep(400);
    expect(sent).toEqual(['Please reply to [EMAIL_1] today']);
    await expect.poll(() => page.locator('.assistant-message').last().textContent()).toContain('Echo:');

    await typeAndEnter(page, `my card is ${CARD}`);
    await expect.poll(() => uiText(page, 'veil-notice')).toMatch(/not sent|blocked|held/i);
    await sleep(600);
    expect(sent).toHaveLength(1); // held: nothing more left the page
    for (const body of bodies) {
      expect(body).not.toContain(EMAIL);
      expect(body.replace(/\s/g, '')).not.toContain(CARD.replace(/\s/g, ''));
    }

    const health = await until(
      () => browser.worker!.evaluate(() => chrome.storage.session.get(null)),
      (all) => Object.values(all).some((h) => (h as { site?: string }).site === 'extra-ai-internal-example'),
    );
    const mine = Object.values(health).find((h) => (h as { site?: string }).site === SITE_ID) as {
      status: string;
      reasons: string[];
      host: string;
    };
    expect(mine).toMatchObject({ status: 'ok', reasons: [], host: 'ai.internal.example' });

    const events = (await auditEvents(browser)) as unknown as { site: string; action: string; host: string }[];
    const here = events.filter((e) => e.site === SITE_ID);
    expect(here.map((e) => e.action).sort()).toEqual(expect.arrayContaining(['blocked', 'redacted']));
    expect(here.every((e) => e.host === 'ai.internal.example')).toBe(true);
    await page.close();
  });

  it('the page tripwire stops the page itself sending a flagged value', async () => {
    const { page, bodies } = await openPortal();
    const ev = await isolated(page);
    await page.click(COMPOSER);
    await page.keyboard.type(`draft for ${EMAIL}`);
    await waitForFlags(ev, 1); // the typed value is scanned and flagged for the tripwire
    expect(await ev('globalThis.__veil.tripwire.connected')).toBe(true);
    const outcome = await page.evaluate(
      (email) =>
        fetch('/api/chat/completions', {
          method: 'POST',
          body: JSON.stringify({ messages: [{ role: 'user', content: `resend ${email}` }] }),
        }).then(
          () => 'sent',
          () => 'stopped',
        ),
      EMAIL,
    );
    expect(outcome).toBe('stopped');
    expect(bodies.join('\n')).not.toContain(EMAIL);
    await page.close();
  });

  it('an entry removed from the policy unregisters the scripts and leaves the site alone', async () => {
    writePolicy(ID, { actions: { CREDIT_CARD: 'block' } });
    await until(registered, (s) => s.length === 0, 20_000);
    const { page, sent } = await openPortal();
    await typeAndEnter(page, `mail ${EMAIL} please`);
    await until(
      async () => sent.length,
      (n) => n === 1,
    );
    expect(sent).toEqual([`mail ${EMAIL} please`]);
    await page.close();
  });
});
