/**
 * The background side of the audit trail: `audit/record` and `audit/clear`, daily retention by
 * alarm, and settings problems recorded as events. Listeners are registered by `startAudit()`,
 * which index.ts calls synchronously at the top level.
 */
import { canonicalJson, sha256Hex } from '../audit/chain';
import { auditDb } from '../audit/db';
import { AuditStore, MAX_EVENTS, type WriteContext } from '../audit/store';
import { PENDING_PREFIX } from '../audit/pending';
import { firstDayOf, pruneToolVisits } from '../audit/tool-visits';
import type { AuditEventInput, AuditRecordRequest, AuditRecordResult } from '../audit/types';
import { MAX_EVENTS_PER_MESSAGE, validateEventInput } from '../audit/validate';
import { siteForUrlWith, type ExtraSiteEntry } from '../sites';
import { detect, redact, type DetectOptions } from '../detect';
import { browser, type Runtime } from '../platform/browser';
import type { ResolvedSettings } from '../policy/resolve';
import { touchesSettings } from '../policy/storage-keys';
import { currentSettings } from './settings';
import { allowEvent } from './audit-rate';
import { checkTrail, markTrail } from './audit-trail';

export const RETENTION_ALARM = 'veil-audit-retention';
/** storage.local: events the background itself could not write yet (settings problems). */
const OUTBOX_KEY = 'audit.outbox';
/** storage.local: fingerprint of the settings problems last recorded, so each set is recorded once. */
const PROBLEMS_KEY = 'audit.problems';

let storeInstance: AuditStore | undefined;
const store = (): AuditStore => (storeInstance ??= new AuditStore(auditDb()));

function detectOptions(settings: ResolvedSettings['settings']): DetectOptions {
  return {
    minScore: Math.min(settings.minScore, 0.5),
    customKeywords: settings.customKeywords,
    customPatterns: settings.customPatterns,
  };
}

async function writeContext(resolved: ResolvedSettings): Promise<WriteContext> {
  const opts = detectOptions(resolved.settings);
  return {
    now: Date.now,
    extensionVersion: browser.runtime.getManifest().version,
    settingsHash: (await sha256Hex(canonicalJson(resolved.settings))).slice(0, 16),
    redactText: (text) => redact(text, detect(text, opts)).text,
    report: resolved.settings.reporting.endpoint !== '',
  };
}

let recordedListener: (() => void) | undefined;
/** Called after each audit write (fleet reporting sends what was queued). */
export function whenRecorded(listener: () => void): void {
  recordedListener = listener;
}

function senderOrigin(
  sender: Runtime.MessageSender,
  extraSites: readonly ExtraSiteEntry[],
): { site: string | undefined; host: string } | undefined {
  if (!sender.url || sender.url.startsWith(browser.runtime.getURL('/'))) return undefined; // our own page
  const url = new URL(sender.url);
  return { site: siteForUrlWith(url, extraSites)?.id, host: url.hostname };
}

/** `audit/record`: validate every event, store the valid ones, answer one result per event. */
export async function recordAudit(
  request: AuditRecordRequest,
  sender: Runtime.MessageSender,
): Promise<AuditRecordResult[]> {
  const events: unknown = (request as unknown as Record<string, unknown> | null)?.events;
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS_PER_MESSAGE) {
    throw new Error(`Veil: audit/record takes {events: [1..${MAX_EVENTS_PER_MESSAGE} events]}`);
  }
  const resolved = await currentSettings();
  const opts = detectOptions(resolved.settings);
  const findsValue = (text: string): boolean => detect(text, opts).length > 0;
  const origin = senderOrigin(sender, resolved.settings.extraSites);
  const now = Date.now();
  const results: (AuditRecordResult | undefined)[] = [];
  const valid: AuditEventInput[] = [];
  const at: number[] = [];
  events.forEach((raw, i) => {
    const v = validateEventInput(raw, { now, findsValue, sender: origin, backgroundOnly: BACKGROUND_ONLY });
    if (v.ok && origin && !allowEvent(sender.tab?.id, v.event, now)) {
      results[i] = { id: v.event.id, status: 'rejected', errors: ['rate-limited: too many such events from this tab'] };
    } else if (v.ok) {
      valid.push(v.event);
      at.push(i);
    } else results[i] = { id: v.id, status: 'rejected', errors: v.errors };
  });
  if (valid.length > 0) {
    await noticeLostTrail(resolved);
    const stored = await store().record(valid, await writeContext(resolved));
    stored.forEach((r, j) => (results[at[j]!] = r));
    await markTrail(store());
    recordedListener?.();
    capIfNeeded(resolved).catch(() => undefined); // the daily alarm prunes anyway
  }
  return results as AuditRecordResult[];
}

