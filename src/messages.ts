/**
 * The one message protocol between extension contexts. Each message names who may send it; the
 * background checks the sender before it runs a handler. The web page can never send these (it has
 * no runtime port), but a compromised or stale content script can, so content-script messages are
 * treated as untrusted input.
 */
import type { ResolvedSettings, SetResult } from './policy/resolve';
import type { Settings } from './policy/schema';

export type SenderKind = 'content' | 'extension-page';

export interface Protocol {
  /** The resolved settings, with locks and repair notes. */
  'settings/get': { request: null; response: ResolvedSettings };
  /** Saves user values; keys locked by policy are refused and listed. Extension pages only. */
  'settings/set': { request: Partial<Settings>; response: SetResult };
  /** Forgets all user values. Extension pages only. */
  'settings/reset': { request: null; response: ResolvedSettings };
}

export type MessageType = keyof Protocol;

export const ALLOWED_SENDERS: { readonly [K in MessageType]: readonly SenderKind[] } = {
  'settings/get': ['content', 'extension-page'],
  'settings/set': ['extension-page'],
  'settings/reset': ['extension-page'],
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
