/**
 * Fleet reporting (issue 23), in real Chromium with a managed policy pointing at a receiver on
 * 127.0.0.1 (test/reporting/receiver.ts: validates every OTLP request against the OTLP JSON shape,
 * answers CORS for the extension's origin: no host permission is involved). Guard decisions are
 * real: text with planted values submitted on the fixture sites in monitor mode (set by the same
 * policy), many per page, round-robin over the six sites. The receiver refuses connections for
 * the first third; the service worker is stopped three times and the browser restarted once on
 * the same profile. Every decision must arrive (by audit id), in order per install, and no
 * payload may hold a planted value, a prompt or a URL.
 *
 * `npm test` sends 500 decisions (CI's 30-minute budget); `VEIL_REPORTING_DECISIONS=1000` gives the
 * figure issue 23 was closed on (1,000 delivered).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Receiver, type Format } from '../reporting/receiver';
import { repoPath } from '../unit/repo';
import { extensionUrl, POPUP, stopServiceWorker } from './audit-helpers';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser, type Recorder, type SiteId } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { sleep, until } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;
const ORIGIN = `chrome-extension://${ID}`;
/** Planted raw values: each prompt carries them; no payload may. */
const EMAIL = 'jane.planted4711@example.com';
const CARD = '4111 1111 1111 1111';
const PROMPT_WORDS = 'quarterly numbers for';

interface Scenario {
  format: Format;
  decisions: number;
  stops: number;
  restart: boolean;
}

interface Open {
  page: Page;
  recorder: Recorder;
  site: SiteId;
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup = [];
  removePolicy();
});

/**
 * Waits until the worker has the policy (on a fresh profile Chromium can be slow to hand it over)
 * and then opens the six sites, so every page's guard starts in the policy's monitor mode.
 */
async function openAll(browser: Browser, ext: Page, sites: readonly SiteId[] = SITE_IDS): Promise<Open[]> {
  await until(
    () =>
      ext.evaluate(() => chrome.runtime.sendMessage({ veil: 1, type: 'settings/get', payload: null })) as Promise<{
        settings: { mode: string; reporting: { endpoint: string } };
      }>,
    (r) => r.settings.mode === 'monitor' && r.settings.reporting.endpoint !== '',
    20_000,
  );
  const pages: Open[] = [];
  for (const site of sites) pages.push({ site, ...(await openSite(browser, site)) });
  return pages;
}

/** One real guard decision: the composer's text replaced by a prompt with planted values, then Enter. */
async function decide({ page, recorder, site }: Open, i: number): Promise<void> {
  const before = recorder.requests.length + recorder.frames.length;
  await page.focus(SITES[site].composer); // not a click: Veil's count pill may sit over the composer
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(`${PROMPT_WORDS} #${i}: mail ${EMAIL}, card ${CARD}`);
  await page.keyboard.press('Enter');
  // Seen 2026-12 on the DeepSeek fixture, with and without worker stops: now and then an Enter sends
  // nothing (a guard-side flake, not reporting's). Press it again once, as a user would; any extra
  // decision lands in the trail, and every trail event must still arrive.
  const sent = await recorder.waitForCount(before + 1, 5_000).then(
    () => true,
    () => false,
  );
  if (sent) return;
  await page.keyboard.press('Enter');
  await recorder.waitForCount(before + 1, 15_000);
}

/** The trail's events (id, seq, action), read from an extension page by raw IndexedDB. */
function trail(page: Page): Promise<{ id: string; seq: number; action: string; trigger: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('veil-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction('events').objectStore('events').getAll();
          q.onsuccess = () => {
            open.result.close();
            type Row = { id: string; seq: number; action: string; trigger: string };
            resolve((q.result as Row[]).map(({ id, seq, action, trigger }) => ({ id, seq, action, trigger })));
          };
          q.onerror = () => reject(q.error);
        };
      }),
  );
}

async function run({ format, decisions, stops, restart }: Scenario, receiver: Receiver): Promise<Page> {
  const profile = await mkdtemp(join(tmpdir(), 'veil-e2e-reporting-'));
  cleanup.push(() => rm(profile, { recursive: true, force: true }));
  // A free port, then closed: the endpoint refuses connections until a third of the decisions are made.
  await receiver.listen();
  await receiver.close();
  cleanup.push(() => receiver.close());
  writePolicy(ID, {
    mode: 'monitor',
    policyVersion: `e2e-reporting-${format}`,
    reporting: {
      endpoint: receiver.url,
      format,
      headers: { Authorization: format === 'splunk-hec' ? 'Splunk e2e-token' : 'Bearer e2e-token' },
      labels: { department: 'e2e' },
      batchSize: 50,
      flushSeconds: 2,
    },
  });
  let browser = await launchBrowser({ userDataDir: profile });
  cleanup.push(() => browser.close());
  let ext = await browser.context.newPage();
  await ext.goto(extensionUrl(browser, POPUP));
  let pages = await openAll(browser, ext);

  const stopAt = new Set(Array.from({ length: stops }, (_, k) => Math.floor(((k + 1) * decisions) / (stops + 2))));
  const restartAt = restart ? Math.floor((decisions * 2) / 3) + 1 : -1;
  const upAt = Math.floor(decisions / 3);
  const started = Date.now();
  for (let i = 0; i < decisions; i++) {
    if (i === upAt) await receiver.listen(receiver.port);
    if (stopAt.has(i)) await stopServiceWorker(ext);
    if (i === restartAt) {
      // The guard reports a decision a moment after the send: let the trail have them all before the
      // browser goes (a decision the trail never got is not reporting's to deliver).
      await until(
        () => trail(ext).then((t) => t.filter((e) => e.trigger === 'submit').length),
        (n) => n >= i,
        20_000,
      );
      await browser.close();
      browser = await launchBrowser({ userDataDir: profile });
      ext = await browser.context.newPage();
      await ext.goto(extensionUrl(browser, POPUP));
      pages = await openAll(browser, ext);
    }
    await decide(pages[i % pages.length]!, i);
  }
  const decided = (Date.now() - started) / 1000;

  // Every decision is in the trail (a guard may add a `degraded` event of its own), and then every
  // event of the trail must arrive.
  await until(
    () => trail(ext).then((t) => t.filter((e) => e.trigger === 'submit').length),
    (n) => n >= decisions,
    20_000,
  );
  const monitored = await trail(ext);
  const want = new Set(monitored.map((e) => e.id));
  await until(
    async () => receiver.events.filter((e) => want.has(e.id)).length,
    () => monitored.every((e) => receiver.events.some((r) => r.id === e.id)),
    240_000,
  );
  const delivered = (Date.now() - started) / 1000;
  console.log(
    `reporting e2e (${format}): ${decisions} decisions in ${decided.toFixed(1)} s ` +
      `(${((decided * 1000) / decisions).toFixed(0)} ms each), all delivered after ${delivered.toFixed(1)} s; ` +
      `${receiver.bodies.length} requests, ${receiver.gzipped} gzipped, ${receiver.events.length} records ` +
      `(${receiver.events.length - new Set(receiver.events.map((e) => e.id)).size} repeats)`,
  );
  return ext;
}