/** `audit/clear`: only when settings allow it. */
export async function clearAudit(): Promise<{ deleted: number }> {
  const { settings, locked } = await currentSettings();
  if (!settings.allowAuditClear) {
    throw new Error(
      locked.includes('allowAuditClear')
        ? 'Veil: your organization does not allow clearing the history'
        : 'Veil: clearing the history is turned off in the settings',
    );
  }
  return { deleted: await store().clear(Date.now()) };
}

export async function pruneAudit(now = Date.now()): Promise<number> {
  const { settings } = await currentSettings();
  // AI tool visit counts follow the events' retention.
  await pruneToolVisits(auditDb(), firstDayOf(settings.auditRetentionDays, now)).catch(() => 0);
  return store().prune({ retentionDays: settings.auditRetentionDays, now });
}

/** The count cap between daily runs: prune as soon as the log is well over it. */
async function capIfNeeded(resolved: ResolvedSettings): Promise<void> {
  const { anchor, head } = await store().chainEnds();
  if (head.seq - anchor.seq > MAX_EVENTS * 1.05) {
    await store().prune({ retentionDays: resolved.settings.auditRetentionDays, now: Date.now() });
  }
}

/** Actions a content script may not record: Veil's own findings about itself. */
const BACKGROUND_ONLY = ['settings-problem', 'audit-tampered', 'tool-continued'] as const;

/** One event the background records about the trail itself. */
function tamperEvent(detail: string, resolved: ResolvedSettings): AuditEventInput {
  return {
    id: crypto.randomUUID(),
    time: Date.now(),
    site: 'veil',
    host: browser.runtime.id,
    conversationKey: '',
    action: 'audit-tampered',
    trigger: 'settings',
    counts: {},
    previews: [],
    detail,
    mode: resolved.settings.mode,
    policyVersion: resolved.settings.policyVersion,
  };
}

/** Before a write: a trail that lost events since the last write (database deleted or reset) is recorded as such. */
let trailCheck: Promise<unknown> = Promise.resolve();
function noticeLostTrail(resolved: ResolvedSettings): Promise<void> {
  // One check at a time, so two writers that find the same loss record it once.
  const run = trailCheck.then(async () => {
    const lost = await checkTrail(store());
    if (lost === undefined) return;
    const event = tamperEvent(`trail-reset: events up to seq ${lost} are gone`, resolved);
    await store().record([event], await writeContext(resolved));
    await markTrail(store(), true);
  });
  trailCheck = run.catch(() => undefined);
  return run;
}

/**
 * The outbox is in storage.local, which anything with the extension's storage access can write:
 * every entry is validated as a content script's event would be, and the ones that fail are
 * dropped and counted in an event of their own, never stored.
 */
function checkedOutbox(raw: unknown, resolved: ResolvedSettings): { events: AuditEventInput[]; rejected: number } {
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const opts = detectOptions(resolved.settings);
  const ctx = { now: Date.now(), findsValue: (text: string) => detect(text, opts).length > 0 };
  const events: AuditEventInput[] = [];
  let rejected = 0;
  for (const entry of list) {
    const v = validateEventInput(entry, ctx);
    if (v.ok) events.push(v.event);
    else rejected++;
  }
  return { events, rejected };
}

/** Writes the events, or keeps them in storage.local to try again (never dropped). */
async function recordOwn(events: AuditEventInput[], resolved: ResolvedSettings): Promise<void> {
  const stored = (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY];
  const outbox = checkedOutbox(stored, resolved);
  const all = [...outbox.events, ...events];
  if (outbox.rejected > 0)
    all.push(tamperEvent(`outbox-rejected: ${outbox.rejected} events failed validation`, resolved));
  if (all.length === 0) return;
  try {
    await noticeLostTrail(resolved);
    await store().record(all, await writeContext(resolved));
    await markTrail(store());
    recordedListener?.();
    if (stored !== undefined) await browser.storage.local.remove(OUTBOX_KEY);
  } catch {
    await browser.storage.local.set({ [OUTBOX_KEY]: all.slice(-200) });
  }
}

