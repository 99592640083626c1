/**
 * Helpers for the audit, popup and options e2e tests: extension pages, typed messages sent from
 * them, a service-worker stop that works in this Chromium, and reads of the isolated world.
 */
import type { CDPSession, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS, hashedPart } from '../../src/audit/chain';
import { derived } from '../../src/audit/keys';
import { statsFor } from '../../src/audit/stats';
import type { AuditEvent, AuditEventInput, AuditRecordResult } from '../../src/audit/types';
import type { Browser } from './harness';

export const extensionUrl = (browser: Browser, path: string): string =>
  `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`;
export const POPUP = 'src/ui/popup/index.html';
export const OPTIONS = 'src/ui/options/index.html';

export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, path));
  return page;
}

/** Sends one protocol message from an extension page (sender kind 'extension-page'). */
export function send<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ veil: 1, type, payload }), [
    type,
    payload,
  ] as const) as Promise<T>;
}

export function record(page: Page, events: AuditEventInput[]): Promise<AuditRecordResult[]> {
  return send<AuditRecordResult[]>(page, 'audit/record', { events });
}

/** A valid event as the guard on chatgpt.com would report a redacted email address. */
export function auditEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    id: crypto.randomUUID(),
    time: Date.now(),
    site: 'chatgpt',
    host: 'chatgpt.com',
    conversationKey: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    action: 'redacted',
    trigger: 'submit',
    counts: { EMAIL_ADDRESS: 1 },
    previews: [{ type: 'EMAIL_ADDRESS', masked: 'j***@e***.com' }],
    mode: 'enforce',
    policyVersion: 'e2e',
    ...overrides,
  };
}

/**
 * Stops the extension's service worker, as Chrome does when it is idle. Playwright keeps the
 * worker alive (it is attached), and `Target.closeTarget` or the page-level `stopAllWorkers` do not
 * stop an extension's worker; `ServiceWorker.stopWorker` with its version id does. Any Playwright
 * `Worker` handle for it is dead afterwards (its evaluate hangs): do not use `browser.worker` again.
 */
