/**
 * The placeholder vault: per conversation, which placeholder stands for which value, so the same
 * address is `[EMAIL_1]` in every message of a conversation. Kept in `storage.session` (memory only,
 * gone when the browser closes) at the TRUSTED_CONTEXTS access level: content scripts cannot read
 * it, and the web page cannot reach it at all. Content scripts ask `vault/redact` for a redacted
 * text; the answer never includes an original value. Entries are sealed (./vault-store.ts): storage
 * never holds a value in the clear.
 *
 * Entries are namespaced by the sender's origin (taken from the browser's sender record, not the
 * payload), so a content script on one site cannot touch another site's conversations, and stored
 * under a SHA-256 of that name, so storage never holds a URL.
 */
import { emptyMap, ENTITY_TYPES, redact, type EntityType, type Finding } from '../detect';
import type { VaultRedactRequest, VaultRedactResponse } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { grantEntry, isGranted } from './vault-grants';
import { entryName, readConversation, writeEntry } from './vault-store';

const INDEX_KEY = 'vault-index';
/** Conversations kept; the least recently used go first beyond this. */
export const MAX_CONVERSATIONS = 300;
const MAX_TEXT = 2_000_000;
const MAX_SPANS = 5_000;

/** Content scripts must not read the vault (this is Chrome's default; set it anyway, on every start). */
export function protectVault(): void {
  const session = browser.storage.session as unknown as {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  void session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
}

// One write at a time per conversation: two tabs of the same chat must not number a value twice.
const queues = new Map<string, Promise<unknown>>();
function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

function validate(request: unknown): VaultRedactRequest {
  const r = request as Partial<VaultRedactRequest> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    typeof r.conversation === 'string' &&
    r.conversation.length > 0 &&
    r.conversation.length <= 300 &&
    (r.inherit === undefined || (typeof r.inherit === 'string' && r.inherit.length <= 300)) &&
    typeof r.text === 'string' &&
    r.text.length <= MAX_TEXT &&
    Array.isArray(r.spans) &&
    r.spans.length <= MAX_SPANS;
  if (!ok) throw new Error('Veil: malformed vault/redact request');
  const text = r.text!;
  for (const s of r.spans!) {
    const valid =
      typeof s === 'object' &&
      s !== null &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end > s.start &&
      s.end <= text.length &&
      (ENTITY_TYPES as readonly string[]).includes(s.type);
    if (!valid) throw new Error('Veil: malformed span in vault/redact');
  }
  return r as VaultRedactRequest;
}

async function touchIndex(key: string, now: number): Promise<void> {
  const index = ((await browser.storage.session.get(INDEX_KEY))[INDEX_KEY] ?? {}) as Record<string, number>;
  index[key] = now;
  const keys = Object.keys(index);
  if (keys.length > MAX_CONVERSATIONS) {
    const oldest = keys.sort((a, b) => index[a]! - index[b]!).slice(0, keys.length - MAX_CONVERSATIONS);
    for (const k of oldest) delete index[k];
    await browser.storage.session.remove(oldest);
  }
  await browser.storage.session.set({ [INDEX_KEY]: index });
}

export function senderOriginOf(sender: Runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? '').origin;
  } catch {
    throw new Error('Veil: vault/redact needs a sender URL');
  }
}

export async function vaultRedact(request: unknown, sender: Runtime.MessageSender): Promise<VaultRedactResponse> {
  const req = validate(request);
  const origin = senderOriginOf(sender);
  const key = await entryName(origin, req.conversation);
  return serialised(key, async () => {
    // Numbering continues only from a conversation this tab redacted into (vault-grants.ts).
    const inherit =
      req.inherit && (await isGranted(sender, await entryName(origin, req.inherit))) ? req.inherit : undefined;
    const entry = await readConversation(key, origin, inherit);
    const findings: Finding[] = req.spans.map((s) => ({
      type: s.type as EntityType,
      start: s.start,
      end: s.end,
      score: 1,
      recognizer: 'guard',
    }));
    const result = redact(req.text, findings, entry?.map ?? emptyMap());
    const now = Date.now();
    await writeEntry(key, { map: result.map, touched: now });
    await touchIndex(key, now);
    await grantEntry(sender, key); // this tab may now read the conversation back (vault-grants.ts)
    return { text: result.text, placeholders: result.placeholders };
  });
}
