/** The first-keystroke cases shared by the Chromium and Firefox start-up tests (issue 18). */
import type { SiteId } from './harness';

/** A card number and an address: the defaults would redact both, the policies do otherwise. */
export const STARTUP_PROMPTS = ['pay with card 4539 8440 9442 9365 today', 'mail jane.doe@example.com the summary'];
export const STARTUP_CASES: { delayMs: number; site: SiteId }[] = [
  { delayMs: 0, site: 'deepseek' },
  { delayMs: 500, site: 'claude' },
  { delayMs: 2000, site: 'chatgpt' },
];
export const STARTUP_POLICIES = {
  block: { policyVersion: 'e2e-startup-block', actions: { default: 'block' } },
  monitor: { policyVersion: 'e2e-startup-monitor', mode: 'monitor' },
} as const;
