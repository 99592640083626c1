/**
 * The guard matrix (issue 4's first "must show"): six fixture sites x six ways of sending x every
 * prompt in prompts.ts (personal data and secrets mixed). After every send, nothing the recorder
 * holds (bodies, frames, uploads; form-encoded bodies decoded) may contain a planted value, compared
 * squashed so a re-spaced or re-cased value counts too.
 *
 * Ways of sending:
 *   enter        the prompt, then Enter
 *   click        the prompt, then a click on the send button (DeepSeek has none: Enter only)
 *   paste        the prompt pasted from the clipboard (Ctrl+V), then Enter
 *   undo         Enter (redacted), then Ctrl+Z until the raw text is back (if the editor's history
 *                allows), then Enter again
 *   programmatic the site's own code submits the raw prompt (`submitProgrammatically`), either the
 *                draft the user typed or, after a redacted send, the original again: the DOM layer
 *                never sees it; only the MAIN-world tripwire can stop it
 *   file         the prompt in a .txt attached with the file picker
 *
 * Policy for the matrix: every type "redact" (secrets too), so every send actually leaves and is
 * checked; block, warn and monitor have their own tests in guard-flows.e2e.test.ts.
 * One page per (site, way); pages are reused across the prompts of one cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, SITE_IDS, SITES, type Browser, type Recorder, type SiteId } from './harness';
import { leakedValues, PROMPTS, squash } from './prompts';
import { dumpExtensionStorage, findValues, summarize } from './storage-dump';
import {
  ALL_REDACT,
  editorText,
  grantClipboard,
  isolated,
  setUserSettings,
  sleep,
  uiText,
  until,
  waitForSettings,
} from './veil';

type Way = 'enter' | 'click' | 'paste' | 'undo' | 'programmatic' | 'file';
const WAYS: Way[] = ['enter', 'click', 'paste', 'undo', 'programmatic', 'file'];

interface Cell {
  site: SiteId;
  way: Way;
  prompts: number;
  /** submissions the page attempted (each prompt once, twice for undo when the raw text came back) */
  attempts: number;
  /** bodies, frames and uploads that reached the recorder */
  bodies: number;
  /** sends the tripwire stopped */
  stopped: number;
  leaks: string[];
  /** undo: prompts whose raw text Ctrl+Z brought back */
  rawBack?: number;
  /** paste: Enter presses right after the pasted text landed that sent nothing, so the user had to press again */
  lostEnters?: number;
  ms: number;
}
const cells: Cell[] = [];

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'veil-matrix-'));
  await setUserSettings(browser, { actions: ALL_REDACT });
  await grantClipboard(browser);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
  if (cells.length === 0) return;
  const rows = cells.map(
    (c) =>
      `${c.site.padEnd(10)} ${c.way.padEnd(12)} prompts ${String(c.prompts).padStart(3)}  attempts ${String(c.attempts).padStart(3)}  ` +
      `bodies ${String(c.bodies).padStart(3)}  stopped ${String(c.stopped).padStart(3)}  leaks ${c.leaks.length}` +
      `${c.rawBack !== undefined ? `  raw-back ${c.rawBack}` : ''}${c.lostEnters ? `  lost Enter ${c.lostEnters}` : ''}  ${(c.ms / 1000).toFixed(1)} s`,
  );
  const total = (k: 'attempts' | 'bodies' | 'stopped'): number => cells.reduce((n, c) => n + c[k], 0);
  const leaks = cells.reduce((n, c) => n + c.leaks.length, 0);
  console.log(
    `\nGuard matrix: ${cells.length} cells, ${total('attempts')} submissions attempted, ${total('bodies')} bodies checked, ` +
      `${total('stopped')} stopped by the tripwire, ${leaks} raw values leaked\n${rows.join('\n')}\n`,
  );
});

const allValues = PROMPTS.flatMap((p) => p.values);

