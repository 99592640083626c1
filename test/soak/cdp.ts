/**
 * The soak run's probes through the DevTools protocol: one session per site tab that follows the
 * tab across reloads (Veil's isolated world is a new execution context after each), and the
 * extension's service worker, reached through a browser-level session because Playwright gives no
 * session for a worker.
 *
 * Heap figures are V8's `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`. A content
 * script's isolated world shares its V8 isolate with the page (checked on this Chromium:
 * `performance.memory` reads the same bytes in both worlds), so a tab's figure is page plus Veil;
 * the fixture page is the same code on every page life, so growth across lives is Veil's.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from '../e2e/harness';

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** A site tab's probe: evaluate in Veil's isolated world, and read the tab's heap after a GC. */
export class TabProbe {
  private contexts = new Map<number, ContextDescription>();

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) =>
      this.contexts.set(e.context.id, e.context),
    );
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) =>
      this.contexts.delete(e.executionContextId),
    );
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async attach(page: Page): Promise<TabProbe> {
    const probe = new TabProbe(await page.context().newCDPSession(page));
    await probe.cdp.send('Runtime.enable');
    await probe.cdp.send('HeapProfiler.enable');
    return probe;
  }

  /** The current page life's Veil world; waits for it after a reload. */
  private async veilContext(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ctx = [...this.contexts.values()].find((c) => c.auxData?.type === 'isolated' && c.name === 'Veil');
      if (ctx) return ctx.id;
      if (Date.now() > deadline) throw new Error('Veil isolated world not found');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Evaluates `expression` in Veil's isolated world (its `__veil` figures live there). */
  async veil<T>(expression: string): Promise<T> {
    const contextId = await this.veilContext();
    const r = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`isolated eval failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  async heapAfterGc(): Promise<HeapUsage> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    return (await this.cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The extension service worker's heap after a GC, or null when no worker of the extension runs.
 * Attaches without flattening and talks through Target.sendMessageToTarget: the only way to reach a
 * worker target from Playwright's browser-level session.
 */
export async function workerHeapAfterGc(browser: Browser): Promise<HeapUsage | null> {
  const pw = browser.context.browser();
  if (!pw) throw new Error('no browser handle for a browser-level DevTools session');
  const cdp = await pw.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    if (!sw) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
      sessionId: string;
    };
    let nextId = 0;
    const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) pending.get(m.id)?.(m);
      if (m.id !== undefined) pending.delete(m.id);
    });
    const call = (method: string): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`worker ${method}: no answer in 10 s`)), 10_000);
        pending.set(id, (m) => {
          clearTimeout(timer);
          if (m.error) reject(new Error(`worker ${method}: ${m.error.message}`));
          else resolve(m.result);
        });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const heap = (await call('Runtime.getHeapUsage')) as HeapUsage;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return heap;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
