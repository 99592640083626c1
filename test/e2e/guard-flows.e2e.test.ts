/**
 * Issue 4's flows in real Chromium with the built extension, on the fixture chat pages: the review
 * dialog (warn), block, monitor, paste, drop, files, degraded markup and the fail mode, the typing
 * feedback, and a stale content script after an extension reload (last: it restarts the worker).
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, SITES, type Browser, type Recorder } from './harness';
import {
  auditEvents,
  editorText,
  grantClipboard,
  isolated,
  refuseRewrites,
  setUserSettings,
  sleep,
  submissions,
  uiClick,
  uiText,
  until,
  waitForFlags,
  waitForSettings,
} from './veil';
import { DEFAULT_ACTIONS, type Settings } from '../../src/policy/schema';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'veil-files-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const EMAIL = 'jane.doe@example.com';
const PHONE = '+44 20 7946 0958';
const AWS = 'AKIAH5DMECEKP7CD3PMJ';

/** Settings for this test (replacing the user's), then a page that has applied them. */
async function open(
  site: keyof typeof SITES,
  settings: Partial<Settings>,
): Promise<{ page: Page; recorder: Recorder; ev: Awaited<ReturnType<typeof isolated>> }> {
  await setUserSettings(browser, settings);
  const { page, recorder } = await openSite(browser, site);
  const ev = await isolated(page);
  await waitForSettings(
    ev,
    `JSON.stringify(s.actions) === ${JSON.stringify(JSON.stringify({ ...DEFAULT_ACTIONS, ...(settings.actions ?? {}) }))}`,
  );
  return { page, recorder, ev };
}

const quiet = (ms = 400): Promise<void> => sleep(ms);
const noRaw = (recorder: Recorder, ...raw: string[]): void => {
  const all = recorder.all().join('\n');
  for (const r of raw) expect(all).not.toContain(r);
};
const focus = (ev: Awaited<ReturnType<typeof isolated>>): Promise<string> =>
  ev<string>('globalThis.__veil.reviewFocus()');

describe('warn: the review dialog', () => {
  it('lists each finding masked, keeps focus inside, Esc cancels, "Redact and send" sends placeholders', async () => {
    const { page, recorder, ev } = await open('claude', {
      actions: { EMAIL_ADDRESS: 'warn', PHONE_NUMBER: 'warn' } as Settings['actions'],
    });
    await page.click(SITES.claude.composer);
    await page.keyboard.type(`Reply to ${EMAIL} or ${PHONE} today`);
    await page.keyboard.press('Enter');
    const text = await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('Redact and send'),
    );
    expect(text).toContain('Email address');
    expect(text).toContain('Phone number');
    expect(text).toContain('j***@e***.com');
    expect(text).toContain('review');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('7946 0958');

    // Keyboard only: focus starts on the safe choice and wraps inside the dialog.
    expect(await focus(ev)).toBe('Redact and send');
    await page.keyboard.press('Tab');
    expect(await focus(ev)).toBe('Send anyway');
    await page.keyboard.press('Tab');
    expect(await focus(ev)).toBe('Edit');
    await page.keyboard.press('Tab');
    expect(await focus(ev)).toBe('Redact and send');
    await page.keyboard.press('Shift+Tab');
    expect(await focus(ev)).toBe('Edit');

    await page.keyboard.press('Escape');
    await until(
      () => uiText(page, 'veil-review'),
      (t) => t === '',
    );
    await quiet();
    expect(recorder.all()).toEqual([]);
    expect(await editorText(page)).toBe(`Reply to ${EMAIL} or ${PHONE} today`);

    await page.keyboard.press('Enter');
    await until(
      () => focus(ev),
      (f) => f === 'Redact and send',
    );
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await quiet();
    expect(recorder.texts()).toEqual(['Reply to [EMAIL_1] or [PHONE_1] today']);
    noRaw(recorder, EMAIL, '7946');
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'redacted' && x.counts.PHONE_NUMBER === 1),
    );
    expect(events.filter((e) => e.action === 'warned').length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('"Send anyway" needs a reason when required, sends the text as written once, and is absent when not allowed', async () => {
    const { page, recorder, ev } = await open('chatgpt', {
      actions: { EMAIL_ADDRESS: 'warn' } as Settings['actions'],
      requireReason: true,
    });
    await page.click(SITES.chatgpt.composer);
    await page.keyboard.type(`Invite ${EMAIL} to the call`);
    await page.keyboard.press('Enter');
    await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('Reason for sending anyway'),
    );
    // Disabled until a reason is given: a click does nothing.
    await uiClick(page, 'veil-review', 'Send anyway');
    await quiet(200);
    expect(await uiText(page, 'veil-review')).toContain('Send anyway');
    expect(recorder.all()).toEqual([]);

    await page.keyboard.press('Tab'); // focus left the disabled button: Tab starts at the top again
    expect(await focus(ev)).toBe('reason');
    await page.keyboard.type('the customer asked us to invite her');
    await uiClick(page, 'veil-review', 'Send anyway');
    await recorder.waitForCount(1);
    await quiet();
    // The user's choice wins: sent as written, exactly once, and the tripwire lets it pass.
    expect(recorder.texts()).toEqual([`Invite ${EMAIL} to the call`]);
    expect(await submissions(page)).toEqual([`Invite ${EMAIL} to the call`]);
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'sent-anyway'),
    );
    expect(events.find((x) => x.action === 'sent-anyway')!.reason).toBe('the customer asked us to invite her');
    await page.close();

    const second = await open('chatgpt', {
      actions: { EMAIL_ADDRESS: 'warn' } as Settings['actions'],
      allowSendAnyway: false,
    });
    await second.page.click(SITES.chatgpt.composer);
    await second.page.keyboard.type(`Invite ${EMAIL} again`);
    await second.page.keyboard.press('Enter');
    const text = await until(
      () => uiText(second.page, 'veil-review'),
      (t) => t.includes('Redact and send'),
    );
    expect(text).not.toContain('Send anyway');
    await uiClick(second.page, 'veil-review', 'Edit');
    await quiet();
    expect(second.recorder.all()).toEqual([]);
    await second.page.close();
  });
});

