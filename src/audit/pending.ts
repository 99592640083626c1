/**
 * Events a content script has made but the background has not acknowledged yet, kept in
 * storage.local beside the tab's in-memory queue (content/report.ts). A tab closed or reloaded
 * right after a decision takes its memory with it, and a message it sent to a worker that was
 * still starting is dropped with it; the stored copy is recorded when the worker next starts
 * (background/audit.ts). The tab removes the copy once the background answers for it.
 *
 * Only what the trail itself stores is kept: counts and masked previews. A "send anyway" reason
 * is typed text, so its copy is redacted here first (the background redacts it again on write).
 */
import { detect, redact } from '../detect';
import type { AuditEventInput } from './types';

/** storage.local key of one pending event: the prefix, then the event id. */
export const PENDING_PREFIX = 'audit.pending.';

export const pendingKey = (id: string): string => `${PENDING_PREFIX}${id}`;

/** The copy of `event` that may rest in storage: no typed text that could hold a value. */
export function pendingCopy(event: AuditEventInput): AuditEventInput {
  if (event.reason === undefined) return event;
  return { ...event, reason: redact(event.reason, detect(event.reason)).text };
}
