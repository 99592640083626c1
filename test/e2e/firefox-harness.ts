/**
 * The Firefox side of the proving ground (harness.ts is Chromium's): Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi, with the Firefox build (dist-firefox) installed as a temporary
 * add-on, and the fixture pages served at their real origins by request interception. Nothing
 * leaves the machine: every other request is aborted.
 *
 * What differs from Chromium, and why:
 * - Bodies are read with `fetchPostData()` (BiDi's network data collector); `postData()` throws
 *   under BiDi (checked 2026-12-07, firefox-esr 153, puppeteer-core 24).
 * - WebSockets cannot be intercepted over BiDi, so Copilot's and M365 Copilot's sockets are a mock class put in place
 *   before any page script; it records the frames that reached it (after Veil's tripwire, which
 *   wraps a socket class when it is assigned) and answers like the Chromium harness.
 * - Extension pages (moz-extension:) are not navigable over BiDi unless the browser is started
 *   with --remote-allow-system-access; the add-on's internal UUID is pinned by a pref, so the
 *   options and popup pages have a known address.
 * - Veil's UI sits in closed shadow roots that nothing outside the add-on can enter in Firefox
 *   (no DevTools-protocol pierce): tests read what a page and a user can observe instead (what
 *   was sent, the editor's model, the hosts Veil placed, the clipboard).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser as PBrowser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { buildFixtures } from '../fixtures/build.mjs';
import { extractSentText, SITES, type SiteId } from './harness';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE_DIST = join(REPO, 'test', 'fixtures', 'dist');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned through `extensions.webextensions.uuids`, so moz-extension://UUID/ is known before start. */
export const ADDON_UUID = '6c2d9e4a-5b1f-4c3e-9a7d-2f8e1b0c4d51';
export const EXT_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Debian's firefox-esr reads enterprise policy from here; machine-wide, so always removed after. */
const POLICY_FILE = process.env.FIREFOX_POLICY_FILE ?? '/usr/lib/firefox-esr/distribution/policies.json';

/** Writes the managed policy Firefox hands to Veil (storage.managed) before the browser starts. */
export function writeFirefoxPolicy(policy: Record<string, unknown>): void {
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2),
  );
}

export function removeFirefoxPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

export const OPTIONS_PATH = 'src/ui/options/index.html';
export const POPUP_PATH = 'src/ui/popup/index.html';

/**
 * Opens one of Veil's pages in a new tab. Over BiDi the navigation to moz-extension: loads, but
 * puppeteer never sees it finish (its URL stays about:blank; checked 2026-12-07), so this waits
 * for the document itself.
 */
export async function openExtensionPage(browser: PBrowser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXT_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return page;
    if (Date.now() > deadline) throw new Error(`${path} did not load: ${state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface FxBrowser {
  browser: PBrowser;
  /** A Veil extension page (options), kept open to reach extension storage and messages. */
  extPage(): Promise<Page>;
  /** Evaluates `fn(arg)` in Veil's options page, where `browser.*` is available. */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  close(): Promise<void>;
}

export interface FxLaunchOptions {
  /** default <repo>/dist-firefox */
  distDir?: string;
  /** A profile to start with and keep (a later run); by default puppeteer's fresh one (a first run). */
  userDataDir?: string;
}

export async function launchFirefox(opts: FxLaunchOptions = {}): Promise<FxBrowser> {
  const dist = resolve(opts.distDir ?? join(REPO, 'dist-firefox'));
  await access(join(dist, 'manifest.json')).catch(() => {
    throw new Error(`no Firefox build at ${dist} (run \`npm run build:firefox\` first)`);
  });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(opts.userDataDir ? { userDataDir: opts.userDataDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      // Lets tests write and read the clipboard from the page (paste and copy), as Chromium's grant does.
      'dom.events.testing.asyncClipboard': true,
      'dom.events.asyncClipboard.readText': true,
      'network.dns.disableIPv6': true,
      // The add-on is installed as a temporary one at every start: keep its storage in between,
      // as a permanently installed add-on keeps it (a later run remembers the last policy read).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (e) {
    await browser.close();
    throw e;
  }
  let ext: Page | undefined;
  const extPage = async (): Promise<Page> => {
    if (ext && !ext.isClosed()) return ext;
    ext = await openExtensionPage(browser, OPTIONS_PATH);
    return ext;
  };
  return {
    browser,
    extPage,
    async inExtension(fn, arg) {
      const page = await extPage();
      return page.evaluate(fn as (a: unknown) => unknown, arg) as never;
    },
    close: () => browser.close().catch(() => undefined),
  };
}

