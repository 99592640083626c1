/**
 * `vault/lookup`: what a content script needs to show an AI reply with the user's own values
 * restored, and to warn about links and images that carry them.
 *
 * It reads the placeholder map that `vault/redact` (./vault.ts) keeps in `storage.session`, under
 * the same origin-scoped, hashed key, so a content script on one site can only ever learn the
 * values that were typed on that site. The values go to the content script's isolated world,
 * which shows them in closed shadow roots; they are never written into the page. URL checks run
 * here: the answer carries entity types, not values.
 */
import type { VaultLookupRequest, VaultLookupResponse } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { isPlaceholder, urlsCarrying } from '../content/replies/urls';
import { senderOriginOf } from './vault';

const MAX_PLACEHOLDERS = 500;
const MAX_URLS = 200;
const MAX_URL = 8192;

/**
 * The vault's storage key for a conversation. MUST equal `storageKey` in ./vault.ts (which does not
 * export it); test/unit/replies/vault-lookup.test.ts round-trips through the real `vaultRedact` to
 * prove it.
 */
async function vaultKey(origin: string, conversation: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${origin}|${conversation}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return 'vault:' + [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function readMap(key: string): Promise<Record<string, string> | undefined> {
  const stored = (await browser.storage.session.get(key))[key] as { map?: { byPlaceholder?: unknown } } | undefined;
  const map = stored?.map?.byPlaceholder;
  return typeof map === 'object' && map !== null ? (map as Record<string, string>) : undefined;
}

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
  let map = await readMap(await vaultKey(origin, req.conversation));
  if (!map && req.inherit) map = await readMap(await vaultKey(origin, req.inherit));
  const values: Record<string, string> = {};
  for (const p of req.placeholders) {
    const value = map && Object.hasOwn(map, p) ? map[p] : undefined;
    if (typeof value === 'string') values[p] = value;
  }
  return { values, urlTypes: req.urls.length && map ? urlsCarrying(req.urls, map) : req.urls.map(() => []) };
}
