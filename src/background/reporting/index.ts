/**
 * Fleet reporting in the service worker: after each audit write, and on its alarm, the queue is
 * sent (./flush). Timing: a full batch goes at once; a partial one after `flushSeconds`; a failure
 * waits its backoff. While the worker lives a timer keeps that time; the `chrome.alarms` alarm is
 * the backstop that wakes a stopped worker (and survives a browser restart).
 */
import { auditDb } from '../../audit/db';
import { outboxCounters } from '../../audit/outbox';
import { browser } from '../../platform/browser';
import { recordReportingFailure, whenRecorded } from '../audit';
import { currentSettings } from '../settings';
import { flush } from './flush';

export const REPORT_ALARM = 'veil-reporting';

let running = false;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

async function runOnce(): Promise<void> {
  const { settings } = await currentSettings();
  const result = await flush({
    db: auditDb(),
    policy: settings.reporting,
    extensionVersion: browser.runtime.getManifest().version,
    now: Date.now,
    fetch: (url, init) => fetch(url, init),
    onFailing: (status) => recordReportingFailure(status),
  });
  if (result.state === 'more') again = true;
  else if (result.state === 'waiting' || result.state === 'failing') await scheduleBy(result.until);
  else await browser.alarms.clear(REPORT_ALARM);
}

/** Sends now; calls while a send runs make it go round once more (never two sends at once). */
export async function flushReports(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      await runOnce().catch((e: unknown) => console.warn('Veil reporting:', e));
    } while (again);
  } finally {
    running = false;
  }
}

/** Makes sure a send happens no later than `at` (ms): a timer now, an alarm in case the worker stops. */
async function scheduleBy(at: number): Promise<void> {
  const now = Date.now();
  if (at < timerAt) {
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timerAt = Infinity;
        void flushReports();
      },
      Math.max(0, at - now),
    );
  }
  const alarm = await browser.alarms.get(REPORT_ALARM);
  if (!alarm || alarm.scheduledTime > at + 1000) {
    await browser.alarms.create(REPORT_ALARM, { when: Math.max(at, now + 1000) });
  }
}

/** After audit events were written: send a full batch now, else within flushSeconds. */
async function afterRecord(): Promise<void> {
  const { reporting } = (await currentSettings()).settings;
  if (!reporting.endpoint) return;
  const { size } = await outboxCounters(auditDb());
  if (size >= reporting.batchSize) await flushReports();
  else if (size > 0) await scheduleBy(Date.now() + reporting.flushSeconds * 1000);
}

/** Registers the listeners. Call synchronously at the service worker's top level. */
export function startReporting(): void {
  whenRecorded(() => void afterRecord().catch(() => undefined));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_ALARM) void flushReports();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void flushReports(); // a new endpoint retries at once
  });
  // Every start (a stopped worker woken by any event, a browser restart): pick up what waits.
  void flushReports();
}