describe('names and places (the full path, in the background)', () => {
  it('are found while typing, underlined, and reviewed at send with the default policy', async () => {
    const { page, recorder } = await open('perplexity', {});
    await page.click(SITES.perplexity.composer);
    await page.keyboard.type('Please ask Maria Gonzalez from Madrid to review the contract');
    expect(
      await until(
        () => uiText(page, 'veil-pill'),
        (t) => t.includes('review'),
        10_000,
      ),
    ).toBe('2 items need review');
    await page.keyboard.press('Enter');
    const text = await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('Redact and send'),
    );
    expect(text).toContain('Name');
    expect(text).toContain('Place');
    expect(text).not.toContain('Gonzalez');
    await uiClick(page, 'veil-review', 'Redact and send');
    await recorder.waitForCount(1);
    expect(recorder.texts()[0]).toMatch(/^Please ask \[NAME_\d+\] from \[LOCATION_\d+\] to review the contract$/);
    await page.close();
  });
});

describe('block and monitor', () => {
  it('block: a secret stops the send, and a programmatic resend is stopped by the tripwire', async () => {
    const { page, recorder } = await open('gemini', {});
    await page.click(SITES.gemini.composer);
    await page.keyboard.type(`deploy with ${AWS} please`);
    await page.keyboard.press('Enter');
    expect(
      await until(
        () => uiText(page, 'veil-notice'),
        (t) => t.includes('blocked'),
      ),
    ).toContain('AKIA********');
    await quiet();
    expect(recorder.all()).toEqual([]);
    expect(await submissions(page)).toEqual([]);
    // The site's own code sends the draft (regenerate, voice...): the DOM layer never sees it.
    await page.evaluate(() => window.__fixture.submitProgrammatically());
    await until(
      () => uiText(page, 'veil-notice'),
      (t) => t.includes('Veil stopped a request'),
    );
    // A beacon (analytics, drafts) with the value is refused too.
    expect(await page.evaluate((t) => navigator.sendBeacon('/log', `draft: ${t}`), AWS)).toBe(false);
    await quiet();
    expect(recorder.all()).toEqual([]);
    await page.close();
  });

  it('monitor: the text leaves unchanged and the decision is recorded', async () => {
    const { page, recorder } = await open('perplexity', { mode: 'monitor' });
    await page.click(SITES.perplexity.composer);
    await page.keyboard.type(`monitor ${EMAIL} please`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual([`monitor ${EMAIL} please`]);
    expect(
      await until(
        () => uiText(page, 'veil-notice'),
        (t) => t !== '',
      ),
    ).toContain('monitor mode');
    const events = await until(
      () => auditEvents(browser),
      (e) => e.some((x) => x.action === 'monitored' && x.counts.EMAIL_ADDRESS === 1),
    );
    expect(events.some((x) => x.action === 'monitored')).toBe(true);
    await page.close();
  });

  it('a form submit (requestSubmit) is checked like Enter', async () => {
    const { page, recorder } = await open('chatgpt', {});
    // A page whose submit handler sends the editor's text: the guard must rewrite first.
    await page.evaluate(() => {
      document.querySelector('form')!.addEventListener('submit', () => window.__fixture.submitProgrammatically());
    });
    await page.click(SITES.chatgpt.composer);
    await page.keyboard.insertText(`form ${EMAIL} submit`);
    await page.evaluate(() => document.querySelector('form')!.requestSubmit());
    await recorder.waitForCount(1);
    await quiet();
    expect(recorder.texts()).toEqual(['form [EMAIL_1] submit']);
    await page.close();
  });
});

describe('the send button by keyboard, and the placeholder vault', () => {
  it('Enter or Space on a focused send button is checked like a click', async () => {
    const { page, recorder } = await open('claude', {});
    for (const [i, key] of (['Enter', 'Space'] as const).entries()) {
      await page.click(SITES.claude.composer);
      await page.keyboard.type(`key ${key} ${EMAIL}`);
      await page.focus(SITES.claude.send!);
      await page.keyboard.press(key);
      await recorder.waitForCount(i + 1);
    }
    await quiet();
    expect(recorder.texts()).toEqual(['key Enter [EMAIL_1]', 'key Space [EMAIL_1]']);
    await page.close();
  });

  it('keeps one placeholder per value across messages and reloads, out of the page and the content script', async () => {
    const { page, recorder } = await open('chatgpt', {});
    const a = 'vault.one@example.net';
    const b = 'vault.two@example.net';
    const send = async (text: string, n: number): Promise<string> => {
      await page.click(SITES.chatgpt.composer);
      await page.keyboard.insertText(text);
      await page.keyboard.press('Enter');
      await recorder.waitForCount(n);
      return recorder.texts()[n - 1]!;
    };
    const first = await send(`first ${a}`, 1);
    const pa = /\[EMAIL_\d+\]/.exec(first)![0];
    const second = await send(`second ${a} and ${b}`, 2);
    const pb = /and (\[EMAIL_\d+\])/.exec(second)![1]!;
    expect(second).toBe(`second ${pa} and ${pb}`);
    expect(pb).not.toBe(pa);
    // The conversation's numbering survives a reload (session storage, in the background).
    await page.reload();
    await page.waitForSelector(SITES.chatgpt.composer);
    expect(await send(`third ${b} then ${a}`, 3)).toBe(`third ${pb} then ${pa}`);
    // Nothing in the page holds the values; the content script cannot read the vault either.
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(a);
    expect(html).not.toContain(b);
    const ev = await isolated(page);
    const denied = await ev<string>(
      'chrome.storage.session.get(null).then(() => "read", (e) => "denied: " + e.message)',
    );
    expect(denied).toMatch(/^denied/);
    await page.close();
  });
});

describe('a send held for checking', () => {
  it('is checked again, not dropped, when the editor changes the text meanwhile', async () => {
    const { page, recorder, ev } = await open('claude', {});
    const changed = (): Promise<number> => ev<number>('globalThis.__veil.stats.changedWhileHeld');
    const first = `Forward the invoice to ${EMAIL} before noon`;
    const settled = `${first} or call ${PHONE}`;
    // Enter arrives while the full path (names) has not seen the text, so the send is held; the page's
    // editor then rewrites the text (as one settling a paste does). Timing decides whether the rewrite
    // lands inside the hold, so a round where it did not is tried again.
    for (let round = 0; round < 8; round++) {
      const before = await changed();
      const sent = recorder.texts().length;
      await page.click(SITES.claude.composer);
      await page.keyboard.insertText(`${first} (round ${round})`);
      await page.keyboard.down('Enter');
      await page.evaluate((t) => window.__fixture.setText(t), `${settled} (round ${round})`);
      await page.keyboard.up('Enter');
      await until(
        () => Promise.resolve(recorder.texts().length),
        (n) => n > sent,
      ).catch(() => undefined);
      await quiet();
      noRaw(recorder, EMAIL, '7946');
      if ((await changed()) > before) {
        // The settled text was checked again and sent, redacted; the first one never left.
        expect(recorder.texts().slice(sent)).toEqual([
          `Forward the invoice to [EMAIL_1] before noon or call [PHONE_1] (round ${round})`,
        ]);
        await page.close();
        return;
      }
      // The hold ended before the rewrite (the first text went, or its redaction was refused): again.
      await page.evaluate(() => window.__fixture.setText(''));
    }
    throw new Error('the rewrite never landed inside a held send in 8 rounds');
  });
});

describe('paste, drop and files are scanned before they land', () => {
  it('paste and drop land redacted; a pasted secret does not land at all', async () => {
    await grantClipboard(browser, ['chatgpt']);
    const { page, recorder } = await open('chatgpt', {});
    await page.click(SITES.chatgpt.composer);
    await page.evaluate((t) => navigator.clipboard.writeText(t), `pasted ${EMAIL} here`);
    await page.keyboard.press('Control+V');
    await until(
      () => editorText(page),
      (t) => t.includes('[EMAIL_1]'),
    );
    expect(await editorText(page)).not.toContain(EMAIL);

    const box = (await page.locator(SITES.chatgpt.composer).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [{ mimeType: 'text/plain', data: ` call ${PHONE}` }], dragOperationsMask: 1 };
    const at = { x: box.x + box.width - 20, y: box.y + box.height / 2 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
    }
    await cdp.detach();
    await until(
      () => editorText(page),
      (t) => t.includes('[PHONE_1]'),
    );
    expect(await editorText(page)).not.toContain('7946');

    await page.evaluate((t) => navigator.clipboard.writeText(t), ` key ${AWS}`);
    await page.keyboard.press('Control+V');
    await until(
      () => uiText(page, 'veil-notice'),
      (t) => t.includes('blocked this paste'),
    );
    expect(await editorText(page)).not.toContain(AWS);

    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await quiet();
    noRaw(recorder, EMAIL, '7946 0958', AWS);
    expect(recorder.texts()[0]).toMatch(/\[EMAIL_1\].*\[PHONE_1\]/);
    await page.close();
  });

  it('a text file goes up as a redacted copy; a PDF is attached only after "Attach anyway"', async () => {
    const { page, recorder } = await open('copilot', {});
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, `Contacts:\n${EMAIL}\n${PHONE}\n`);
    await page.setInputFiles('input[data-testid="file-input"]', notes);
    await recorder.waitForCount(1);
    const uploads = await page.evaluate(() => window.__fixture.uploads);
    expect(uploads).toEqual([{ name: 'notes.txt', text: 'Contacts:\n[EMAIL_1]\n[PHONE_1]\n' }]);
    noRaw(recorder, EMAIL, '7946 0958');

    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4 fake');
    await page.setInputFiles('input[data-testid="file-input"]', pdf);
    expect(
      await until(
        () => uiText(page, 'veil-review'),
        (t) => t.includes('report.pdf'),
      ),
    ).toContain('Attach anyway');
    await page.keyboard.press('Escape');
    await quiet();
    expect(recorder.requests.length).toBe(1);
    await page.setInputFiles('input[data-testid="file-input"]', pdf);
    await until(
      () => uiText(page, 'veil-review'),
      (t) => t.includes('report.pdf'),
    );
    await uiClick(page, 'veil-review', 'Attach anyway');
    await recorder.waitForCount(2);
    expect((await page.evaluate(() => window.__fixture.uploads)).map((u) => u.name)).toEqual([
      'notes.txt',
      'report.pdf',
    ]);
    await page.close();
  });

  it('a text file dropped on the page goes up redacted', async () => {
    const { page, recorder } = await open('perplexity', {});
    const file = join(dir, 'dump.csv');
    writeFileSync(file, `id,email\n1,${EMAIL}\n`);
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [file], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x: 40, y: 40, data });
    }
    await cdp.detach();
    await recorder.waitForCount(1);
    expect(await page.evaluate(() => window.__fixture.uploads)).toEqual([
      { name: 'dump.csv', text: 'id,email\n1,[EMAIL_1]\n' },
    ]);
    noRaw(recorder, EMAIL);
    await page.close();
  });
});

