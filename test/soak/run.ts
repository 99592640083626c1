/**
 * The soak run (issue 18, item 5): one browser session, many submissions round-robin over the
 * fixture sites, the service worker stopped every block, paced to last a given time. Prints per
 * block the worker's and each tab's heap after GC, decisions and audit events so far, and leaks;
 * then a summary, exiting non-zero on a leak, an audit trail that differs from the decisions made,
 * or heap growth past the bounds in summary.ts.
 *
 *   npm run soak                                   # 2,000 submissions over 20 minutes
 *   npm run soak -- --submissions 150 --minutes 2 --reload-every 5
 *
 * Not part of `npm test` (it is long). It launches Chromium: on a shared machine, run it under the
 * same browser lock as the e2e suite. Needs a build in dist/ (`npm run soak` builds first).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openExtensionPage, POPUP, stopServiceWorker } from '../e2e/audit-helpers';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser, type Recorder, type SiteId } from '../e2e/harness';
import { leakedValues, PROMPTS, squash } from '../e2e/prompts';
import { grantClipboard } from '../e2e/veil';
import { TabProbe, workerHeapAfterGc } from './cdp';
import { submissionFor, submit } from './drive';
import { blockLine, summarize, type Block, type Life } from './summary';

const { values: args } = parseArgs({
  options: {
    submissions: { type: 'string', default: '2000' },
    minutes: { type: 'string', default: '20' },
    'reload-every': { type: 'string', default: '50' },
    'stop-every': { type: 'string', default: '100' },
    /** also write the figures (blocks, page lives, totals) as JSON to this file */
    json: { type: 'string' },
  },
});
const SUBMISSIONS = Number(args.submissions);
const MINUTES = Number(args.minutes);
const RELOAD_EVERY = Number(args['reload-every']);
const STOP_EVERY = Number(args['stop-every']);
for (const [name, v] of Object.entries({ SUBMISSIONS, MINUTES, RELOAD_EVERY, STOP_EVERY })) {
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--${name.toLowerCase().replace('_', '-')} must be a positive number`);
}

const PLANTED = PROMPTS.flatMap((p) => p.values);
const HOSTS = new Set(SITE_IDS.map((s) => new URL(SITES[s].origin).hostname));

interface Tab {
  site: SiteId;
  page: Page;
  recorder: Recorder;
  probe: TabProbe;
  /** submissions in the current page life */
  count: number;
  startBytes: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The trail's events of the fixture sites, read by raw IndexedDB from an extension page. */
async function trail(ext: Page): Promise<{ host: string; json: string }[]> {
  const rows = await ext.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('veil-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) {
            db.close();
            resolve([]);
            return;
          }
          const q = db.transaction('events').objectStore('events').getAll();
          q.onsuccess = () => {
            db.close();
            resolve(q.result as unknown[]);
          };
          q.onerror = () => reject(q.error);
        };
      }),
  );
  return rows
    .map((r) => ({ host: (r as { host?: string }).host ?? '', json: JSON.stringify(r) }))
    .filter((e) => HOSTS.has(e.host));
}

/**
 * The tab's heap once Veil's detector has warmed up (it loads its tables when the page is first
 * idle): the start of a page life, so that growth within the life is the submissions' alone.
 */
async function warmHeap(probe: TabProbe): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (!(await probe.veil<boolean>('globalThis.__veil.stats.warmedUp')) && Date.now() < deadline) await sleep(100);
  return (await probe.heapAfterGc()).usedSize;
}

async function openTab(browser: Browser, site: SiteId): Promise<Tab> {
  const { page, recorder } = await openSite(browser, site);
  const probe = await TabProbe.attach(page);
  return { site, page, recorder, probe, count: 0, startBytes: await warmHeap(probe) };
}

/** Closes a page life: its decisions (Veil's own log) and its heap at the end. */
async function endLife(tab: Tab): Promise<Life> {
  const kinds = await tab.probe.veil<string[]>(
    "globalThis.__veil.decisionLog.map((d) => `${d.action}/${d.trigger}${d.detail ? '/' + d.detail : ''}`)",
  );
  const endBytes = (await tab.probe.heapAfterGc()).usedSize;
  return {
    site: tab.site,
    submissions: tab.count,
    startBytes: tab.startBytes,
    endBytes,
    decisions: kinds.length,
    kinds,
  };
}

async function reload(tab: Tab): Promise<void> {
  await tab.page.reload();
  await tab.page.waitForSelector(SITES[tab.site].composer, { timeout: 15_000 });
  tab.count = 0;
  tab.startBytes = await warmHeap(tab.probe);
}

const leaksIn = (tabs: readonly Tab[]): string[] => [
  ...new Set(tabs.flatMap((t) => leakedValues(t.recorder.all(), PLANTED))),
];

async function main(): Promise<number> {
  const browser = await launchBrowser();
  try {
    await grantClipboard(browser);
    const ext = await openExtensionPage(browser, POPUP);
    const tabs: Tab[] = [];
    for (const site of SITE_IDS) tabs.push(await openTab(browser, site));
    const lives: Life[] = [];
    const blocks: Block[] = [];
    let expectedDecisions = 0;
    let repeats = 0;
    let stops = 0;
    let reloads = 0;
    const errors: string[] = [];
    const decisionsSoFar = async (): Promise<number> =>
      lives.reduce((n, l) => n + l.decisions, 0) +
      (await Promise.all(tabs.map((t) => t.probe.veil<number>('globalThis.__veil.decisionLog.length')))).reduce(
        (a, b) => a + b,
        0,
      );

    const interval = (MINUTES * 60_000) / SUBMISSIONS;
    const started = Date.now();
    console.log(
      `soak: ${SUBMISSIONS} submissions over ${MINUTES} min (one every ${(interval / 1000).toFixed(2)} s) on ` +
        `${tabs.length} sites; worker stopped every ${STOP_EVERY}; each tab reloaded every ${RELOAD_EVERY} of its submissions`,
    );
    for (let i = 0; i < SUBMISSIONS; i++) {
      const wait = started + i * interval - Date.now();
      if (wait > 0) await sleep(wait);
      const tab = tabs[i % tabs.length]!;
      if (tab.count === RELOAD_EVERY) {
        lives.push(await endLife(tab));
        await reload(tab);
        reloads++;
      }
      const s = submissionFor(i, tab.site);
      try {
        repeats += (await submit(tab.page, tab.recorder, tab.probe, tab.site, s)).repeats;
      } catch (error) {
        // One stuck submission should not cost a 20-minute run: counted, reported, and the run goes on.
        errors.push(`#${i} ${tab.site}/${s.kind}/${s.way}: ${String(error).split('\n')[0]}`);
        console.log(`[soak] ${errors.at(-1)}`);
      }
      tab.count++;
      if (s.kind !== 'clean') expectedDecisions++;
      if ((i + 1) % STOP_EVERY === 0 || i + 1 === SUBMISSIONS) {
        const block: Block = {
          done: i + 1,
          seconds: (Date.now() - started) / 1000,
          workerBytes: (await workerHeapAfterGc(browser))?.usedSize ?? null,
          tabBytes: Object.fromEntries(
            await Promise.all(tabs.map(async (t) => [t.site, (await t.probe.heapAfterGc()).usedSize] as const)),
          ),
          decisions: await decisionsSoFar(),
          trail: (await trail(ext)).length,
          leaks: leaksIn(tabs).length,
        };
        blocks.push(block);
        console.log(blockLine(block));
        if (i + 1 < SUBMISSIONS) {
          await stopServiceWorker(ext);
          stops++;
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    for (const tab of tabs) lives.push(await endLife(tab));
    const decisions = lives.reduce((n, l) => n + l.decisions, 0);

    // Delivery is asynchronous (the content scripts' queues): wait until the trail stops growing.
    let events = await trail(ext);
    for (let quiet = 0, deadline = Date.now() + 60_000; Date.now() < deadline && quiet < 3;) {
      await sleep(1000);
      const next = await trail(ext);
      quiet = next.length === events.length && next.length >= decisions ? quiet + 1 : 0;
      events = next;
    }
    const totals = {
      submissions: SUBMISSIONS,
      seconds,
      decisions,
      expectedDecisions,
      trail: events.length,
      trailWithRawValues: events.filter((e) => PLANTED.some((v) => squash(e.json).includes(squash(v)))).length,
      leaks: leaksIn(tabs),
      stops,
      reloads,
      repeats,
      pageErrors: tabs.reduce((n, t) => n + t.recorder.pageErrors.length, 0),
      errors,
    };
    if (args.json) await writeFile(args.json, JSON.stringify({ blocks, lives, totals }, null, 1));
    return summarize(blocks, lives, totals).length === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 2;
});