export async function stopServiceWorker(extensionPage: Page, timeoutMs = 10_000): Promise<void> {
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const cdp: CDPSession = await extensionPage.context().newCDPSession(extensionPage);
  const versions = new Map<string, Version>();
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of (e as { versions: Version[] }).versions) versions.set(v.versionId, v);
    for (const w of waiters) w();
  });
  const until = (what: string, done: () => boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`service worker: ${what} not seen within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const ours = (): Version | undefined =>
    [...versions.values()].find((v) => v.scriptURL.startsWith('chrome-extension://'));
  try {
    await cdp.send('ServiceWorker.enable');
    await until('our version', () => ours() !== undefined);
    if (ours()!.runningStatus === 'stopped') return;
    await cdp.send('ServiceWorker.stopWorker', { versionId: ours()!.versionId });
    await until('stopped', () => ours()!.runningStatus === 'stopped');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs an expression in the content script's isolated world of a site page (reads `__veil`). */
export async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) =>
      contexts.push((e as { context: (typeof contexts)[number] }).context),
    );
    await cdp.send('Runtime.enable');
    const ctx = contexts.find((c) => c.auxData?.isDefault === false && c.name === 'Veil');
    if (!ctx) throw new Error(`no Veil isolated world in ${page.url()}: ${contexts.map((c) => c.name).join(', ')}`);
    const r = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: ctx.id,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value: T };
      exceptionDetails?: unknown;
    };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Raw IndexedDB read from an extension page: how many audit events match. */
export function countStored(page: Page, site?: string): Promise<number> {
  return page.evaluate(async (site) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('veil-audit');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('events')) return 0;
      const all = await new Promise<{ site: string }[]>((resolve, reject) => {
        const r = db.transaction('events').objectStore('events').getAll();
        r.onsuccess = () => resolve(r.result as { site: string }[]);
        r.onerror = () => reject(r.error);
      });
      return site ? all.filter((e) => e.site === site).length : all.length;
    } finally {
      db.close();
    }
  }, site);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Seeding a large log (built in Node with the extension's own chain code, written by raw IndexedDB)

const SEED_SITES = [
  ['chatgpt', 'chatgpt.com'],
  ['claude', 'claude.ai'],
  ['gemini', 'gemini.google.com'],
  ['copilot', 'copilot.microsoft.com'],
  ['perplexity', 'www.perplexity.ai'],
  ['deepseek', 'chat.deepseek.com'],
] as const;
const SEED_TYPES = [
  ['EMAIL_ADDRESS', 'j***@e***.com'],
  ['PHONE_NUMBER', '*** *** 42'],
  ['PERSON', 'J*** D***'],
  ['CREDIT_CARD', '**** 4242'],
  ['SECRET', 'sk-********'],
  ['IBAN_CODE', 'DE** **** 3000'],
  ['IP_ADDRESS', '1***'],
  ['URL', 'h***'],
] as const;
const SEED_ACTIONS = [
  'redacted',
  'redacted',
  'redacted',
  'warned',
  'blocked',
  'sent-anyway',
  'monitored',
  'degraded',
] as const;

/** `n` chained events over the last `days` days, oldest first, plus their day stats and chain head. */
export async function buildSeed(n: number, now: number, days = 60) {
  // mulberry32: a small PRNG with a full 32-bit cycle (repeatable data, no Math.random).
  let seed = 42;
  const rand = (k: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % k;
  };
  const events: AuditEvent[] = [];
  let prevHash = GENESIS;
  const span = days * 86_400_000;
  for (let i = 1; i <= n; i++) {
    const time = now - span + Math.floor((span * i) / (n + 1));
    const [site, host] = SEED_SITES[rand(SEED_SITES.length)]!;
    const action = SEED_ACTIONS[rand(SEED_ACTIONS.length)]!;
    const picks =
      action === 'degraded' ? [] : [SEED_TYPES[rand(SEED_TYPES.length)]!, SEED_TYPES[rand(SEED_TYPES.length)]!];
    const counts: Record<string, number> = {};
    const previews: { type: string; masked: string }[] = [];
    for (const [type, masked] of picks) {
      counts[type] = (counts[type] ?? 0) + 1;
      if (!previews.some((p) => p.type === type)) previews.push({ type, masked });
    }
    const base = {
      seq: i,
      id: `seed-${String(i).padStart(8, '0')}`,
      time,
      recordedAt: time,
      site,
      host,
      conversationKey: (i % 997).toString(16).padStart(16, '0'),
      action,
      trigger: 'submit' as const,
      counts,
      previews,
      mode: 'enforce' as const,
      policyVersion: 'seed',
      settingsHash: '0000000000000000',
      extensionVersion: '0.1.0',
      ...(action === 'degraded' ? { detail: 'composer-not-found' } : {}),
    } as unknown as AuditEvent;
    const event = { ...base, prevHash, hash: '', ...derived(base) } as AuditEvent;
    // The chain's own definition (chain.ts eventHash), hashed synchronously: 100,000 awaits are slow.
    event.hash = createHash('sha256')
      .update(`${prevHash}\n${canonicalJson(hashedPart(event))}`)
      .digest('hex');
    prevHash = event.hash;
    events.push(event);
  }
  return { events, daily: [...statsFor(events).values()], head: { seq: n, hash: prevHash, recordedAt: now } };
}

/** Writes a seed into the (empty, already created) audit database from an extension page. */
export async function writeSeed(
  page: Page,
  seed: Awaited<ReturnType<typeof buildSeed>>,
  chunk = 10_000,
): Promise<void> {
  // Rows travel as one JSON string per chunk: Playwright's structured argument transfer is far slower.
  const put = (rows: { store: string; rows: unknown[] }) =>
    page.evaluate(
      async ({ store, json }) => {
        const rows = JSON.parse(json) as unknown[];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('veil-audit');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const r of rows) os.put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store: rows.store, json: JSON.stringify(rows.rows) },
    );
  for (let i = 0; i < seed.events.length; i += chunk) {
    const t = Date.now();
    await put({ store: 'events', rows: seed.events.slice(i, i + chunk) });
    if (process.env.VEIL_SEED_DEBUG) console.log(`chunk ${i}: ${Date.now() - t} ms`);
  }
  await put({ store: 'daily', rows: seed.daily });
  await put({ store: 'meta', rows: [{ key: 'head', ...seed.head }] });
}
