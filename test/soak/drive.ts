/**
 * One soak submission on a site tab, as a user makes it: the composer's text replaced by a prompt
 * (typed or pasted), then Enter or a click on the send button. The mix, under the default policy:
 * clean prompts (sent unchanged, no decision), prompts with email addresses, cards, IBANs and phone
 * numbers (redacted, then sent: one decision), and prompts with access keys or tokens (SECRET:
 * blocked, nothing sent: one decision; the text is then cleared as a user would).
 */
import type { Page } from 'playwright-core';
import { SITES, type Recorder, type SiteId } from '../e2e/harness';
import { PROMPTS } from '../e2e/prompts';
import type { TabProbe } from './cdp';

export type Kind = 'clean' | 'redact' | 'block';
export type Way = 'enter' | 'click' | 'paste';

export interface Submission {
  text: string;
  values: readonly string[];
  kind: Kind;
  way: Way;
}

const CLEAN = [
  'Summarise the main arguments for and against a four-day working week in five bullet points',
  'Write a haiku about the first snow of the winter',
  'Explain the difference between a mutex and a semaphore with a short example',
  'Suggest three names for a team offsite in the mountains',
  'What is a good way to structure a quarterly planning meeting?',
];

/** SECRET is "block" by default (src/policy/schema.ts DEFAULT_ACTIONS); every other type here is "redact". */
const isSecret = (value: string): boolean => /^(AKIA|ghp_)/.test(value);

/** The i-th submission of the run: one in four clean; every third of the others pasted, where pasting redacts. */
export function submissionFor(i: number, site: SiteId): Submission {
  const round = Math.floor(i / 10);
  if (i % 4 === 3) return { text: CLEAN[round % CLEAN.length]!, values: [], kind: 'clean', way: 'enter' };
  const prompt = PROMPTS[(i * 7 + round) % PROMPTS.length]!;
  const kind: Kind = prompt.values.some(isSecret) ? 'block' : 'redact';
  // A pasted secret is refused at the paste (nothing lands to send); pastes carry redactable data.
  const way: Way =
    kind === 'redact' && i % 3 === 0 ? 'paste' : i % 2 === 1 && SITES[site].send !== null ? 'click' : 'enter';
  return { text: prompt.text, values: prompt.values, kind, way };
}

export interface Outcome {
  /** the site received a body (or frame) for this submission */
  sent: boolean;
  /** Enter presses repeated because the first sent nothing (the flake noted in reporting.e2e.test.ts) */
  repeats: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const sentCount = (r: Recorder): number => r.requests.length + r.frames.length;

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(40);
  }
  return false;
}

const editorText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());

async function enterText(page: Page, site: SiteId, s: Submission): Promise<void> {
  // Focus, not click: Veil's count pill may sit over the composer.
  await page.focus(SITES[site].composer);
  await page.keyboard.press('ControlOrMeta+A');
  if (s.way !== 'paste') {
    await page.keyboard.insertText(s.text);
    return;
  }
  await page.evaluate((t) => navigator.clipboard.writeText(t), s.text);
  await page.keyboard.press('ControlOrMeta+V');
  // The paste lands redacted: wait for it before sending.
  const landed = await until(async () => {
    const t = await editorText(page);
    return t.length > 0 && !s.values.some((v) => t.includes(v));
  }, 10_000);
  if (!landed) throw new Error(`${site}: the redacted paste never landed`);
}

async function press(page: Page, site: SiteId, s: Submission): Promise<void> {
  if (s.way === 'click') await page.click(SITES[site].send!);
  else await page.keyboard.press('Enter');
}

/** Makes one submission and waits for its outcome: a body at the site, or Veil's block decision. */
export async function submit(
  page: Page,
  recorder: Recorder,
  probe: TabProbe,
  site: SiteId,
  s: Submission,
): Promise<Outcome> {
  const before = sentCount(recorder);
  const decisionsBefore = await probe.veil<number>('globalThis.__veil.decisionLog.length');
  await enterText(page, site, s);
  await press(page, site, s);
  if (s.kind === 'block') {
    const decided = await until(
      async () => (await probe.veil<number>('globalThis.__veil.decisionLog.length')) > decisionsBefore,
      10_000,
    );
    if (!decided) throw new Error(`${site}: no block decision for a prompt with a secret`);
    // The held text stays in the composer; the user deletes it.
    await page.focus(SITES[site].composer);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    return { sent: sentCount(recorder) > before, repeats: 0 };
  }
  let repeats = 0;
  for (;;) {
    const ok = await recorder.waitForCount(before + 1, 5_000).then(
      () => true,
      () => false,
    );
    if (ok) return { sent: true, repeats };
    if (repeats >= 2 || (await editorText(page)).trim() === '') {
      await recorder.waitForCount(before + 1, 15_000);
      return { sent: true, repeats };
    }
    repeats++;
    await page.keyboard.press('Enter');
  }
}
