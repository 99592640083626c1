/**
 * Proves the proving ground itself, WITHOUT the extension: each fixture page submits on a trusted
 * Enter / send click / programmatic call, the harness records exactly what went on the wire, and the
 * reply renders in the site's reply markup. If these fail, extension e2e failures mean nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, openSite, type Recorder, SITE_IDS, SITES, type SiteId } from './harness';

const TEXT = 'Mail jane.doe@example.com now';

/** Where and how each site's send goes on the wire (the live sites' transports, see harness SITES). */
const WIRE: Record<SiteId, { path: string; kind: 'fetch' | 'xhr' | 'websocket' }> = {
  chatgpt: { path: '/backend-api/f/conversation', kind: 'fetch' },
  claude: { path: '/api/organizations/org-fixture/chat_conversations/conv-fixture/completion', kind: 'fetch' },
  gemini: { path: '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate', kind: 'xhr' },
  perplexity: { path: '/rest/sse/perplexity_ask', kind: 'fetch' },
  copilot: { path: '/c/api/chat', kind: 'websocket' },
  deepseek: { path: '/api/v0/chat/completion', kind: 'fetch' },
  m365copilot: { path: '/m365Copilot/Chathub/fixture-user', kind: 'websocket' },
  kimi: { path: '/apiv2/kimi.gateway.chat.v1.ChatService/Chat', kind: 'fetch' },
  qwen: { path: '/api/v2/chat/completions', kind: 'fetch' },
  notebooklm: {
    path: '/_/LabsTailwindUi/data/google.internal.labs.tailwind.orchestration.v1.LabsTailwindOrchestrationService/GenerateFreeFormStreamed',
    kind: 'xhr',
  },
};

function expectWire(site: SiteId, recorder: Recorder): void {
  const want = WIRE[site];
  if (want.kind === 'websocket') {
    expect(recorder.requests).toEqual([]);
    expect(recorder.frames.map((f) => new URL(f.url).pathname)).toEqual([want.path]);
  } else {
    expect(recorder.frames).toEqual([]);
    expect(recorder.requests.map((r) => [r.method, new URL(r.url).pathname, r.resourceType])).toEqual([
      ['POST', want.path, want.kind],
    ]);
  }
}
const submissions = (page: Page): Promise<string[]> => page.evaluate(() => window.__fixture.submissions);
const editorText = (page: Page): Promise<string> => page.evaluate(() => window.__fixture.text());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the site, runs `body`, then checks nothing was refused or thrown, and closes the page. */
async function withSite(site: SiteId, body: (page: Page, recorder: Recorder) => Promise<void>): Promise<void> {
  const { page, recorder } = await openSite(browser, site);
  try {
    await body(page, recorder);
    expect(recorder.aborted).toEqual([]);
    expect(recorder.pageErrors).toEqual([]);
  } finally {
    await page.close();
  }
}

/** Waits for a reply element holding exactly these paragraphs. */
async function expectReply(page: Page, site: SiteId, lines: string[]): Promise<void> {
  const reply = page.locator(SITES[site].reply).filter({ hasText: lines[0] ?? '' });
  await reply.first().waitFor({ timeout: 10_000 });
  expect(await reply.first().locator('p').allTextContents()).toEqual(lines);
}

describe.each(SITE_IDS)('%s fixture', (site) => {
  const info = SITES[site];

  it('Enter sends the typed text and renders the reply', async () => {
    await withSite(site, async (page, recorder) => {
      await page.click(info.composer);
      await page.keyboard.type(TEXT);
      expect(await editorText(page)).toBe(TEXT);
      await page.keyboard.press('Enter');
      await recorder.waitForCount(1);
      expect(recorder.all().some((b) => b.includes('jane.doe@example.com'))).toBe(true);
      expect(recorder.texts()).toEqual([TEXT]);
      expectWire(site, recorder);
      expect(await submissions(page)).toEqual([TEXT]);
      await expectReply(page, site, [`Echo: ${TEXT}`]);
      expect(await editorText(page)).toBe(''); // the page cleared its editor
    });
  });

  it.skipIf(info.send === null)('clicking send sends the typed text', async () => {
    await withSite(site, async (page, recorder) => {
      await page.click(info.composer);
      await page.keyboard.type(TEXT);
      await page.click(info.send ?? '');
      await recorder.waitForCount(1);
      expect(recorder.texts()).toEqual([TEXT]);
      expect(await submissions(page)).toEqual([TEXT]);
      await expectReply(page, site, [`Echo: ${TEXT}`]);
    });
  });

  it('Shift+Enter adds a newline and sends nothing; Enter then sends both lines', async () => {
    await withSite(site, async (page, recorder) => {
      await page.click(info.composer);
      await page.keyboard.type('first');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('second');
      expect(await editorText(page)).toBe('first\nsecond');
      await page.waitForTimeout(200); // give a wrongly wired submit time to fire
      expect(recorder.all()).toEqual([]);
      expect(await submissions(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await recorder.waitForCount(1);
      expect(recorder.texts()).toEqual(['first\nsecond']);
      await expectReply(page, site, ['Echo: first', 'second']);
    });
  });

  it('submitProgrammatically sends, and rerenderReplies rebuilds the reply nodes', async () => {
    await withSite(site, async (page, recorder) => {
      await page.evaluate(() => window.__fixture.submitProgrammatically('x y'));
      await recorder.waitForCount(1);
      expect(recorder.texts()).toEqual(['x y']);
      expect(await submissions(page)).toEqual(['x y']);
      await expectReply(page, site, ['Echo: x y']);

      // Mark the node, remount: a virtualised list hands the extension brand-new nodes.
      await page
        .locator(info.reply)
        .first()
        .evaluate((el) => el.setAttribute('data-mark', '1'));
      await page.evaluate(() => window.__fixture.rerenderReplies());
      await expectReply(page, site, ['Echo: x y']);
      expect(await page.locator('[data-mark]').count()).toBe(0);
    });
  });
});

describe('harness', () => {
  it('a custom reply function sees the extracted text', async () => {
    const { page, recorder } = await openSite(browser, 'gemini', { reply: (t) => `len=${t.length}` });
    try {
      await page.evaluate(() => window.__fixture.submitProgrammatically('héllo & "quotes"'));
      await recorder.waitForCount(1);
      expect(recorder.texts()).toEqual(['héllo & "quotes"']);
      await expectReply(page, 'gemini', ['len=16']);
    } finally {
      await page.close();
    }
  });

  it('all() decodes form bodies, so a leak check sees what the raw wire hides', async () => {
    await withSite('gemini', async (page, recorder) => {
      await page.evaluate(() => window.__fixture.submitProgrammatically('jane.doe@example.com'));
      await recorder.waitForCount(1);
      expect(recorder.requests[0]?.body).not.toContain('jane.doe@example.com'); // '@' is %40 on the wire
      expect(recorder.all()[0]).toContain('jane.doe@example.com');
    });
  });

  it('requests to any other origin are aborted and recorded', async () => {
    const { page, recorder } = await openSite(browser, 'chatgpt');
    try {
      const result = await page.evaluate(() =>
        fetch('https://example.org/leak', { method: 'POST', body: 'x' }).then(
          () => 'sent',
          () => 'blocked',
        ),
      );
      expect(result).toBe('blocked');
      expect(recorder.aborted).toEqual(['https://example.org/leak']);
      expect(recorder.requests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
