/**
 * Policy from the first keystroke (issue 18), in Chromium: a managed policy is in place before the
 * browser starts, and a chat site is opened 0 ms, 500 ms and 2 s after the start, on a first run
 * (fresh profile, Veil just installed) and on a later run (the same profile started again).
 * `actions.default: "block"` must hold every send; `mode: "monitor"` must send every prompt
 * unchanged. Never the defaults (which would redact).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPath } from '../unit/repo';
import { launchBrowser, openSite, SITES, type Browser, type Recorder } from './harness';
import type { SiteId } from './harness';
import { removePolicy, writePolicy } from './policy-file';
import { STARTUP_CASES, STARTUP_POLICIES, STARTUP_PROMPTS } from './startup-cases';
import { auditEvents, sleep, submissions, uiText, until } from './veil';

const ID = /`([a-p]{32})`/.exec(readFileSync(repoPath('README.md'), 'utf8'))![1]!;

/** A decision may wait for the policy (POLICY_WAIT_MS is 20 s), then for the send itself. */
const DECISION_MS = 30_000;

afterAll(() => removePolicy());

async function clearComposer(page: Page, site: SiteId): Promise<void> {
  await page.click(SITES[site].composer);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/** Sends each prompt in turn; resolves with what the page sent, and how long each decision took. */
async function sendAll(
  browser: Browser,
  page: Page,
  recorder: Recorder,
  site: SiteId,
  kind: 'block' | 'monitor',
): Promise<{ waitedMs: number[]; sawWaiting: boolean }> {
  const waitedMs: number[] = [];
  let sawWaiting = false;
  for (const [i, prompt] of STARTUP_PROMPTS.entries()) {
    await clearComposer(page, site);
    await page.keyboard.type(prompt);
    const t0 = Date.now();
    await page.keyboard.press('Enter');
    if (i === 0) sawWaiting = (await uiText(page, 'veil-notice')).includes('Waiting for your organisation');
    if (kind === 'block') {
      await until(
        async () => (await auditEvents(browser)).filter((e) => e.action === 'blocked').length,
        (n) => n >= i + 1,
        DECISION_MS,
      );
    } else {
      await recorder.waitForCount(i + 1, DECISION_MS);
    }
    waitedMs.push(Date.now() - t0);
  }
  return { waitedMs, sawWaiting };
}

describe.each(['block', 'monitor'] as const)('managed policy "%s" pushed before the browser starts', (kind) => {
  it.each(STARTUP_CASES)(
    'holds from the first keystroke, site opened $delayMs ms after start',
    async ({ delayMs, site }) => {
      writePolicy(ID, STARTUP_POLICIES[kind]);
      const profileDir = await mkdtemp(join(tmpdir(), 'veil-e2e-startup-'));
      try {
        for (const run of ['first', 'later'] as const) {
          const browser = await launchBrowser({ userDataDir: profileDir });
          try {
            await sleep(delayMs);
            const { page, recorder } = await openSite(browser, site);
            const { waitedMs, sawWaiting } = await sendAll(browser, page, recorder, site, kind);
            await sleep(500);
            console.log(
              `[startup] chromium ${kind} ${run} run, ${site} at ${delayMs} ms: decisions after ${waitedMs.join(', ')} ms` +
                `${sawWaiting ? ' (waiting notice shown)' : ''}`,
            );
            if (kind === 'block') {
              expect(recorder.all(), `${run} run`).toEqual([]);
              expect(await submissions(page)).toEqual([]);
            } else {
              expect(recorder.texts(), `${run} run`).toEqual(STARTUP_PROMPTS);
            }
          } finally {
            await browser.close();
          }
        }
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
