/**
 * `vault/lookup`: what a content script needs to show an AI reply with the user's own values
 * restored, and to warn about links and images that carry them.
 *
 * It opens the sealed placeholder map that `vault/redact` (./vault.ts) keeps in `storage.session`
 * (./vault-store.ts), under the same origin-scoped, hashed name, so a content script on one site
 * can only ever learn the values that were typed on that site. The values go to the content script's isolated world,
 * which shows them in closed shadow roots; they are never written into the page. URL checks run
 * here: the answer carries entity types, not values. Only conversations the asking tab redacted
 * into itself are opened (./vault-grants.ts): a tab that moves to another conversation's path gets
 * nothing.
 */
import type { VaultLookupRequest, VaultLookupResponse } from '../messages';
import type { Runtime } from '../platform/browser';
import { isPlaceholder } from '../detect';
import { urlsCarrying } from '../exfil/urls';
import { senderOriginOf } from './vault';
import { isGranted } from './vault-grants';
import { entryName, readEntry, type VaultEntry } from './vault-store';

const MAX_PLACEHOLDERS = 500;
const MAX_URLS = 200;
const MAX_URL = 8192;

function validate(request: unknown): VaultLookupRequest {
  const r = request as Partial<VaultLookupRequest> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    typeof r.conversation === 'string' &&
    r.conversation.length > 0 &&
    r.conversation.length <= 300 &&
    (r.inherit === undefined || (typeof r.inherit === 'string' && r.inherit.length > 0 && r.inherit.length <= 300)) &&
    Array.isArray(r.placeholders) &&
    r.placeholders.length <= MAX_PLACEHOLDERS &&
    r.placeholders.every((p) => typeof p === 'string' && isPlaceholder(p)) &&
    Array.isArray(r.urls) &&
    r.urls.length <= MAX_URLS &&
    r.urls.every((u) => typeof u === 'string' && u.length <= MAX_URL);
  if (!ok) throw new Error('Veil: malformed vault/lookup request');
  return r as VaultLookupRequest;
}

export async function vaultLookup(request: unknown, sender: Runtime.MessageSender): Promise<VaultLookupResponse> {
  const req = validate(request);
  const origin = senderOriginOf(sender);
  const entry = await grantedEntry(sender, origin, req.conversation, req.inherit);
  const map = entry?.map.byPlaceholder;
  const values: Record<string, string> = {};
  for (const p of req.placeholders) {
    const value = map && Object.hasOwn(map, p) ? map[p] : undefined;
    if (typeof value === 'string') values[p] = value;
  }
  return { values, urlTypes: req.urls.length && map ? urlsCarrying(req.urls, map) : req.urls.map(() => []) };
}

/** The conversation's entry or, while it has none, the one it continues; each only if this tab redacted into it. */
async function grantedEntry(
  sender: Runtime.MessageSender,
  origin: string,
  conversation: string,
  inherit: string | undefined,
): Promise<VaultEntry | undefined> {
  for (const name of [conversation, inherit]) {
    if (name === undefined) continue;
    const key = await entryName(origin, name);
    if (!(await isGranted(sender, key))) continue;
    const entry = await readEntry(key);
    if (entry) return entry;
  }
  return undefined;
}
