/**
 * The audit trail's data shapes: what a content script sends (`AuditEventInput`, the payload of the
 * `audit/record` message), what the background answers, and what it stores (`AuditEvent`).
 *
 * No raw value ever travels in an event: counts per type, masked previews (`j***@e***.com`,
 * `**** 4242`, made with `maskPreview` from src/detect), and a conversation key that is a hash, not
 * the URL. The background re-checks every event (the content script runs next to an untrusted page)
 * and refuses one whose preview still looks like a value.
 */
import type { EntityType } from '../detect';

/** What Veil did (or saw) at one decision. */
export const AUDIT_ACTIONS = [
  /** values were replaced by placeholders before the send */
  'redacted',
  /** the review dialog was shown (the outcome follows as its own event: redacted / sent-anyway / blocked) */
  'warned',
  /** the user chose "Send anyway" in the review dialog; `reason` holds what they wrote, if asked */
  'sent-anyway',
  /** the send was stopped: nothing left */
  'blocked',
  /** monitor mode: found and recorded, text sent unchanged */
  'monitored',
  /** Veil could not guard this page fully (composer not found, background unreachable ...); `detail` says what */
  'degraded',
  /** checking or rewriting failed; `detail` says what; the fail mode decided the send */
  'failed',
  /** the user acknowledged the AI-use notice */
  'acknowledged',
  /** a setting or policy value was invalid and fell back to its default (recorded by the background) */
  'settings-problem',
  /**
   * the trail itself was tampered with (recorded by the background): `detail` says how, e.g.
   * `trail-reset` (the database was deleted or reset: events up to a sequence number are gone) or
   * `outbox-rejected` (events placed in Veil's outbox failed validation and were not stored)
   */
  'audit-tampered',
  /** the user continued past the warn page to an AI tool the organisation has not approved (`aiTools` "warn"); `reason` holds what they wrote, if asked (recorded by the background) */
  'tool-continued',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What set the decision off. */
export const AUDIT_TRIGGERS = ['submit', 'paste', 'drop', 'file', 'network', 'page', 'settings', 'navigation'] as const;
export type AuditTrigger = (typeof AUDIT_TRIGGERS)[number];

export interface MaskedPreview {
  type: EntityType;
  /** Made by `maskPreview(type, value)` from src/detect: at most 64 characters; see ./preview.ts for what passes. */
  masked: string;
}

/**
 * One decision, as the content script reports it (`audit/record`). Every field is checked by the
 * background; an event that fails a check is answered `rejected` and never stored.
 */
export interface AuditEventInput {
  /**
   * Client-generated, unique per decision: `crypto.randomUUID()`. A retry MUST reuse it; the
   * background stores each id once and answers `duplicate` for a repeat.
   */
  id: string;
  /** When the decision happened (ms since the epoch, `Date.now()` in the content script). */
  time: number;
  /** Site adapter id (`chatgpt`, `claude` ...). Must be the site of the sending tab. */
  site: string;
  /** `location.hostname` of the page. Must equal the sending tab's host. */
  host: string;
  /**
   * Hex SHA-256 (16 to 64 lowercase hex characters: a prefix is fine) of something that identifies
   * the conversation (e.g. site id + path), never the URL itself; '' when there is none yet.
   */
  conversationKey: string;
  action: AuditAction;
  /** What triggered it. */
  trigger: AuditTrigger;
  /** Findings per entity type (whole numbers 1..10000); {} for events without findings. */
  counts: Partial<Record<EntityType, number>>;
  /** Up to 20 masked previews (none for events without findings). */
  previews: MaskedPreview[];
  /** "Send anyway" reason as typed (up to 1000 characters); the background redacts it before storing. */
  reason?: string;
  /** A short machine-readable explanation for degraded / failed (`composer-not-found`), up to 200 characters. */
  detail?: string;
  /** The settings in force when the decision was made. */
  mode: 'enforce' | 'monitor';
  /** `settings.policyVersion` in force when the decision was made ('' when none). */
  policyVersion: string;
}

/** The payload of `audit/record`: 1..100 events, stored in order. */
export interface AuditRecordRequest {
  events: AuditEventInput[];
}

/**
 * One answer per event, in the request's order.
 * - `recorded`: stored now. `duplicate`: this id was stored before (a retry): delivered, stop retrying.
 * - `rejected`: invalid, and it always will be: do not retry (a `failed` event with the problem in
 *   `detail` may be sent instead).
 * A message that fails as a whole (the worker stopped mid-write, the database refused the write) is
 * not answered: the promise rejects, and the sender keeps the events queued and retries them with
 * the same ids.
 */
export type AuditRecordResult =
  { id: string; status: 'recorded' | 'duplicate'; seq: number } | { id: string; status: 'rejected'; errors: string[] };

/** An event as stored: the input (reason and detail redacted), plus what the background adds. */
export interface AuditEvent extends Omit<AuditEventInput, 'reason' | 'detail'> {
  /** Position in the hash chain: 1, 2, 3 ... (primary key). */
  seq: number;
  /** When the background stored it (ms; never earlier than the event before it). */
  recordedAt: number;
  /** The reason after detection and redaction (`[EMAIL_1]` in place of an address). */
  reason?: string;
  detail?: string;
  /** First 16 hex characters of the SHA-256 of the resolved settings when it was stored. */
  settingsHash: string;
  /** The extension's version when it was stored. */
  extensionVersion: string;
  /** `hash` of the event before it (or of the last pruned one; 64 zeros for the first ever). */
  prevHash: string;
  /** SHA-256 over `prevHash` and this event's recorded fields (see chain.ts). */
  hash: string;
  // Derived, for indexes only (not hashed; rebuilt if missing):
  /** Entity types with a count, sorted. */
  types: EntityType[];
  /** `${type}|${time padded to 13 digits}` per type: one multi-entry index serves type + date range. */
  typeTime: string[];
  /** Local calendar day of `time`, YYYY-MM-DD. */
  day: string;
  /** Lowercase words the search matches by prefix (see keys.ts searchWords). */
  words: string[];
}