/** Records one event the background witnessed itself (no findings, no previews). */
export async function recordOwnEvent(
  event: Pick<AuditEventInput, 'site' | 'host' | 'action' | 'trigger' | 'reason' | 'detail'>,
): Promise<void> {
  const r = await currentSettings();
  const full: AuditEventInput = {
    id: crypto.randomUUID(),
    time: Date.now(),
    conversationKey: '',
    counts: {},
    previews: [],
    mode: r.settings.mode,
    policyVersion: r.settings.policyVersion,
    ...event,
  };
  await recordOwn([full], r);
}

/**
 * Records the current settings problems once per distinct set. Only setting paths are stored, never
 * the problem messages: they quote the offending value, which could be anything the user typed.
 */
export async function recordSettingsProblems(resolved?: ResolvedSettings): Promise<void> {
  const r = resolved ?? (await currentSettings());
  const keys = [...new Set(r.problems.map((p) => `${p.source}:${p.key}`))].sort();
  const fingerprint = keys.length ? (await sha256Hex(keys.join('\n'))).slice(0, 16) : '';
  const seen = (await browser.storage.local.get(PROBLEMS_KEY))[PROBLEMS_KEY];
  if (seen === fingerprint) return;
  await browser.storage.local.set({ [PROBLEMS_KEY]: fingerprint });
  if (!keys.length) return;
  let detail = keys.join(' ').replace(/[[\]]/g, '#');
  if (detail.length > 200) detail = `${detail.slice(0, 190)} (+more)`;
  await recordOwn(
    [
      {
        id: crypto.randomUUID(),
        time: Date.now(),
        site: 'veil',
        host: browser.runtime.id,
        conversationKey: '',
        action: 'settings-problem',
        trigger: 'settings',
        counts: {},
        previews: [],
        detail,
        mode: r.settings.mode,
        policyVersion: r.settings.policyVersion,
      },
    ],
    r,
  );
}

/** The reporting endpoint refused a batch (a 4xx other than 408/429): the trail says so, once per episode. */
export async function recordReportingFailure(status: number): Promise<void> {
  const r = await currentSettings();
  await recordOwn(
    [
      {
        id: crypto.randomUUID(),
        time: Date.now(),
        site: 'veil',
        host: browser.runtime.id,
        conversationKey: '',
        action: 'failed',
        trigger: 'settings',
        counts: {},
        previews: [],
        detail: `reporting-failing-${status}`,
        mode: r.settings.mode,
        policyVersion: r.settings.policyVersion,
      },
    ],
    r,
  );
}

/**
 * Records the events tabs kept in storage.local while waiting for an answer (audit/pending.ts):
 * those of a tab that went before its message arrived. A live tab's event found here as well is
 * stored once (ids are idempotent). Anything with the extension's storage access can write these
 * keys, so each entry is validated as a sender-less content event; the ones that fail are counted
 * in an event of their own, never stored.
 */
export async function drainPending(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(PENDING_PREFIX));
  if (keys.length === 0) return 0;
  const resolved = await currentSettings();
  const opts = detectOptions(resolved.settings);
  const ctx = { now: Date.now(), findsValue: (text: string) => detect(text, opts).length > 0 };
  const events: AuditEventInput[] = [];
  let rejected = 0;
  for (const key of keys) {
    const v = validateEventInput(all[key], { ...ctx, backgroundOnly: BACKGROUND_ONLY });
    if (v.ok && key === `${PENDING_PREFIX}${v.event.id}`) events.push(v.event);
    else rejected++;
  }
  if (rejected > 0) events.push(tamperEvent(`pending-rejected: ${rejected} events failed validation`, resolved));
  events.sort((a, b) => a.time - b.time);
  await noticeLostTrail(resolved);
  const stored = await store().record(events, await writeContext(resolved));
  await markTrail(store());
  recordedListener?.();
  await browser.storage.local.remove(keys);
  return stored.filter((r) => r.status === 'recorded').length;
}

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
}

/** Registers the audit listeners. Call synchronously at the service worker's top level. */
export function startAudit(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    void pruneAudit();
    void currentSettings().then((r) => recordOwn([], r)); // anything left in the outbox
    void drainPending().catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSettings(changes, area)) void recordSettingsProblems();
  });
  browser.runtime.onInstalled.addListener(() => void ensureAlarm());
  // Also on every start: Chrome may drop alarms across browser restarts.
  void ensureAlarm();
  void recordSettingsProblems();
  // A trail deleted while the worker was away is recorded as soon as it starts, not at the next event.
  void currentSettings().then((r) => noticeLostTrail(r).then(() => markTrail(store())));
  // Events of tabs that went while this worker was stopped (their messages went with them).
  void drainPending().catch(() => undefined);
}
