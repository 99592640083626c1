/**
 * The one message protocol between extension contexts. Each message names who may send it; the
 * background checks the sender before it runs a handler. The web page can never send these (it has
 * no runtime port), but a compromised or stale content script can, so content-script messages are
 * treated as untrusted input.
 */
import type { AuditRecordRequest, AuditRecordResult } from './audit/types';
import type { EntityType, Finding } from './detect';
import type { ResolvedSettings, SetResult } from './policy/resolve';
import type { Settings } from './policy/schema';
import type { FileFormat, Segment, UnreadableReason } from './files/types';
import type { Box, WordBox } from './files/ocr';

/** `background`: the service worker itself, as seen by the offscreen document (never a tab). */
export type SenderKind = 'content' | 'extension-page' | 'background';

export interface Protocol {
  /** The resolved settings, with locks and repair notes. */
  'settings/get': { request: null; response: ResolvedSettings };
  /** Saves user values; keys locked by policy are refused and listed. Extension pages only. */
  'settings/set': { request: Partial<Settings>; response: SetResult };
  /** Forgets all user values. Extension pages only. */
  'settings/reset': { request: null; response: ResolvedSettings };
  /**
   * Records decisions in the audit trail (see src/audit/types.ts for every field and rule). One
   * result per event; the promise rejects when nothing could be stored (retry with the same ids).
   * Extension pages may send it too (tests, and events an extension page witnesses).
   */
  'audit/record': { request: AuditRecordRequest; response: AuditRecordResult[] };
  /** Deletes the whole history, unless `allowAuditClear` is off. Extension pages only. */
  'audit/clear': { request: null; response: { deleted: number } };
  /**
   * Replaces the given spans with placeholders numbered per conversation (same value, same
   * placeholder across messages). The map lives only in the background's session storage; the
   * answer never carries an original value. Content scripts only.
   */
  'vault/redact': { request: VaultRedactRequest; response: VaultRedactResponse };
  /** This tab's protection status (composer found, tripwire up ...); kept per tab for the popup. Content scripts only. */
  'guard/health': { request: GuardHealth; response: null };
  /**
   * The full detection path (names, places: compromise), run in the background so it never holds
   * the page's main thread; the background applies the settings' detection options. Content scripts only.
   */
  'detect/full': { request: { text: string }; response: { findings: Finding[] } };
  /**
   * For an AI reply: the original values of the placeholders it shows (so the content script can
   * display them in closed shadow roots; never put in the page), and which of its URLs carry a value
   * the user had redacted in this conversation (types only). Same origin and conversation rules as
   * `vault/redact`. Content scripts only.
   */
  'vault/lookup': { request: VaultLookupRequest; response: VaultLookupResponse };
  /** Whether this site's AI-use notice was seen / acknowledged under the policy version in force. Content scripts only. */
  'notice/state': { request: null; response: NoticeState };
  /** The AI-use notice was shown on this site (first visit, acknowledgement not required). Content scripts only. */
  'notice/seen': { request: null; response: NoticeState };
  /**
   * The user acknowledged the AI-use notice on this site: recorded in the audit trail first, then
   * stored per site and policy version. Rejects when the audit write fails. Content scripts only.
   */
  'notice/acknowledged': { request: null; response: NoticeState };
  /**
   * "Continue" on the warn page of an AI tool the policy marks "warn": checked against policy again,
   * recorded in the audit trail (with the reason), then allowed for that tool until the day ends.
   * Answers the URL to load. Extension pages only.
   */
  'aitools/continue': { request: { url: string; reason?: string }; response: { url: string } };
  /**
   * A document the user attaches (PDF, DOCX, XLSX, PPTX, ODF, RTF, HTML, EML): its text read off the
   * page (in the offscreen document), with where each part came from, and the detector's findings
   * (full path up to 100,000 characters, the fast path beyond) under the settings' detection
   * options. Content scripts only.
   */
  'file/scan': { request: FileRequest; response: FileScanResponse };
  /** A DOCX/XLSX/PPTX with each value replaced by its placeholder in place; `data` null when that is not sound. Content scripts only. */
  'file/rewrite': { request: FileRewriteRequest; response: { data: string | null } };
  /** The background asks the offscreen document to read a file (same answer as `file/scan`, without findings). */
  'offscreen/extract': { request: FileRequest; response: FileExtractResponse };
  /** The background asks the offscreen document for a rewritten DOCX/XLSX/PPTX. */
  'offscreen/rewrite': { request: FileRewriteRequest; response: { data: string | null } };
}

