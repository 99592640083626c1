/**
 * Offline proving ground: headless Chromium (optionally with the built extension), the six fixture
 * chat pages served at their REAL origins (so the extension's real `matches` apply), and a recorder
 * of every body the page sends. Nothing leaves the machine: every other request is aborted and DNS
 * resolves nothing but localhost.
 *
 * Routing is per page (page.route / page.routeWebSocket), with one context-wide catch-all installed
 * at launch as the lowest-priority backstop. Per-page routes keep one test's recorder from seeing
 * another page's traffic and do not pile up when one browser serves many tests.
 */
import { mkdtemp, readFile, rm, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type Page,
  type Route,
  type WebSocketRoute,
  type Worker,
} from 'playwright-core';
import { buildFixtures } from '../fixtures/build.mjs';
import type { SiteId } from '../fixtures/sites/common';

export type { SiteId };

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE_DIST = join(REPO, 'test', 'fixtures', 'dist');

export interface SiteInfo {
  /** URL origin without trailing slash, e.g. https://chatgpt.com */
  origin: string;
  /** path the page is served at */
  path: string;
  /** the composer element, matching the live site's identity */
  composer: string;
  /** the send button, or null where the site sends by Enter only */
  send: string | null;
  /** the element holding one assistant reply's text */
  reply: string;
}

export const SITES: Record<SiteId, SiteInfo> = {
  chatgpt: {
    origin: 'https://chatgpt.com',
    path: '/',
    composer: 'form[data-type="unified-composer"] div#prompt-textarea.ProseMirror[contenteditable="true"]',
    send: 'button[data-testid="send-button"][aria-label="Send prompt"]',
    reply: 'section[data-turn="assistant"] [data-message-author-role="assistant"] .markdown.prose',
  },
  claude: {
    origin: 'https://claude.ai',
    path: '/',
    composer: 'div.tiptap.ProseMirror[contenteditable="true"][data-testid="chat-input"]',
    send: 'button[aria-label="Send message"]',
    reply: '[data-is-streaming="false"] .font-claude-response .standard-markdown',
  },
  gemini: {
    origin: 'https://gemini.google.com',
    path: '/app',
    composer: 'rich-textarea div.ql-editor.textarea.new-input-ui[contenteditable="true"]',
    send: 'button.send-button[aria-label="Send message"]',
    reply:
      'infinite-scroller[data-test-id="chat-history-container"] model-response message-content .markdown.markdown-main-panel',
  },
  perplexity: {
    origin: 'https://www.perplexity.ai',
    path: '/',
    composer: 'div#ask-input[contenteditable="true"][data-lexical-editor="true"]',
    send: 'button[data-testid="submit-button"][aria-label="Submit"]',
    reply: 'div.prose.dark\\:prose-invert.inline',
  },
  copilot: {
    origin: 'https://copilot.microsoft.com',
    path: '/',
    composer: 'textarea#userInput[placeholder="Message Copilot"]',
    send: 'button[data-testid="submit-button"][title="Submit message"]',
    reply: '[data-content="conversation"] [data-content="ai-message"]',
  },
  deepseek: {
    origin: 'https://chat.deepseek.com',
    path: '/',
    composer: 'textarea#chat-input[placeholder="Message DeepSeek"]',
    send: null,
    reply: '.ds-message .ds-markdown',
  },
};

export const SITE_IDS = Object.keys(SITES) as SiteId[];

// ---------------------------------------------------------------------------------------------
// What the page sent: one extractor per site's wire format.

