/**
 * Issue 17: a hostile page learns nothing, forges nothing, and cannot stall Veil. Each attack the
 * review ran against 3bb3558 runs here as page script (Playwright's page.evaluate and init scripts
 * run in the page's MAIN world, exactly where a site's own or injected scripts run) on the fixture
 * sites, with the built extension, and each test asserts that the page got nothing. Every test here
 * failed against a build of 3bb3558.
 *
 * What the user does (typing, Enter, clicking Veil's buttons) is done with trusted input through
 * the DevTools protocol; what the page does is page script only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/policy/schema';
import { launchBrowser, openSite, SITES, type Browser, type SiteId } from './harness';
import { auditEvents, isolated, setUserSettings, sleep, uiClick, uiText, until, waitForSettings } from './veil';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EMAIL = 'jane.doe@example.com';
const SSN = '536-22-8471';
const SITE: SiteId = 'chatgpt';

/** Opens the site with these settings; `initScript` runs in the page before any of its own scripts. */
async function open(settings: Partial<Settings>, initScript?: string) {
  await setUserSettings(browser, settings);
  const { page, recorder } = await openSite(browser, SITE);
  if (initScript) {
    await page.addInitScript(initScript);
    await page.reload();
  }
  const ev = await isolated(page);
  await waitForSettings(ev, `s.policyVersion === ${JSON.stringify(settings.policyVersion ?? '')}`);
  return { page, recorder, ev };
}

async function type(page: Page, text: string): Promise<void> {
  await page.click(SITES[SITE].composer);
  await page.keyboard.type(text);
}

/**
 * The page's copy attack: select every reply, dispatch a synthetic `copy` whose DataTransfer the
 * page made, read it back. Tried every 200 ms for `ms` (restoring takes a moment). Returns all it read.
 */