/** Replaces the user's own settings, as the options page stores them. */
export async function setFxUserSettings(fx: FxBrowser, values: Record<string, unknown>): Promise<void> {
  await fx.inExtension(
    (v) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: v }),
    values,
  );
}

// ---------------------------------------------------------------------------------------------
// Sites

export interface FxRecorder {
  requests: { url: string; method: string; body: string }[];
  /** WebSocket frames that reached the socket (Copilot), read from the page. */
  frames(): Promise<string[]>;
  pageErrors: string[];
  /** Bodies and frames as text, form bodies URL-decoded (as harness.ts). */
  all(): Promise<string[]>;
  /** The prompt text in each body or frame. */
  texts(): Promise<string[]>;
  waitForCount(n: number, timeoutMs?: number): Promise<void>;
}

let built: Promise<unknown> | null = null;
async function bundle(site: SiteId): Promise<string> {
  built ??= buildFixtures({ quiet: true });
  await built;
  return readFile(join(FIXTURE_DIST, `${site}.js`), 'utf8');
}

const shell = (site: SiteId): string =>
  `<!doctype html><html><head><meta charset=utf-8><title>${site}</title></head>` +
  `<body><script src="/__fixture/${site}.js"></script></body></html>`;

const decodeForm = (body: string): string => {
  try {
    return decodeURIComponent(body.replace(/\+/g, ' '));
  } catch {
    return body;
  }
};

/**
 * The socket of a site that sends over one (Copilot; M365 Copilot's SignalR hub), before any page
 * script: frames are kept in `__wsFrames` and answered as the Chromium harness answers them.
 * Assigned to window.WebSocket like a polyfill would be. Runs in the page: self-contained.
 */
function mockSocket(site: string): void {
  const frames: string[] = [];
  const RS = '\x1e';
  (window as unknown as { __wsFrames: string[] }).__wsFrames = frames;
  /** What the site's server would answer to one frame, or nothing. */
  const answer = (text: string): string | undefined => {
    if (site !== 'm365copilot') {
      let prompt = text;
      try {
        prompt = (JSON.parse(text) as { content: { text: string }[] }).content[0]!.text;
      } catch {
        // not the site's format: echo it whole
      }
      return JSON.stringify({ event: 'reply', text: `Echo: ${prompt}` });
    }
    const record = JSON.parse(text.split(RS)[0] ?? '{}') as {
      protocol?: string;
      invocationId?: string;
      arguments?: { message: { text: string } }[];
    };
    if (record.protocol) return `{}${RS}`; // the SignalR handshake
    const prompt = record.arguments?.[0]?.message.text ?? '';
    return JSON.stringify({ type: 3, invocationId: record.invocationId, item: { text: `Echo: ${prompt}` } }) + RS;
  };
  class MockSocket extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    readyState = 0;
    onopen: ((e: Event) => void) | null = null;
    onmessage: ((e: MessageEvent) => void) | null = null;
    onclose: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(readonly url: string) {
      super();
      setTimeout(() => {
        this.readyState = 1;
        const e = new Event('open');
        this.onopen?.(e);
        this.dispatchEvent(e);
      }, 0);
    }
    send(data: unknown): void {
      const text = typeof data === 'string' ? data : String(data);
      if (!(site === 'm365copilot' && text.includes('"protocol"'))) frames.push(text);
      const reply = answer(text);
      if (reply === undefined) return;
      setTimeout(() => {
        const e = new MessageEvent('message', { data: reply });
        this.onmessage?.(e);
        this.dispatchEvent(e);
      }, 0);
    }
    close(): void {
      this.readyState = 3;
    }
  }
  (window as unknown as { WebSocket: unknown }).WebSocket = MockSocket;
}