function dig(value: unknown, ...path: (string | number)[]): unknown {
  let cur = value;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const EXTRACT: Record<SiteId, (body: string) => string | undefined> = {
  chatgpt: (b) => {
    const messages = dig(JSON.parse(b), 'messages');
    const parts = Array.isArray(messages) ? dig(messages.at(-1), 'content', 'parts') : undefined;
    return Array.isArray(parts) ? parts.filter((p): p is string => typeof p === 'string').join('\n') : undefined;
  },
  claude: (b) => str(dig(JSON.parse(b), 'prompt')),
  gemini: (b) => {
    // f.req = [[["ESY5D", "<JSON of [[text],null,null]>", null, "generic"]]]
    const freq = new URLSearchParams(b).get('f.req');
    const inner = freq === null ? undefined : str(dig(JSON.parse(freq), 0, 0, 1));
    return inner === undefined ? undefined : str(dig(JSON.parse(inner), 0, 0));
  },
  perplexity: (b) => str(dig(JSON.parse(b), 'query_str')),
  copilot: (b) => str(dig(JSON.parse(b), 'content', 0, 'text')),
  deepseek: (b) => str(dig(JSON.parse(b), 'prompt')),
};

/** The prompt text inside one sent body or frame of `site`; the raw body if it does not parse. */
export function extractSentText(site: SiteId, body: string): string {
  try {
    return EXTRACT[site](body) ?? body;
  } catch {
    return body;
  }
}

// ---------------------------------------------------------------------------------------------
// Browser

export interface Browser {
  context: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  /** URLs the context-wide backstop aborted (requests from pages not opened by openSite). */
  aborted: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** load the built extension from distDir (default true) */
  extension?: boolean;
  /** default <repo>/dist */
  distDir?: string;
  headless?: boolean;
  /**
   * The browser's UI language, e.g. 'de'. Chromium picks the extension's `_locales` by `--lang`
   * (what `i18n.getMessage` answers), while `i18n.getUILanguage()`, `navigator.language` and `Intl`
   * follow Playwright's `locale` (checked on this machine: `--lang=de` alone leaves
   * getUILanguage() at 'en-US', `locale` alone leaves the messages English, and the LANGUAGE
   * environment variable changes neither); both are set.
   */
  lang?: string;
  /**
   * A browser profile to start with and keep (a later run of the same browser); by default a fresh
   * one, deleted on close (a first run).
   */
  profileDir?: string;
}

const isLocal = (u: URL): boolean => u.hostname === 'localhost' || u.hostname === '127.0.0.1';

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  const extension = opts.extension ?? true;
  const dist = resolve(opts.distDir ?? join(REPO, 'dist'));
  if (extension) {
    await access(join(dist, 'manifest.json')).catch(() => {
      throw new Error(`no extension build at ${dist} (run \`vite build\` first)`);
    });
  }
  const userDataDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'veil-e2e-')));
  const keep = opts.profileDir !== undefined;
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: opts.headless ?? true,
      ...(opts.lang ? { locale: opts.lang } : {}),
      args: [
        ...(opts.lang ? [`--lang=${opts.lang}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Backstop for what routes cannot see (extension service-worker fetches, unrouted WebSockets):
        // no host resolves except loopback. Fulfilled routes never reach DNS, so the fixtures still load.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      ],
    });
  } catch (e) {
    if (!keep) await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    if (!keep) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const aborted: string[] = [];
  // Lowest priority: page routes from openSite run first. Loopback and non-http(s) schemes
  // (chrome-extension:, data:) pass, everything else is refused.
  await context.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (!url.protocol.startsWith('http') || isLocal(url)) return route.continue();
      aborted.push(url.href);
      return route.abort('blockedbyclient');
    },
  );

  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (extension) {
    const isExt = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    try {
      worker =
        context.serviceWorkers().find(isExt) ??
        (await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 15_000 }));
    } catch {
      await close();
      // Chromium refuses a broken extension silently (e.g. a manifest naming a file that is not in
      // dist/, such as storage.managed_schema); the only symptom is that no worker appears.
      throw new Error(`extension service worker did not start within 15 s (dist: ${dist})`);
    }
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, worker, aborted, close };
}

// ---------------------------------------------------------------------------------------------
// Sites

export interface Recorder {
  /**
   * every request to the site's origin other than the page and its bundle; `body` is the raw wire
   * text; `resourceType` is Playwright's ('fetch', 'xhr', …), so a test can tell Gemini's XHR path
   */
  requests: { url: string; method: string; body: string; contentType: string; resourceType: string }[];
  /** every WebSocket frame the page sent (Copilot) */
  frames: { url: string; data: string }[];
  /** URLs of requests from this page that were refused */
  aborted: string[];
  /** uncaught errors thrown in the page */
  pageErrors: string[];
  /**
   * every body and frame as text; form-encoded bodies (Gemini) are URL-decoded here, because on the
   * wire `jane@x.com` is `jane%40x.com` and a raw `includes()` leak check would never fire.
   */
  all(): string[];
  /** the prompt text inside each body/frame (see extractSentText) */
  texts(): string[];
  /** resolves once requests + frames >= n */
  waitForCount(n: number, timeoutMs?: number): Promise<void>;
}

function readable(r: Recorder['requests'][number]): string {
  if (!r.contentType.startsWith('application/x-www-form-urlencoded')) return r.body;
  try {
    return decodeURIComponent(r.body.replace(/\+/g, ' '));
  } catch {
    return r.body; // malformed escapes: keep the raw text
  }
}

class SiteRecorder implements Recorder {
  requests: Recorder['requests'] = [];
  frames: Recorder['frames'] = [];
  aborted: string[] = [];
  pageErrors: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly site: SiteId) {}

  all(): string[] {
    return [...this.requests.map(readable), ...this.frames.map((f) => f.data)];
  }

  texts(): string[] {
    // Extract from the raw bodies: the extractors parse the wire formats themselves.
    return [...this.requests.map((r) => r.body), ...this.frames.map((f) => f.data)].map((b) =>
      extractSentText(this.site, b),
    );
  }

  recordRequest(r: Recorder['requests'][number]): void {
    this.requests.push(r);
    for (const l of this.listeners) l();
  }

  recordFrame(f: Recorder['frames'][number]): void {
    this.frames.push(f);
    for (const l of this.listeners) l();
  }

  waitForCount(n: number, timeoutMs = 10_000): Promise<void> {
    const count = (): number => this.requests.length + this.frames.length;
    if (count() >= n) return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
      const check = (): void => {
        if (count() < n) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolvePromise();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        const seen = [...this.requests.map((r) => `${r.method} ${r.url}`), ...this.frames.map((f) => `WS ${f.url}`)];
        reject(
          new Error(
            `${this.site}: expected ${n} sent bodies within ${timeoutMs} ms, got ${count()}: ${JSON.stringify(seen)}`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(check);
    });
  }
}

let built: Promise<unknown> | null = null;
const bundles = new Map<SiteId, string>();

/** The site's bundle; builds the fixtures once per process (a no-op when they are up to date). */
async function fixtureBundle(site: SiteId): Promise<string> {
  built ??= buildFixtures({ quiet: true });
  await built;
  let js = bundles.get(site);
  if (js === undefined) {
    js = await readFile(join(FIXTURE_DIST, `${site}.js`), 'utf8');
    bundles.set(site, js);
  }
  return js;
}

const shell = (site: SiteId): string =>
  `<!doctype html><html><head><meta charset=utf-8><title>${site}</title></head>` +
  `<body><script src="/__fixture/${site}.js"></script></body></html>`;

export interface OpenSiteOptions {
  /** the server's reply to one sent prompt (default `Echo: <text>`) */
  reply?: (sentText: string) => string;
}

export async function openSite(
  browser: Browser,
  site: SiteId,
  opts: OpenSiteOptions = {},
): Promise<{ page: Page; recorder: Recorder }> {
  const info = SITES[site];
  const js = await fixtureBundle(site);
  const recorder = new SiteRecorder(site);
  const answer = (body: string): string => {
    const sent = extractSentText(site, body);
    return opts.reply?.(sent) ?? `Echo: ${sent}`;
  };

  const page = await browser.context.newPage();
  page.on('pageerror', (e) => recorder.pageErrors.push(String(e)));

  // Page routes run last-registered-first: this catch-all is the page's lowest priority.
  await page.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (!url.protocol.startsWith('http')) return route.continue(); // chrome-extension:, data:
      recorder.aborted.push(url.href);
      return route.abort('blockedbyclient');
    },
  );
  await page.route(
    (url) => url.origin === info.origin,
    (route: Route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (req.method() === 'GET' && url.pathname === info.path) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shell(site) });
      }
      if (req.method() === 'GET' && url.pathname === `/__fixture/${site}.js`) {
        return route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: js });
      }
      // Chromium asks for this on its own; it is not something the page sent.
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      const body = req.postData() ?? '';
      const contentType = req.headers()['content-type'] ?? '';
      recorder.recordRequest({
        url: url.href,
        method: req.method(),
        body,
        contentType,
        resourceType: req.resourceType(),
      });
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ reply: answer(body) }),
      });
    },
  );
  if (site === 'copilot') {
    // No connectToServer(): Playwright swaps window.WebSocket for a mock in the page's main world,
    // so the socket never touches the network.
    await page.routeWebSocket(
      (url) => url.host === 'copilot.microsoft.com',
      (ws: WebSocketRoute) => {
        ws.onMessage((message) => {
          const data = typeof message === 'string' ? message : message.toString('utf8');
          recorder.recordFrame({ url: ws.url(), data });
          ws.send(JSON.stringify({ event: 'reply', text: answer(data) }));
        });
      },
    );
  }

  await page.goto(info.origin + info.path);
  await page.waitForSelector(info.composer, { timeout: 15_000 });
  return { page, recorder };
}