describe('typing feedback', () => {
  it('underlines findings with the Custom Highlight API and counts them in a pill', async () => {
    const { page } = await open('claude', {});
    await page.click(SITES.claude.composer);
    await page.keyboard.type(`mail ${EMAIL} and call ${PHONE} soon`);
    const before = await page.locator(SITES.claude.composer).innerHTML(); // TipTap's own autolink included
    const pill = await until(
      () => uiText(page, 'veil-pill'),
      (t) => t !== '',
    );
    expect(pill).toBe('2 items will be redacted');
    const underlined = await page.evaluate(() =>
      [...(CSS.highlights.get('veil-redact') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(underlined).toEqual([EMAIL, PHONE]);
    // Underlining changed nothing in the editor's DOM.
    expect(await page.locator(SITES.claude.composer).innerHTML()).toBe(before);
    await page.close();
  });
});

describe('degraded markup and the fail mode', () => {
  /** The site ships new markup: our adapter's composer and send-button selectors stop matching. */
  const renameCopilot = (page: Page): Promise<void> =>
    page.evaluate(() => {
      const ta = document.querySelector('textarea')!;
      ta.id = 'composer-v2';
      ta.placeholder = 'Ask me anything';
      const button = document.querySelector('button[data-testid="submit-button"]')!;
      button.removeAttribute('data-testid');
      button.setAttribute('title', 'Go');
    });

  const healthOf = (site: string): Promise<{ status: string; reasons: string[] } | undefined> =>
    browser.worker!.evaluate(async (id) => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).find(
        ([k, v]) => k.startsWith('health:') && (v as { site: string }).site === id,
      )?.[1] as { status: string; reasons: string[] } | undefined;
    }, site);

  it('is reported degraded; failMode block stops a send it cannot clean, "allow" lets it through flagged', async () => {
    const { page, recorder, ev } = await open('copilot', {});
    expect(
      (await until(
        () => healthOf('copilot'),
        (h) => h?.status === 'ok',
      ))!.reasons,
    ).toEqual([]);
    await renameCopilot(page);
    const health = await until(
      () => healthOf('copilot'),
      (h) => h?.status === 'degraded',
      8000,
    );
    expect(health!.reasons).toContain('composer-not-found');
    expect(
      await until(
        () => uiText(page, 'veil-notice'),
        (t) => t !== '',
      ),
    ).toContain('cannot find the message box');

    await page.click('textarea');
    await page.keyboard.type(`degraded ${EMAIL} test`);
    await page.keyboard.press('Enter');
    await until(
      () => uiText(page, 'veil-notice'),
      (t) => t.includes('Veil stopped this message'),
    );
    await quiet();
    expect(recorder.all()).toEqual([]);

    await setUserSettings(browser, { failMode: 'allow' });
    await waitForSettings(ev, "s.failMode === 'allow'");
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual([`degraded ${EMAIL} test`]);
    expect(await uiText(page, 'veil-notice')).toContain('Sent without Veil’s check');
    await until(
      () => auditEvents(browser),
      (e) =>
        e.some((x) => x.action === 'degraded' && x.detail === 'composer-not-found' && x.counts.EMAIL_ADDRESS === 1),
    );

    // The admin's selector override restores full protection without an update.
    await setUserSettings(browser, { selectorOverrides: { copilot: { composer: ['textarea#composer-v2'] } } });
    await waitForSettings(ev, "s.selectorOverrides.copilot !== undefined && s.failMode === 'block'");
    await until(
      () => healthOf('copilot'),
      (h) => h?.status !== 'degraded' || !h.reasons.includes('composer-not-found'),
    );
    await page.click('textarea');
    await page.keyboard.type(`fixed ${EMAIL} now`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(2);
    expect(recorder.texts()[1]).toBe('fixed [EMAIL_1] now');
    await page.close();
  });

  it('failMode allow: a rewrite the editor refuses is sent unchanged, and the user is told', async () => {
    const { page, recorder } = await open('copilot', { failMode: 'allow' });
    await refuseRewrites(page);
    await page.click(SITES.copilot.composer);
    await page.keyboard.type(`refused ${EMAIL} rewrite`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual([`refused ${EMAIL} rewrite`]);
    expect(await uiText(page, 'veil-notice')).toContain('could not check');
    await page.close();
  });

  it('disabledSites: Veil leaves the site alone', async () => {
    const { page, recorder, ev } = await open('deepseek', { disabledSites: ['deepseek'] });
    await waitForSettings(ev, "s.disabledSites.includes('deepseek')");
    await page.click(SITES.deepseek.composer);
    await page.keyboard.type(`off ${EMAIL} here`);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    expect(recorder.texts()).toEqual([`off ${EMAIL} here`]);
    await page.close();
  });
});

describe('after the extension reloads (last: it restarts the service worker)', () => {
  it('the open page keeps protecting with what it has, and says the page needs a reload', async () => {
    const { page, recorder, ev } = await open('deepseek', {});
    await page.click(SITES.deepseek.composer);
    await page.keyboard.type(`before ${EMAIL} reload`);
    await waitForFlags(ev, 1);
    await browser.worker!.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await sleep(500);
    await page.keyboard.press('Enter');
    await recorder.waitForCount(1);
    await quiet();
    expect(recorder.texts()).toEqual(['before [EMAIL_1] reload']);
    expect(
      await until(
        () => uiText(page, 'veil-notice'),
        (t) => t.includes('Veil was updated'),
      ),
    ).toMatch(/reload the page/i);
    // The tripwire lives in the page and is unaffected.
    await page.evaluate((t) => window.__fixture.submitProgrammatically(t), `again ${EMAIL}`);
    await quiet();
    noRaw(recorder, EMAIL);
    await page.close();
  });
});
