/**
 * Applies settings that live outside the page: shadow-AI block rules (blockedSites, aiTools), and a periodic re-read of
 * managed policy for browsers that do not fire `storage.onChanged` for it (Firefox). Registered
 * synchronously from the worker's top level.
 */
import { browser, type WebNavigation } from '../platform/browser';
import { continuedToday, countBlockedAttempt, decideNavigation, watchAiTools } from './ai-tools';
import { applyBlockRules, blockPageUrl } from './blocking';
import { currentSettings, readPolicyState } from './settings';
import { warnPageUrl } from './warn';
import { touchesSettings } from '../policy/storage-keys';

const POLL_ALARM = 'policy-poll';

/** Re-applies the block rules (blockedSites, aiTools, tools continued today). */
export async function refresh(): Promise<void> {
  const { settings } = await currentSettings();
  await applyBlockRules(settings, await continuedToday());
}

/**
 * Re-reads policy. A changed policy is stored (settings.ts), and that write is every context's cue
 * to re-resolve, this worker's included (the listener below re-applies the block rules).
 */
async function pollPolicy(): Promise<void> {
  await readPolicyState();
}

async function showBlockPage(details: WebNavigation.OnErrorOccurredDetailsType): Promise<void> {
  // Chrome names the error; Firefox's details carry none, so there the host check alone decides.
  const error = (details as { error?: string }).error;
  if (details.frameId !== 0 || (error !== undefined && !error.includes('ERR_BLOCKED_BY_CLIENT'))) return;
  const decision = await decideNavigation(details.url);
  if (decision?.rule === 'block') {
    await browser.tabs.update(details.tabId, { url: blockPageUrl(details.url, decision.tool?.id) });
    await countBlockedAttempt(decision.tool);
  } else if (decision?.rule === 'warn') {
    await browser.tabs.update(details.tabId, { url: warnPageUrl(details.url, decision.tool?.id) });
  }
}

export function watchPolicy(): void {
  browser.runtime.onInstalled.addListener(() => {
    void pollPolicy();
    // Chrome's minimum period is 30 s; Firefox gets no managed onChanged, so this is its only cue.
    void browser.alarms.create(POLL_ALARM, { periodInMinutes: 0.5 });
  });
  browser.runtime.onStartup.addListener(() => void pollPolicy());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollPolicy();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void pollPolicy();
    else if (touchesSettings(changes, area)) void refresh();
  });
  browser.webNavigation.onErrorOccurred.addListener((details) => void showBlockPage(details));
  watchAiTools(() => void refresh());
}