/** Sites whose prompts leave over a WebSocket (mocked above, since BiDi cannot intercept one). */
const SOCKET_SITES: readonly SiteId[] = ['copilot', 'm365copilot'];

/**
 * A request's body as text. puppeteer's fetchPostData() throws for a binary body (BiDi returns it
 * base64; puppeteer-core 24 does not decode it, checked 2026-12-08), so that one is asked for raw.
 */
async function requestBody(fx: FxBrowser, req: HTTPRequest): Promise<string> {
  try {
    return (await req.fetchPostData()) ?? '';
  } catch {
    // The BiDi classes have these; the abstract Browser and HTTPRequest types do not.
    const { connection } = fx.browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } };
    const { id } = req as unknown as { id: string };
    const data = (await connection
      .send('network.getData', { dataType: 'request', request: id })
      .catch(() => undefined)) as { result: { bytes: { type: string; value: string } } } | undefined;
    const bytes = data?.result.bytes;
    if (!bytes) return '';
    return bytes.type === 'base64' ? Buffer.from(bytes.value, 'base64').toString('utf8') : bytes.value;
  }
}

export interface FxOpenOptions {
  /** Opening with an existing tab instead of a new one (the first tab after start). */
  page?: Page;
  /** Do not wait for the composer (a caller measuring time from start). */
  noWait?: boolean;
}

export async function openFxSite(
  fx: FxBrowser,
  site: SiteId,
  opts: FxOpenOptions = {},
): Promise<{ page: Page; recorder: FxRecorder }> {
  const info = SITES[site];
  const js = await bundle(site);
  const page = opts.page ?? (await fx.browser.newPage());
  const requests: FxRecorder['requests'] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  if (SOCKET_SITES.includes(site)) await page.evaluateOnNewDocument(mockSocket, site);
  const answer = async (req: HTTPRequest): Promise<void> => {
    const url = new URL(req.url());
    if (url.origin !== info.origin) return req.abort();
    if (req.method() === 'GET' && url.pathname === info.path) {
      return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: shell(site) });
    }
    if (req.method() === 'GET' && url.pathname === `/__fixture/${site}.js`) {
      return req.respond({ status: 200, contentType: 'application/javascript; charset=utf-8', body: js });
    }
    if (url.pathname === '/favicon.ico') return req.respond({ status: 404, body: '' });
    const body = await requestBody(fx, req);
    requests.push({ url: url.href, method: req.method(), body });
    const reply = `Echo: ${extractSentText(site, body)}`;
    return req.respond({ status: 200, contentType: 'application/json', body: JSON.stringify({ reply }) });
  };
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => void answer(req));
  const frames = async (): Promise<string[]> =>
    SOCKET_SITES.includes(site)
      ? page.evaluate(() => [...(window as unknown as { __wsFrames: string[] }).__wsFrames])
      : [];
  const all = async (): Promise<string[]> => [...requests.map((r) => decodeForm(r.body)), ...(await frames())];
  const recorder: FxRecorder = {
    requests,
    pageErrors,
    frames,
    all,
    texts: async () => [...requests.map((r) => r.body), ...(await frames())].map((b) => extractSentText(site, b)),
    async waitForCount(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await all()).length < n) {
        if (Date.now() > deadline) throw new Error(`${site}: fewer than ${n} sends within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  await page.goto(info.origin + info.path);
  if (!opts.noWait) await page.waitForSelector(info.composer, { timeout: 15_000 });
  return { page, recorder };
}

/** Types `text` into the site's composer and sends it by Enter. */
export async function typeAndEnter(page: Page, site: SiteId, text: string): Promise<void> {
  await page.click(SITES[site].composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export const fxSubmissions = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions]);

export const fxEditorText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());

/** Veil's audit events (its IndexedDB, read from an extension page of the same origin). */
export function fxAuditEvents(
  fx: FxBrowser,
): Promise<{ action: string; trigger: string; time: number; detail?: string }[]> {
  return fx.inExtension(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'veil-audit')) return [];
    return new Promise<{ action: string; trigger: string; time: number; detail?: string }[]>((resolve, reject) => {
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
          resolve(q.result as { action: string; trigger: string; time: number; detail?: string }[]);
        };
        q.onerror = () => reject(q.error);
      };
    });
  }, null);
}
