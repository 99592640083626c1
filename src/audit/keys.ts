/** Index keys derived from an event's recorded fields (never hashed; rebuilt from the event if lost). */
import { localDay } from './stats';
import type { AuditEvent } from './types';

export const padTime = (time: number): string => String(Math.max(0, Math.floor(time))).padStart(13, '0');
/** `${type}|${13-digit time}`: the multi-entry index that serves "type + date range, newest first". */
export const typeTimeKey = (type: string, time: number): string => `${type}|${padTime(time)}`;

export const MAX_WORDS = 32;

/**
 * The words the popup's search finds an event by (a multi-entry index, matched by prefix): site,
 * host, action, entity types, each masked preview (whole and split at spaces and `@`), and
 * the words of the reason and detail. Lowercase, each at most 40 characters, at most 32.
 */
export function searchWords(
  event: Pick<AuditEvent, 'site' | 'host' | 'action' | 'counts' | 'previews' | 'reason' | 'detail'>,
  types: readonly string[] = Object.keys(event.counts),
): string[] {
  const words = new Set<string>();
  const add = (w: string): void => {
    const word = w.toLowerCase().slice(0, 40);
    if (word && words.size < MAX_WORDS) words.add(word);
  };
  [event.site, event.host, event.action, ...types].forEach(add);
  for (const p of event.previews) {
    add(p.masked);
    p.masked.split(/[\s@]+/).forEach(add);
  }
  for (const text of [event.reason, event.detail]) text?.split(/[^\p{L}\p{N}_[\]*.-]+/u).forEach(add);
  return [...words];
}

export function derived(
  event: Pick<
    AuditEvent,
    'counts' | 'previews' | 'time' | 'site' | 'host' | 'action' | 'trigger' | 'reason' | 'detail'
  >,
): Pick<AuditEvent, 'types' | 'typeTime' | 'day' | 'words'> {
  const types = [
    ...new Set([...Object.keys(event.counts), ...event.previews.map((p) => p.type)]),
  ].sort() as AuditEvent['types'];
  return {
    types,
    typeTime: types.map((t) => typeTimeKey(t, event.time)),
    day: localDay(event.time),
    words: searchWords(event, types),
  };
}
