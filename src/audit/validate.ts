/**
 * Strict checks on an `audit/record` event. The sender is a content script running beside an
 * untrusted page, so nothing is taken on trust: unknown fields are refused (they could smuggle
 * text), every string is bounded, and a preview that still shows a value is refused.
 */
import { ENTITY_TYPES, type EntityType } from '../detect';
import { previewProblem } from './preview';
import {
  AUDIT_ACTIONS,
  AUDIT_TRIGGERS,
  type AuditAction,
  type AuditEventInput,
  type AuditTrigger,
  type MaskedPreview,
} from './types';
import { isPlainObject } from '../shared/objects';

export const MAX_EVENTS_PER_MESSAGE = 100;
export const MAX_PREVIEWS = 20;
export const MAX_COUNT = 10_000;
export const MAX_REASON = 1000;
export const MAX_DETAIL = 200;
/** How far in the future (client clock ahead of ours) an event's time may be. */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000;
/** 2020-01-01: anything earlier is a broken clock or a forged event. */
export const MIN_TIME = Date.UTC(2020, 0, 1);

const FIELDS = new Set<string>([
  'id',
  'time',
  'site',
  'host',
  'conversationKey',
  'action',
  'trigger',
  'counts',
  'previews',
  'reason',
  'detail',
  'mode',
  'policyVersion',
]);

export interface ValidationContext {
  now: number;
  /** The detector: does this text still hold a value? */
  findsValue: (text: string) => boolean;
  /** For content-script senders: the site and host of the sending tab, which the event must name. */
  sender?: { site: string | undefined; host: string };
  /** Actions only the background itself may record. */
  backgroundOnly?: readonly AuditAction[];
}

export type Validation = { ok: true; event: AuditEventInput } | { ok: false; id: string; errors: string[] };

const isEntityType = (v: unknown): v is EntityType => (ENTITY_TYPES as readonly unknown[]).includes(v);

const ID = /^[A-Za-z0-9-]{8,64}$/;
const SITE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const CONVERSATION = /^([0-9a-f]{16,64})?$/;
const DETAIL = /^[\p{L}\p{N} .,:;()_/'"+=#-]*$/u;

export function validateEventInput(raw: unknown, ctx: ValidationContext): Validation {
  const errors: string[] = [];
  if (!isPlainObject(raw)) return { ok: false, id: '', errors: ['event is not an object'] };
  const id = typeof raw.id === 'string' && ID.test(raw.id) ? raw.id : '';
  if (!id) errors.push('id: must be 8 to 64 letters, digits or dashes (crypto.randomUUID())');

  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) errors.push(`${key}: unknown field`);

  const { time, site, host, conversationKey, action, trigger, counts, previews, reason, detail, mode } = raw;
  if (typeof time !== 'number' || !Number.isFinite(time) || time < MIN_TIME || time > ctx.now + MAX_CLOCK_SKEW_MS) {
    errors.push('time: must be a time in ms since the epoch, not in the future');
  }
  if (typeof site !== 'string' || !SITE.test(site)) errors.push('site: must be a site id');
  if (typeof host !== 'string' || !HOST.test(host)) errors.push('host: must be a lowercase host name');
  if (ctx.sender) {
    if (host !== ctx.sender.host) errors.push('host: is not the host of the sending tab');
    if (ctx.sender.site !== undefined && site !== ctx.sender.site) errors.push('site: is not the sending tab’s site');
  }
  if (typeof conversationKey !== 'string' || !CONVERSATION.test(conversationKey)) {
    errors.push("conversationKey: must be '' or 16 to 64 lowercase hex characters (a hash, never the URL)");
  }
  if (!(AUDIT_ACTIONS as readonly unknown[]).includes(action)) errors.push('action: unknown');
  else if (ctx.backgroundOnly?.includes(action as AuditAction))
    errors.push(`action: "${action}" is recorded by Veil itself`);
  if (!(AUDIT_TRIGGERS as readonly unknown[]).includes(trigger)) errors.push('trigger: unknown');
  if (mode !== 'enforce' && mode !== 'monitor') errors.push('mode: must be "enforce" or "monitor"');
  if (typeof raw.policyVersion !== 'string' || raw.policyVersion.length > 100) {
    errors.push('policyVersion: must be text of at most 100 characters');
  }

  const cleanCounts: Partial<Record<EntityType, number>> = {};
  if (!isPlainObject(counts)) errors.push('counts: must be an object of entity type to count');
  else {
    for (const [type, n] of Object.entries(counts)) {
      if (!isEntityType(type)) errors.push(`counts.${type}: unknown entity type`);
      else if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_COUNT) {
        errors.push(`counts.${type}: must be a whole number 1..${MAX_COUNT}`);
      } else cleanCounts[type] = n;
    }
  }

  const cleanPreviews: MaskedPreview[] = [];
  if (!Array.isArray(previews) || previews.length > MAX_PREVIEWS) {
    errors.push(`previews: must be a list of at most ${MAX_PREVIEWS}`);
  } else {
    previews.forEach((p: unknown, i) => {
      if (!isPlainObject(p) || Object.keys(p).some((k) => k !== 'type' && k !== 'masked')) {
        errors.push(`previews[${i}]: must be {type, masked}`);
        return;
      }
      if (!isEntityType(p.type)) errors.push(`previews[${i}].type: unknown entity type`);
      else if (isPlainObject(counts) && !(p.type in counts)) errors.push(`previews[${i}].type: has no count`);
      if (typeof p.masked !== 'string') {
        errors.push(`previews[${i}].masked: must be text`);
        return;
      }
      const problem = previewProblem(p.masked, ctx.findsValue);
      if (problem) errors.push(`previews[${i}].masked: ${problem}`);
      else if (isEntityType(p.type)) cleanPreviews.push({ type: p.type, masked: p.masked });
    });
  }

  if (reason !== undefined) {
    if (typeof reason !== 'string' || reason.length > MAX_REASON) {
      errors.push(`reason: must be text of at most ${MAX_REASON} characters`);
    } else if (action !== 'sent-anyway' && action !== 'tool-continued')
      errors.push('reason: only a "sent-anyway" or "tool-continued" event carries a reason');
  }
  if (detail !== undefined) {
    // Free text (reason, detail, policyVersion) is redacted by the store before it is written.
    if (typeof detail !== 'string' || detail.length > MAX_DETAIL || !DETAIL.test(detail)) {
      errors.push(`detail: must be plain text of at most ${MAX_DETAIL} characters`);
    }
  }

  if (errors.length > 0) return { ok: false, id, errors };
  const event: AuditEventInput = {
    id,
    time: time as number,
    site: site as string,
    host: host as string,
    conversationKey: conversationKey as string,
    action: action as AuditAction,
    trigger: trigger as AuditTrigger,
    counts: cleanCounts,
    previews: cleanPreviews,
    mode: mode as 'enforce' | 'monitor',
    policyVersion: raw.policyVersion as string,
  };
  if (reason !== undefined) event.reason = reason as string;
  if (detail !== undefined) event.detail = detail as string;
  return { ok: true, event };
}