function syntheticCopies(page: Page, ms: number): Promise<string> {
  return page.evaluate(
    async ({ sel, ms }) => {
      const read: string[] = [];
      const end = Date.now() + ms;
      while (Date.now() < end) {
        for (const reply of document.querySelectorAll(sel)) {
          const range = document.createRange();
          range.selectNodeContents(reply);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          const data = new DataTransfer();
          reply.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
          read.push(data.getData('text/plain'), data.getData('text/html'));
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      return read.join('\n');
    },
    { sel: SITES[SITE].reply, ms },
  );
}

/** Everything rendered inside Veil's reply markers, read through the DevTools protocol (what reached the tab). */
async function valuesInTab(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
    return JSON.stringify(root);
  } finally {
    await cdp.detach();
  }
}

// Page-defined custom elements for every tag name Veil ever used, each taking its ElementInternals:
// `internals.shadowRoot` hands over a closed root attached to such an element.
const DEFINE_VEIL_TAGS = `(() => {
  const stolen = (window.__stolen = []);
  for (const name of ['veil-restored', 'veil-review', 'veil-ai-notice', 'veil-notice', 'veil-pill',
                      'veil-disclaimer', 'veil-warning']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); try { stolen.push(this.attachInternals()); } catch {} }
    });
  }
  window.__roots = () => stolen.map((i) => i.shadowRoot).filter(Boolean);
})();`;

/** The page's view of every closed root it obtained: their text. */
const stolenText = (page: Page): Promise<{ roots: number; text: string }> =>
  page.evaluate(() => {
    const roots = (window as unknown as { __roots(): ShadowRoot[] }).__roots();
    return { roots: roots.length, text: roots.map((r) => r.textContent ?? '').join('\n') };
  });

describe('a hostile page on the reply restorer', () => {
  it('gets no original through a synthetic copy of a restored reply', async () => {
    const { page, recorder, ev } = await open({});
    await type(page, `Mail ${EMAIL} about SSN ${SSN} today`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.all().join('\n')).not.toContain(EMAIL);
    await until(
      () => ev<number>('globalThis.__veilReplies.stats().restored'),
      (n) => n >= 1,
      8000,
    ); // Veil has the values in this tab: the attack has something to aim at
    expect(await page.locator(SITES[SITE].reply).last().textContent()).toContain('[EMAIL_1]');
    const read = await syntheticCopies(page, 2000);
    expect(read).not.toContain(EMAIL);
    expect(read).not.toContain(SSN);
    await page.close();
  });

  it('a fresh tab that moves to the conversation and shows its placeholders gets nothing', async () => {
    const first = await open({});
    await type(first.page, `Mail ${EMAIL} about SSN ${SSN} today`);
    await first.page.keyboard.press('Enter');
    await first.recorder.waitForCount(1);
    const path = await first.page.evaluate(() => location.pathname);

    const { page, recorder } = await openSite(browser, SITE);
    await isolated(page);
    // The page moves to the first tab's conversation and has its own code show the guessed placeholders.
    await page.evaluate((p) => {
      history.pushState({}, '', p);
      (
        window as unknown as { __fixture: { submitProgrammatically(t: string): void } }
      ).__fixture.submitProgrammatically('Say [EMAIL_1] and [US_SSN_1] and [EMAIL_2] back');
    }, path);
    await recorder.waitForCount(1);
    await until(
      () => page.locator(SITES[SITE].reply).last().textContent(),
      (t) => t?.includes('[EMAIL_1]') ?? false,
    );
    const read = await syntheticCopies(page, 2500);
    expect(read).not.toContain(EMAIL);
    expect(read).not.toContain(SSN);
    // Nor did the values reach that tab at all, not even Veil's closed roots there.
    const dom = await valuesInTab(page);
    expect(dom).not.toContain(EMAIL);
    expect(dom).not.toContain(SSN);
    await page.close();
    await first.page.close();
  });

  it('cannot tell which placeholders Veil knows from the text or the layout', async () => {
    const { page, recorder, ev } = await open({});
    await type(page, `Mail ${EMAIL} today`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await until(
      () => ev<number>('globalThis.__veilReplies.stats().restored'),
      (n) => n >= 1,
      8000,
    );
    // The page's own code shows a known and an unknown placeholder of the same length side by side.
    await page.evaluate(() =>
      (
        window as unknown as { __fixture: { submitProgrammatically(t: string): void } }
      ).__fixture.submitProgrammatically('A [EMAIL_1] B [EMAIL_7] C'),
    );
    await recorder.waitForCount(2);
    await sleep(1500); // the reply settles and Veil has looked its placeholders up
    const view = await page.evaluate((sel) => {
      const reply = [...document.querySelectorAll(sel)].at(-1)!;
      // The rendered width of a placeholder's text (0 when it is not rendered at all).
      const widthOf = (needle: string): number => {
        const walker = document.createTreeWalker(reply, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + needle.length);
          return Math.round(range.getBoundingClientRect().width * 10);
        }
        return -1;
      };
      return { text: (reply as HTMLElement).innerText, known: widthOf('[EMAIL_1]'), unknown: widthOf('[EMAIL_7]') };
    }, SITES[SITE].reply);
    expect(view.text).toContain('A [EMAIL_1] B [EMAIL_7] C');
    expect(view.known).toBe(view.unknown);
    await page.close();
  });
});

describe('a hostile page that defines Veil’s tag names first', () => {
  it('gets no closed root, and so no restored value', async () => {
    const { page, recorder, ev } = await open({}, DEFINE_VEIL_TAGS);
    await type(page, `Mail ${EMAIL} today`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await until(
      () => ev<number>('globalThis.__veilReplies.stats().restored'),
      (n) => n >= 1,
      8000,
    );
    const stolen = await stolenText(page);
    expect(stolen.text).not.toContain(EMAIL);
    expect(stolen.roots).toBe(0);
    await page.close();
  });

  it('cannot swap the review dialog’s buttons: the user’s "Redact and send" redacts', async () => {
    const { page, recorder } = await open(
      { actions: { EMAIL_ADDRESS: 'warn' } as Settings['actions'], requireReason: false },
      DEFINE_VEIL_TAGS,
    );
    await type(page, `Mail ${EMAIL} today`);
    await page.keyboard.press('Enter');
    await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('Redact and send'),
    );
    // The page swaps the labels of "Redact and send" and "Send anyway" wherever it can reach them.
    const swapped = await page.evaluate(() => {
      let n = 0;
      for (const root of (window as unknown as { __roots(): ShadowRoot[] }).__roots()) {
        const redact = root.querySelector('[data-act="redact"]');
        const anyway = root.querySelector('[data-act="anyway"]');
        if (redact && anyway) {
          [redact.textContent, anyway.textContent] = [anyway.textContent, redact.textContent];
          n++;
        }
      }
      return n;
    });
    await uiClick(page, 'veil-review', 'Redact and send');
    await recorder.waitForCount(1);
    expect(swapped).toBe(0);
    expect(recorder.texts()).toEqual(['Mail [EMAIL_1] today']);
    expect(recorder.all().join('\n')).not.toContain(EMAIL);
    await page.close();
  });

  it('cannot acknowledge a required AI-use notice in the user’s name', async () => {
    const policyVersion = `attack-${Date.now()}`;
    const { page, ev } = await open({ requireAcknowledgement: true, policyVersion }, DEFINE_VEIL_TAGS);
    await until(
      () => uiText(page, 'veil-ai-notice'),
      (t) => t.includes('I understand'),
    );
    // The page clicks every button it can reach, in every root it got, for two seconds.
    await page.evaluate(async () => {
      const end = Date.now() + 2000;
      while (Date.now() < end) {
        for (const root of (window as unknown as { __roots(): ShadowRoot[] }).__roots()) {
          for (const b of root.querySelectorAll('button')) (b as HTMLButtonElement).click();
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    expect(await ev<boolean>('globalThis.__veilReplies.notice.gated()')).toBe(true);
    const events = await auditEvents(browser);
    expect(
      events.filter(
        (e) => e.action === 'acknowledged' && (e as { policyVersion?: string }).policyVersion === policyVersion,
      ),
    ).toEqual([]);
    await page.close();
  });
});

describe('a hostile page on the tripwire', () => {
  // Setters on Object.prototype['0'] and ['1'] see every plain index write to an array or object
  // that does not hold that index yet (kept in a Map: an array of its own would recurse).
  const HOOK_INDEXES = `(() => {
    const caught = (window.__caught = new Map());
    for (const k of ['0', '1']) {
      Object.defineProperty(Object.prototype, k, {
        configurable: true,
        set(v) {
          caught.set(caught.size, v);
          Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  })();`;

  it('sees no fingerprint, key or flagged list through prototype setters', async () => {
    const { page, recorder, ev } = await open({}, HOOK_INDEXES);
    await type(page, `Mail ${EMAIL} about SSN ${SSN}`);
    await until(
      () => ev<number>('globalThis.__veil.tripwire.size'),
      (n) => n >= 2,
    );
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    const caught = await page.evaluate(() => {
      const found: string[] = [];
      for (const v of (window as unknown as { __caught: Map<number, unknown> }).__caught.values()) {
        if (v instanceof Float64Array) found.push(`Float64Array(${v.length})`);
        else if (typeof v === 'object' && v !== null && typeof (v as { h?: unknown }).h === 'number') {
          found.push(JSON.stringify(v));
        } else if (typeof v === 'object' && v !== null && (v as { hashes?: unknown }).hashes instanceof Float64Array) {
          found.push('fingerprint group');
        }
      }
      return found;
    });
    expect(caught).toEqual([]);
    expect(recorder.all().join('\n')).not.toContain(EMAIL);
    await page.close();
  });
});

describe('a hostile page on the guard', () => {
  it('removing the review dialog does not leave the guard busy: the next send goes out', async () => {
    const { page, recorder } = await open({ actions: { EMAIL_ADDRESS: 'warn' } as Settings['actions'] });
    await type(page, `Mail ${EMAIL} today`);
    await page.keyboard.press('Enter');
    await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('Redact and send'),
    );
    // The page removes everything it did not put under <html> itself: Veil's dialog host.
    await page.evaluate(() => {
      for (const el of [...document.documentElement.children]) {
        if (el !== document.head && el !== document.body) el.remove();
      }
    });
    await sleep(300);
    await page.click(SITES[SITE].composer);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('hello again');
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1, 5000);
    expect(recorder.texts()).toEqual(['hello again']);
    await page.close();
  });
});

describe('attacks on the audit trail', () => {
  it('an event with a raw value placed in the outbox is not stored; its rejection is', async () => {
    const { page } = await open({});
    const ev = await isolated(page); // a compromised content script: it can write storage.local
    const forged = {
      id: '00000000-0000-4000-8000-00000000f0f0',
      time: Date.now(),
      site: 'chatgpt',
      host: 'chatgpt.com',
      conversationKey: '',
      action: 'sent-anyway',
      trigger: 'submit',
      counts: { US_SSN: 1 },
      previews: [{ type: 'US_SSN', masked: SSN }],
      mode: 'enforce',
      policyVersion: '',
    };
    await ev(`chrome.storage.local.set({ 'audit.outbox': [${JSON.stringify(forged)}] })`);
    // Anything that makes the background write its own events drains the outbox: a settings problem.
    await setUserSettings(browser, { mode: 'stealth' as never, minScore: 0.77 });
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'settings-problem'),
      8000,
    );
    expect(JSON.stringify(events)).not.toContain(SSN);
    expect(events.some((e) => e.action === 'audit-tampered' && e.detail?.startsWith('outbox-rejected'))).toBe(true);
    await setUserSettings(browser, {});
    await page.close();
  });

  it('a deleted audit database is recorded as a lost trail, not silently restarted', async () => {
    const { page, recorder } = await open({});
    await type(page, `Mail ${EMAIL} today`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    const before = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'redacted'),
    );
    // Veil keeps the chain's head outside the database right after each write; let it land first.
    const head = Math.max(...before.map((e) => (e as { seq?: number }).seq ?? 0));
    await until(
      () =>
        browser.worker!.evaluate(async () => {
          const mark = (await chrome.storage.local.get('audit.trail'))['audit.trail'] as { seq?: number } | undefined;
          return mark?.seq ?? -1;
        }),
      (seq) => seq >= head,
    ).catch(() => undefined); // builds without the mark have nothing to wait for
    await browser.worker!.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('veil-audit');
          del.onsuccess = () => resolve();
          del.onerror = () => reject(del.error);
        }),
    );
    await page.click(SITES[SITE].composer);
    await page.keyboard.type(`And ${EMAIL} again`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(2);
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'redacted'),
      8000,
    );
    const mark = await browser.worker!.evaluate(
      async () => (await chrome.storage.local.get('audit.trail'))['audit.trail'],
    );
    console.log(
      `[attacks] after the reset: mark ${JSON.stringify(mark)}, events ${events.map((e) => e.action).join(' ')}`,
    );
    expect(events.map((e) => e.action)).toContain('audit-tampered');
    expect(events.find((e) => e.action === 'audit-tampered')!.detail).toMatch(/^trail-reset/);
    await page.close();
  });
});
