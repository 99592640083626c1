/**
 * Helpers for tests of the composer guard (issue 4), on top of harness.ts:
 * - `isolated(page)`: evaluate in Veil's isolated world (its figures and state live there; page
 *   scripts cannot reach them, the DevTools protocol can);
 * - `setUserSettings`: the user's settings, written as the options page would (storage.local);
 * - `uiText` / `uiClick`: read and click Veil's UI, which sits in closed shadow roots that neither
 *   page scripts nor Playwright selectors enter (the DevTools protocol pierces them, like a screen reader).
 */
import type { CDPSession, Page } from 'playwright-core';
import { ENTITY_TYPES } from '../../src/detect';
import type { Settings } from '../../src/policy/schema';
import { SITE_IDS, SITES, type Browser, type SiteId } from './harness';

type Eval = <T = unknown>(expression: string) => Promise<T>;

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string };
}

/** An evaluator in the Veil content script's isolated world of `page`. */
export async function isolated(page: Page): Promise<Eval> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5000;
  let ctx: ContextDescription | undefined;
  while (!(ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Veil'))) {
    if (Date.now() > deadline) throw new Error('Veil isolated world not found');
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = ctx.id;
  return async <T>(expression: string): Promise<T> => {
    const r = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`isolated eval failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
}

/** Replaces the user's own settings (storage.local `settings`); every open tab re-reads them. */
export async function setUserSettings(browser: Browser, values: Partial<Settings>): Promise<void> {
  await browser.worker!.evaluate((v) => chrome.storage.local.set({ settings: v }), values as Record<string, unknown>);
}

/** Every type "redact" (secrets and names too), so that every send leaves and its body can be checked. */
export const ALL_REDACT = Object.fromEntries([['default', 'redact'], ...ENTITY_TYPES.map((t) => [t, 'redact'])]);

/** Lets the fixture sites read and write the clipboard (paste tests). */
export async function grantClipboard(browser: Browser, sites: readonly SiteId[] = SITE_IDS): Promise<void> {
  for (const site of sites) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITES[site].origin });
  }
}

/**
 * Makes a textarea page put back whatever an edit that inserted a placeholder changed, as a broken or
 * hostile editor could: Veil's rewrite never sticks.
 */
export function refuseRewrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    let last = '';
    window.addEventListener(
      'input',
      (e) => {
        const el = e.target as HTMLTextAreaElement;
        if (el.value.includes('[EMAIL')) el.value = last;
        else last = el.value;
      },
      true,
    );
  });
}

/** Waits until the page's Veil has applied settings for which `check` (an expression over `s`) holds. */
export async function waitForSettings(ev: Eval, check: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ev<boolean>(`(() => { const s = globalThis.__veil.settings(); return ${check}; })()`))) {
    if (Date.now() > deadline) throw new Error(`settings never satisfied: ${check}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the tripwire holds at least `n` flagged values (the typing scan has run). */
export async function waitForFlags(ev: Eval, n: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await ev<number>('globalThis.__veil.tripwire.size')) < n) {
    if (Date.now() > deadline) throw new Error(`fewer than ${n} values flagged after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Closed shadow roots, through the DevTools protocol

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const kids = (n: DomNode): DomNode[] => [...(n.shadowRoots ?? []), ...(n.children ?? [])];

/** A node's text without style sheets; `joiner` goes between sibling pieces (' ' keeps words of separate elements apart). */
function textOf(node: DomNode, joiner = ' '): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return kids(node)
    .map((k) => textOf(k, joiner))
    .join(joiner);
}

/**
 * Veil's host of kind `tag` (`veil-review` ...): a built-in element carrying `data-veil=tag` (or,
 * in builds before issue 17, an element of that tag name: the attack tests also run against those).
 */
function isHost(n: DomNode, tag: string): boolean {
  if (n.nodeName.toLowerCase() === tag) return true;
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === 'data-veil' && a[i + 1] === tag) return true;
  return false;
}

function findAll(node: DomNode, test: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (test(node)) out.push(node);
  for (const child of kids(node)) findAll(child, test, out);
  return out;
}

async function withDom<T>(page: Page, work: (root: DomNode, cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await work(root, cdp);
  } finally {
    await cdp.detach();
  }
}

/** The visible text of Veil's UI element `tag` (`veil-review`, `veil-pill`, `veil-notice`), '' when absent. */
export function uiText(page: Page, tag: string): Promise<string> {
  return withDom(page, async (root) => {
    const host = findAll(root, (n) => isHost(n, tag))[0];
    return host ? textOf(host).replace(/\s+/g, ' ').trim() : '';
  });
}

/** The rendered text of every Veil element `tag`, its shadow content only (what the user sees), pieces joined as rendered. */
export function uiTexts(page: Page, tag: string): Promise<string[]> {
  return withDom(page, async (root) =>
    findAll(root, (n) => isHost(n, tag)).map((host) =>
      (host.shadowRoots ?? [])
        .map((r) => textOf(r, ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

/** The tooltips (`title`) inside each Veil element `tag`'s shadow root: what the user gets on hover. */
export function uiTitles(page: Page, tag: string): Promise<string[]> {
  return withDom(page, async (root) =>
    findAll(root, (n) => isHost(n, tag)).flatMap((host) =>
      (host.shadowRoots ?? []).flatMap((r) =>
        findAll(r, (n) => (n.attributes ?? []).includes('title')).map((n) => {
          const a = n.attributes ?? [];
          return a[a.indexOf('title') + 1] ?? '';
        }),
      ),
    ),
  );
}

/** Clicks the button labelled `label` inside Veil's UI element `tag`, with a real (trusted) mouse click. */
export async function uiClick(page: Page, tag: string, label: string): Promise<void> {
  const box = await withDom(page, async (root, cdp) => {
    const host = findAll(root, (n) => isHost(n, tag))[0];
    if (!host) throw new Error(`no ${tag}`);
    const button = findAll(host, (n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label)[0];
    if (!button) throw new Error(`no button "${label}" in ${tag}: ${textOf(host)}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

/** Submissions the page's own submit path took (its editor model, not the DOM). */
export const submissions = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions);

export const editorText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `ok` holds for its value; returns the value. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(v)}`);
    await sleep(40);
  }
}

/** Audit events the background stored (the audit trail's database, read in the service worker). */
export async function auditEvents(
  browser: Browser,
): Promise<{ action: string; trigger: string; counts: Record<string, number>; reason?: string; detail?: string }[]> {
  return browser.worker!.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('veil-audit')) return [];
    return new Promise((resolve, reject) => {
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
          resolve(q.result);
        };
        q.onerror = () => reject(q.error);
      };
    });
  });
}
