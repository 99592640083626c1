/**
 * Everything Veil could have written, as JSON text: every IndexedDB database of the extension's
 * origin (and of any site page passed in: a content script's IndexedDB would be the page's), every
 * extension storage area (local, session, sync, managed) and the extension origin's localStorage.
 * A test then asserts that none of the raw values it planted appears anywhere in it.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './harness';

export interface StorageDump {
  /** origin -> database name -> store name -> every record */
  indexedDB: Record<string, Record<string, Record<string, unknown[]>>>;
  /** chrome.storage area -> everything in it */
  storage: Record<'local' | 'session' | 'sync' | 'managed', unknown>;
  localStorage: Record<string, string>;
}

/** Runs in a page: every record of every IndexedDB database of the page's origin. */
function dumpIndexedDb(): Promise<Record<string, Record<string, unknown[]>>> {
  const req = <T>(r: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return (async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await req(db.transaction(name, 'readonly').objectStore(name).getAll());
      }
      db.close();
      out[info.name] = stores;
    }
    return out;
  })();
}

export async function dumpExtensionStorage(browser: Browser, sitePages: Page[] = []): Promise<StorageDump> {
  const page = await browser.context.newPage();
  try {
    // Any page of ours has full chrome.storage access (session included) and our origin's IndexedDB.
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    const extensionDbs = await page.evaluate(dumpIndexedDb);
    const storage = await page.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      managed: await chrome.storage.managed.get(null).catch((e: Error) => ({ error: e.message })),
    }));
    const localStorage = await page.evaluate(() => ({ ...window.localStorage }));
    const indexedDB: StorageDump['indexedDB'] = { [`chrome-extension://${browser.extensionId}`]: extensionDbs };
    for (const site of sitePages) {
      indexedDB[new URL(site.url()).origin] = await site.evaluate(dumpIndexedDb);
    }
    return { indexedDB, storage, localStorage };
  } finally {
    await page.close();
  }
}

/** Where any of `values` occurs in the dump (as JSON text, so escaped forms are covered too). */
export function findValues(dump: StorageDump, values: readonly string[]): { value: string; where: string }[] {
  const hits: { value: string; where: string }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      for (const v of values) if (node.includes(v)) hits.push({ value: v, where: path });
    } else if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        for (const value of values) if (k.includes(value)) hits.push({ value, where: `${path} (key)` });
        walk(v, `${path}.${k}`);
      }
    }
  };
  walk(dump, 'dump');
  return hits;
}

/** How much the dump holds, for the report: records per database and keys per storage area. */
export function summarize(dump: StorageDump): string {
  const dbs = Object.entries(dump.indexedDB).flatMap(([origin, byName]) =>
    Object.entries(byName).map(
      ([name, stores]) =>
        `${origin} ${name}: ${Object.entries(stores)
          .map(([s, rows]) => `${s}=${rows.length}`)
          .join(' ')}`,
    ),
  );
  const areas = Object.entries(dump.storage).map(
    ([area, v]) => `storage.${area}: ${v && typeof v === 'object' ? Object.keys(v).length : 0} keys`,
  );
  return [...dbs, ...areas, `localStorage: ${Object.keys(dump.localStorage).length} keys`].join('\n');
}
