/**
 * The one seam between the guard and the audit trail: `reportDecision` is called at every decision
 * (redacted, warned, sent-anyway, blocked, monitored, degraded, failed). It turns the decision into
 * an `audit/record` event (counts and masked previews, never a value; see src/audit/types.ts) and
 * delivers it with acknowledgement: events wait in this isolated world's memory and are retried,
 * with the same ids, while the service worker is asleep or restarting.
 *
 * If the protocol has no `audit/record` (an older build), nothing is sent.
 */
import { pendingCopy, pendingKey } from '../audit/pending';
import type { AuditAction, AuditEventInput, AuditTrigger, MaskedPreview } from '../audit/types';
import { maskPreview, type EntityType } from '../detect';
import { ALLOWED_SENDERS } from '../messages';
import { browser } from '../platform/browser';
import type { Settings } from '../policy/schema';
import { callBackground, isStale } from './runtime';
import type { Flagged } from './assess';

export interface Decision {
  action: Exclude<AuditAction, 'acknowledged' | 'settings-problem' | 'audit-tampered'>;
  trigger: AuditTrigger;
  /** What the decision was about (values stay here; only counts and masked previews leave). */
  flagged?: readonly Pick<Flagged, 'finding' | 'value'>[];
  /** "Send anyway" reason, as typed (the background redacts it before storing). */
  reason?: string;
  /** Machine-readable explanation for degraded / failed, e.g. `composer-not-found`. */
  detail?: string;
}

interface ReportContext {
  site: string;
  settings: () => Settings;
  conversation: () => string;
}

const AUDIT = 'audit/record';
const MAX_QUEUE = 500;
const MAX_PREVIEWS = 20;

let context: ReportContext | undefined;
const queue: AuditEventInput[] = [];
let flushing = false;
let retryDelay = 500;
/** Every decision this page made (kind and time only), for tests reading the isolated world. */
export const decisionLog: { action: string; trigger: string; at: number; detail?: string }[] = [];

export function configureReports(ctx: ReportContext): void {
  context = ctx;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function previewsOf(flagged: readonly Pick<Flagged, 'finding' | 'value'>[]): MaskedPreview[] {
  const seen = new Set<string>();
  const out: MaskedPreview[] = [];
  for (const f of flagged) {
    const masked = maskPreview(f.finding.type, f.value);
    const key = `${f.finding.type}|${masked}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: f.finding.type, masked });
    if (out.length >= MAX_PREVIEWS) break;
  }
  return out;
}

/** Records one decision. Never throws and never waits: delivery happens in the background. */
export function reportDecision(decision: Decision): void {
  decisionLog.push({
    action: decision.action,
    trigger: decision.trigger,
    at: Date.now(),
    ...(decision.detail ? { detail: decision.detail } : {}),
  });
  if (decisionLog.length > 200) decisionLog.shift();
  const ctx = context;
  if (!ctx || !Object.hasOwn(ALLOWED_SENDERS, AUDIT)) return;
  const settings = ctx.settings();
  const flagged = decision.flagged ?? [];
  const counts: Partial<Record<EntityType, number>> = {};
  for (const f of flagged) counts[f.finding.type] = Math.min((counts[f.finding.type] ?? 0) + 1, 10_000);
  const time = Date.now();
  void sha256Hex(ctx.conversation())
    .then((hash) => {
      const event: AuditEventInput = {
        id: crypto.randomUUID(),
        time,
        site: ctx.site,
        host: location.hostname,
        conversationKey: hash.slice(0, 32),
        action: decision.action,
        trigger: decision.trigger,
        counts,
        previews: previewsOf(flagged),
        mode: settings.mode,
        policyVersion: settings.policyVersion,
        ...(decision.reason !== undefined ? { reason: decision.reason.slice(0, 1000) } : {}),
        ...(decision.detail !== undefined ? { detail: decision.detail.slice(0, 200) } : {}),
      };
      if (queue.length >= MAX_QUEUE) queue.shift();
      queue.push(event);
      // Written before the message is sent: if the tab goes before the background answers, the
      // background still finds the event (audit/pending.ts).
      keepPending(event);
      void flush();
    })
    .catch(() => undefined);
}

/** The storage.local copy of an event not yet acknowledged (never throws: the queue still has it). */
function keepPending(event: AuditEventInput): void {
  try {
    void browser.storage.local.set({ [pendingKey(event.id)]: pendingCopy(event) }).catch(() => undefined);
  } catch {
    // storage unavailable (the extension went away): the in-memory queue is all there is
  }
}

function dropPending(ids: readonly string[]): void {
  try {
    void browser.storage.local.remove(ids.map(pendingKey)).catch(() => undefined);
  } catch {
    // as above
  }
}

async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    while (queue.length > 0) {
      if (isStale()) return; // the extension is gone: nobody can take these any more
      const batch = queue.slice(0, 100);
      try {
        const results = await callBackground(AUDIT, { events: batch }, 5000);
        // recorded, duplicate (delivered before) and rejected (never valid) all leave the queue.
        const done = new Set(results.map((r) => r.id));
        dropPending(done.size > 0 ? [...done] : batch.map((e) => e.id));
        for (let i = queue.length - 1; i >= 0; i--) if (done.has(queue[i]!.id)) queue.splice(i, 1);
        if (done.size === 0) queue.splice(0, batch.length);
        retryDelay = 500;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, retryDelay));
        retryDelay = Math.min(retryDelay * 2, 30_000);
      }
    }
  } finally {
    flushing = false;
  }
}
