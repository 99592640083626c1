/**
 * What of an audit event leaves the browser for the organisation's log pipeline: the decision and
 * its counts, never a value. Left out on purpose: masked previews (part of a value), the "send
 * anyway" reason (free text, even redacted), the conversation key and the search words. The host
 * is kept; a URL path never was in an event. docs/admin.md lists these fields one by one.
 */
import type { EntityType } from '../detect';
import type { AuditAction, AuditEvent, AuditTrigger } from './types';

export interface ReportEvent {
  /** The audit id: the receiver drops a repeat with the same id (delivery is at least once). */
  id: string;
  /** Position in this install's hash chain: the order of events. */
  seq: number;
  /** The chain hash, so a receiver can check events against an exported trail. */
  hash: string;
  time: number;
  recordedAt: number;
  site: string;
  host: string;
  action: AuditAction;
  trigger: AuditTrigger;
  counts: Partial<Record<EntityType, number>>;
  mode: 'enforce' | 'monitor';
  policyVersion: string;
  extensionVersion: string;
  settingsHash: string;
  /** Machine-readable, already redacted (`composer-not-found`); only for degraded / failed / settings-problem. */
  detail?: string;
  /** Whether the user gave a "send anyway" reason (its text never leaves). */
  hasReason: boolean;
}

const DETAIL_ACTIONS: readonly AuditAction[] = ['degraded', 'failed', 'settings-problem'];

export function toReportEvent(e: AuditEvent): ReportEvent {
  const out: ReportEvent = {
    id: e.id,
    seq: e.seq,
    hash: e.hash,
    time: e.time,
    recordedAt: e.recordedAt,
    site: e.site,
    host: e.host,
    action: e.action,
    trigger: e.trigger,
    counts: { ...e.counts },
    mode: e.mode,
    policyVersion: e.policyVersion,
    extensionVersion: e.extensionVersion,
    settingsHash: e.settingsHash,
    hasReason: e.reason !== undefined && e.reason !== '',
  };
  if (e.detail !== undefined && DETAIL_ACTIONS.includes(e.action)) out.detail = e.detail;
  return out;
}