function checkDelivery(receiver: Receiver): void {
  expect(receiver.invalid).toEqual([]);
  // Order per install: first arrivals climb by seq; a repeat is the same id with the same seq.
  const seqOf = new Map<string, number>();
  const lastSeq = new Map<string, number>();
  for (const e of receiver.events) {
    const known = seqOf.get(e.id);
    if (known !== undefined) {
      expect(known).toBe(e.seq);
      continue;
    }
    seqOf.set(e.id, e.seq);
    expect(e.seq).toBeGreaterThan(lastSeq.get(e.installId) ?? 0);
    lastSeq.set(e.installId, e.seq);
  }
  expect(lastSeq.size).toBe(1); // one install, across the restart
  for (const body of receiver.bodies) {
    for (const leak of [EMAIL, 'planted4711', CARD, CARD.replace(/ /g, ''), PROMPT_WORDS, 'https://', 'j***']) {
      expect(body).not.toContain(leak);
    }
  }
  expect([...receiver.authorization]).toHaveLength(1);
}

describe('fleet reporting', () => {
  it('OTLP: 500 decisions arrive, in order, through refused connections, 3 worker stops and a restart', async () => {
    const receiver = new Receiver('otlp', ORIGIN);
    const ext = await run(
      {
        format: 'otlp',
        decisions: Number(process.env.VEIL_REPORTING_DECISIONS ?? 500),
        stops: Number(process.env.VEIL_REPORTING_STOPS ?? 3),
        restart: process.env.VEIL_REPORTING_RESTART !== '0',
      },
      receiver,
    );
    checkDelivery(receiver);
    // The popup says when the last batch went and that nothing waits.
    await ext.reload();
    await expect.poll(() => ext.locator('[data-reporting-waiting]').getAttribute('data-reporting-waiting')).toBe('0');
    expect(
      Number(await ext.locator('[data-reporting-delivered]').getAttribute('data-reporting-delivered')),
    ).toBeGreaterThan(0);
  }, 900_000);

  it.each(['splunk-hec', 'webhook'] as const)(
    '%s: 60 decisions arrive through refused connections and a restart',
    async (format) => {
      const receiver = new Receiver(format, ORIGIN);
      // Worker stops are the OTLP run's; here the same refused third and a browser restart.
      await run({ format, decisions: 60, stops: 0, restart: true }, receiver);
      checkDelivery(receiver);
    },
    300_000,
  );

  it('a 401 stops retrying: the popup shows "reporting is failing: 401" and the trail records it', async () => {
    const receiver = new Receiver('splunk-hec', ORIGIN);
    receiver.refuseWith = 401;
    await receiver.listen();
    cleanup.push(() => receiver.close());
    writePolicy(ID, {
      mode: 'monitor',
      reporting: {
        endpoint: receiver.url,
        format: 'splunk-hec',
        headers: { Authorization: 'Splunk wrong' },
        batchSize: 1,
        flushSeconds: 1,
      },
    });
    const browser = await launchBrowser();
    cleanup.push(() => browser.close());
    const ext = await browser.context.newPage();
    await ext.goto(extensionUrl(browser, POPUP));
    await openAll(browser, ext, []); // waits for the policy
    await ext.reload(); // the popup reads the settings once
    await decide({ site: 'deepseek', ...(await openSite(browser, 'deepseek')) }, 0);
    await expect
      .poll(() => ext.locator('[data-reporting-failing]').textContent(), { timeout: 20_000 })
      .toBe('reporting is failing: 401');
    const failed = await until(
      () => trail(ext),
      (t) => t.some((e) => e.action === 'failed'),
      10_000,
    );
    expect(failed.filter((e) => e.action === 'failed')).toHaveLength(1);
    const posts = receiver.posts;
    expect(posts).toBeGreaterThan(0);
    await sleep(3000);
    expect(receiver.posts).toBe(posts);
  }, 120_000);
});