export interface FileRequest {
  /** The file's name (at most 500 characters): its extension picks the reader among zip formats. */
  name: string;
  /** The file's bytes, base64 (runtime messages are JSON in Chrome). At most 25 MB decoded. */
  data: string;
}

export interface ExtractedFile {
  ok: true;
  format: FileFormat;
  text: string;
  segments: Segment[];
  parts: number;
  hidden: string[];
  /** Images: each word's box in the text (offsets) and in the image (pixels). */
  words?: WordBox[];
}

export type FileExtractResponse =
  ExtractedFile | { ok: false; reason: UnreadableReason | 'unavailable'; detail: string };
export type FileScanResponse =
  (ExtractedFile & { findings: Finding[] }) | { ok: false; reason: UnreadableReason | 'unavailable'; detail: string };

export interface FileRewriteRequest extends FileRequest {
  format: 'docx' | 'xlsx' | 'pptx' | 'image';
  /** Each value and the placeholder that replaces it (at most 5,000). */
  replacements: { value: string; placeholder: string }[];
  /** Images: the boxes to paint over (at most 5,000). */
  boxes?: Box[];
}

export interface VaultLookupRequest {
  /** As in `vault/redact`. */
  conversation: string;
  /** When `conversation` has no placeholders yet, look in this one (a new chat that just got its URL). */
  inherit?: string;
  /** Placeholders seen in the reply, e.g. `[EMAIL_1]` (at most 500). */
  placeholders: string[];
  /** Absolute URLs of the reply's links and images (at most 200, each at most 8,192 characters). */
  urls: string[];
}

export interface VaultLookupResponse {
  /** placeholder -> original value, only for placeholders this conversation has. */
  values: Record<string, string>;
  /** Per URL of the request, in order: the types of redacted values it carries ([] for none). */
  urlTypes: EntityType[][];
}

export interface NoticeState {
  /** The notice was shown on this site under the current policy version. */
  seen: boolean;
  /** The user acknowledged it on this site under the current policy version. */
  acknowledged: boolean;
  /** The policy version the answer is about (settings.policyVersion, '' when none). */
  policyVersion: string;
}

export interface VaultRedactRequest {
  /** Identifies the conversation within the sender's origin, e.g. `chatgpt:/c/abc` (at most 300 chars). */
  conversation: string;
  /** When this conversation has no placeholders yet, start from this one's (a new chat that just got its URL). */
  inherit?: string;
  text: string;
  spans: { start: number; end: number; type: EntityType }[];
}

export interface VaultRedactResponse {
  text: string;
  /** The placeholders used, in order of appearance. */
  placeholders: string[];
}

export interface GuardHealth {
  site: string;
  status: 'ok' | 'degraded' | 'off';
  /** Machine-readable reasons when degraded: `composer-not-found`, `send-button-not-found`, `tripwire-unavailable`, `tripwire-narrowed`, `stale`. */
  reasons: string[];
}

export type MessageType = keyof Protocol;

export const ALLOWED_SENDERS: { readonly [K in MessageType]: readonly SenderKind[] } = {
  'settings/get': ['content', 'extension-page'],
  'settings/set': ['extension-page'],
  'settings/reset': ['extension-page'],
  'audit/record': ['content', 'extension-page'],
  'audit/clear': ['extension-page'],
  'vault/redact': ['content'],
  'guard/health': ['content'],
  'detect/full': ['content'],
  'vault/lookup': ['content'],
  'aitools/continue': ['extension-page'],
  'notice/state': ['content'],
  'notice/seen': ['content'],
  'notice/acknowledged': ['content'],
  'file/scan': ['content'],
  'file/rewrite': ['content'],
  'offscreen/extract': ['background'],
  'offscreen/rewrite': ['background'],
};

export interface Envelope<K extends MessageType = MessageType> {
  veil: 1;
  type: K;
  payload: Protocol[K]['request'];
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.veil === 1 && typeof v.type === 'string' && Object.hasOwn(ALLOWED_SENDERS, v.type);
}

export const envelope = <K extends MessageType>(type: K, payload: Protocol[K]['request']): Envelope<K> => ({
  veil: 1,
  type,
  payload,
});