async function openCell(
  site: SiteId,
): Promise<{ page: Page; recorder: Recorder; ev: Awaited<ReturnType<typeof isolated>> }> {
  const { page, recorder } = await openSite(browser, site);
  const ev = await isolated(page);
  await waitForSettings(ev, "s.actions.SECRET === 'redact'");
  await page.click(SITES[site].composer);
  return { page, recorder, ev };
}

const count = (r: Recorder): number => r.requests.length + r.frames.length;
const stoppedCount = (ev: Awaited<ReturnType<typeof isolated>>): Promise<number> =>
  ev<number>("globalThis.__veil.decisionLog.filter((d) => d.trigger === 'network' && d.action === 'blocked').length");

/** Lets anything late (a retry, a second send) reach the recorder, then checks every body. */
async function finish(cell: Cell, recorder: Recorder, started: number): Promise<void> {
  await sleep(300);
  cell.bodies = count(recorder);
  cell.leaks = leakedValues(recorder.all(), allValues);
  cell.ms = performance.now() - started;
  cells.push(cell);
  expect(cell.leaks).toEqual([]);
}

describe.each(SITE_IDS)('%s', (site) => {
  const info = SITES[site];

  it.each(WAYS.filter((w) => w !== 'click' || info.send !== null))(
    '%s: no raw value reaches the recorder',
    async (way) => {
      const started = performance.now();
      const { page, recorder, ev } = await openCell(site);
      const cell: Cell = { site, way, prompts: PROMPTS.length, attempts: 0, bodies: 0, stopped: 0, leaks: [], ms: 0 };
      let rawBack = 0;
      /** Waits for the n-th body; on a timeout, says what Veil decided and told the user. */
      const sent = async (n: number): Promise<void> => {
        try {
          await recorder.waitForCount(n);
        } catch (error) {
          const log = await ev<string>('JSON.stringify(globalThis.__veil.decisionLog.slice(-8))');
          const state = await ev<string>(
            'JSON.stringify({ send: globalThis.__veil.stats.sendMs.length, decide: globalThis.__veil.stats.decideMs.length, changedWhileHeld: globalThis.__veil.stats.changedWhileHeld })',
          );
          throw new Error(
            `${String(error)}\nVeil's last decisions: ${log} ${state}\nnotice: ${await uiText(page, 'veil-notice')}` +
              `\neditor: ${JSON.stringify(await editorText(page))}`,
            { cause: error },
          );
        }
      };
      const seen = new Set<string>();
      let flagged = 0;

      for (const [i, prompt] of PROMPTS.entries()) {
        const before = count(recorder);
        if (way === 'enter' || way === 'click' || way === 'undo') {
          await page.keyboard.insertText(prompt.text);
          // Editors group edits made close together into one undo step (ProseMirror: 500 ms). For the
          // first prompts, pause as a person would, so Veil's rewrite is an undo step of its own.
          if (way === 'undo' && i < 3) await sleep(650);
          if (way === 'click') await page.click(info.send!);
          else await page.keyboard.press('Enter');
          cell.attempts++;
          await sent(before + 1);
          if (way === 'undo') {
            // Undo the site's clear and Veil's rewrite, as far as this editor's history goes.
            let text = '';
            for (let k = 0; k < 3; k++) {
              await page.keyboard.press('Control+z');
              await sleep(20);
              text = await editorText(page);
              if (prompt.values.some((v) => text.includes(v))) break;
            }
            if (prompt.values.some((v) => text.includes(v))) rawBack++;
            if (text.trim() !== '') {
              const n = count(recorder);
              await page.keyboard.press('Enter');
              cell.attempts++;
              await sent(n + 1);
            }
            // Whatever is left (a partial undo) goes, so the next prompt starts from an empty editor.
            await page.keyboard.press('Control+a');
            await page.keyboard.press('Delete');
          }
        } else if (way === 'paste') {
          await page.evaluate((t) => navigator.clipboard.writeText(t), prompt.text);
          await page.keyboard.press('Control+V');
          await until(
            () => editorText(page),
            (t) => t.length > 0 && !prompt.values.some((v) => t.includes(v)),
          );
          await page.keyboard.press('Enter');
          cell.attempts++;
          // An Enter pressed the moment the redacted paste lands once sent nothing, about once in 600 pastes (seen
          // 2026-11-26 on gemini and perplexity): the guard dropped a held send whose text the editor changed
          // meanwhile. It now checks the new text again (guard-flows covers that case); should an Enter still send
          // nothing, the cell counts it (lostEnters) and presses again, so the leak check covers every prompt.
          try {
            await recorder.waitForCount(before + 1, 3_000);
          } catch {
            // An empty editor means the send is under way: wait for it below.
            if ((await editorText(page)).trim() !== '') {
              cell.lostEnters = (cell.lostEnters ?? 0) + 1;
              console.log(
                `[matrix] ${site}/paste prompt ${i}: Enter sent nothing; held sends whose text changed meanwhile (re-checked): ${await ev<number>('globalThis.__veil.stats.changedWhileHeld')}`,
              );
              await page.keyboard.press('Enter');
            }
          }
          await sent(before + 1);
        } else if (way === 'programmatic') {
          // Two ways the site's own code sends what the DOM layer never saw: (every fourth prompt)
          // the user typed, and the site submits the draft itself (voice, shortcuts); (the others)
          // after a redacted send, the site re-sends the original it kept (edit & resend, retry).
          const stoppedBefore = await stoppedCount(ev);
          if (i % 4 === 0) {
            await page.keyboard.insertText(prompt.text);
            for (const v of prompt.values) seen.add(squash(v));
            const want = seen.size;
            flagged = await until(
              () => ev<number>('globalThis.__veil.tripwire.size'),
              (n) => n >= want && n > flagged,
            );
            await page.evaluate(() => window.__fixture.submitProgrammatically());
          } else {
            await page.keyboard.insertText(prompt.text);
            await page.keyboard.press('Enter');
            cell.attempts++;
            await sent(before + 1);
            for (const v of prompt.values) seen.add(squash(v));
            flagged = await ev<number>('globalThis.__veil.tripwire.size');
            await page.evaluate((t) => window.__fixture.submitProgrammatically(t), prompt.text);
          }
          cell.attempts++;
          await until(
            () => stoppedCount(ev),
            (n) => n > stoppedBefore,
          );
        } else {
          const file = join(dir, `${site}-${i}.txt`);
          writeFileSync(file, `${prompt.text}\n`);
          await page.setInputFiles('input[data-testid="file-input"]', file);
          cell.attempts++;
          await sent(before + 1);
        }
        const leaked = leakedValues(recorder.all(), prompt.values);
        expect(leaked, `${site}/${way} prompt ${i}: ${prompt.text}`).toEqual([]);
      }
      if (way === 'undo') cell.rawBack = rawBack;
      if (way === 'programmatic') cell.stopped = await stoppedCount(ev);
      await finish(cell, recorder, started);
      await page.close();
    },
  );
});

// Issue 5: after the whole matrix (audit events, vault entries, health, notices for six sites), a
// dump of every database and storage area holds none of the values planted above, as written or
// with their spaces squashed out.
describe('after the matrix', () => {
  it('no IndexedDB database and no extension storage area holds a planted raw value', async () => {
    const pages = [];
    for (const site of SITE_IDS) pages.push((await openSite(browser, site)).page);
    const dump = await dumpExtensionStorage(browser, pages);
    const hits = findValues(dump, allValues);
    const squashedDump = squash(JSON.stringify(dump));
    const squashedHits = allValues.filter((v) => squashedDump.includes(squash(v)));
    console.log(
      `[matrix] storage dump:\n${summarize(dump)}\n` +
        `planted values: ${allValues.length}, found as written: ${hits.length}, found squashed: ${squashedHits.length}`,
    );
    expect(squashedHits).toEqual([]);
    expect(hits).toEqual([]);
    const events = dump.indexedDB[`chrome-extension://${browser.extensionId}`]?.['veil-audit']?.events ?? [];
    expect(events.length).toBeGreaterThan(PROMPTS.length);
  });
});
