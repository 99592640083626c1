/**
 * Where the placeholder vault's entries live, sealed.
 *
 * An entry (one conversation's placeholder map) must survive page reloads and the service worker's
 * restarts, so it cannot live in worker memory; `storage.session` keeps it in the browser's memory
 * for the browser session. But the map holds the user's original values, and nothing Veil stores
 * may hold a raw value (issue 5: a dump of every storage area finds none). So each entry is
 * encrypted with AES-256-GCM under a key that:
 *  - is non-extractable: no script, not even Veil's, can read its bytes; it can only be used;
 *  - lives in the extension's IndexedDB, apart from the ciphertexts (which are in memory only);
 *  - is replaced in every new browser session, when the old ciphertexts are gone anyway.
 * The entry's storage name is bound in as GCM additional data, so a sealed map cannot be moved to
 * another origin's or conversation's slot. An entry that does not open (key rotated, data damaged)
 * reads as absent: numbering restarts, nothing is thrown at the user's send.
 */
import type { PlaceholderMap } from '../detect';
import { browser } from '../platform/browser';

const PREFIX = 'vault:';
const KEY_DB = 'veil-vault-key';
const KEY_STORE = 'keys';
const KEY_ID = 'current';
/** Set in `storage.session` once this browser session has its own key. */
const SESSION_MARK = 'vault-key-session';

export interface VaultEntry {
  map: PlaceholderMap;
  touched: number;
}

/** What `storage.session` holds per conversation: no value in the clear. */
interface SealedEntry {
  iv: string;
  sealed: string;
  touched: number;
}

/** The storage name of a conversation's entry: a SHA-256 of origin and conversation, so no URL is stored. */
export async function entryName(origin: string, conversation: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${origin}|${conversation}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return PREFIX + [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function openKeyDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(KEY_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(KEY_STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('Veil: cannot open the vault key database'));
  });
}

/**
 * Stores `candidate` unless a key is already there (`replace` overwrites), in one transaction, and
 * returns the key in force: two workers racing at first use end up with the same key.
 */
async function settleKey(candidate: CryptoKey, replace: boolean): Promise<CryptoKey> {
  const db = await openKeyDb();
  try {
    return await new Promise<CryptoKey>((resolve, reject) => {
      const tx = db.transaction(KEY_STORE, 'readwrite');
      const store = tx.objectStore(KEY_STORE);
      let chosen = candidate;
      const get = store.get(KEY_ID);
      get.onsuccess = () => {
        const existing = get.result as CryptoKey | undefined;
        if (!replace && existing instanceof CryptoKey) chosen = existing;
        else store.put(candidate, KEY_ID);
      };
      tx.oncomplete = () => resolve(chosen);
      tx.onerror = () => reject(tx.error ?? new Error('Veil: cannot store the vault key'));
      tx.onabort = () => reject(tx.error ?? new Error('Veil: vault key transaction aborted'));
    });
  } finally {
    db.close();
  }
}

const newKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

let current: Promise<CryptoKey> | undefined;

/**
 * The key in force. `storage.session` starts empty with every browser session (and extension
 * reload), so a missing session mark means the stored key belongs to entries that no longer exist:
 * it is replaced. Deciding this here, not in `runtime.onStartup`, leaves no window in which a first
 * message could seal under the key that is about to go.
 */
function sealingKey(): Promise<CryptoKey> {
  current ??= (async () => {
    const fresh = (await browser.storage.session.get(SESSION_MARK))[SESSION_MARK] !== true;
    const key = await settleKey(await newKey(), fresh);
    if (fresh) await browser.storage.session.set({ [SESSION_MARK]: true });
    return key;
  })();
  // A failed open must not stick: the next call tries again.
  current.catch(() => (current = undefined));
  return current;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Base64 of large buffers without spreading them onto the call stack. */
function bufferToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += toBase64(bytes.subarray(i, i + 0x8000));
  return out;
}

export async function readEntry(name: string): Promise<VaultEntry | undefined> {
  const stored = (await browser.storage.session.get(name))[name] as Partial<SealedEntry> | undefined;
  if (!stored || typeof stored.iv !== 'string' || typeof stored.sealed !== 'string') return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(stored.iv), additionalData: new TextEncoder().encode(name) },
      await sealingKey(),
      fromBase64(stored.sealed),
    );
    const map = JSON.parse(new TextDecoder().decode(plain)) as PlaceholderMap;
    return { map, touched: stored.touched ?? 0 };
  } catch {
    // Sealed under a key of an earlier browser session, or damaged: as if never written.
    return undefined;
  }
}

/**
 * A conversation's entry (`name`, from `entryName`) or, while it has none, the entry of the
 * conversation it continues (`inherit`: a new chat keeps its numbering once the site gives it a URL).
 */
export async function readConversation(
  name: string,
  origin: string,
  inherit: string | undefined,
): Promise<VaultEntry | undefined> {
  return (await readEntry(name)) ?? (inherit ? readEntry(await entryName(origin, inherit)) : undefined);
}

export async function writeEntry(name: string, entry: VaultEntry): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(name) },
    await sealingKey(),
    new TextEncoder().encode(JSON.stringify(entry.map)),
  );
  const record: SealedEntry = { iv: toBase64(iv), sealed: bufferToBase64(sealed), touched: entry.touched };
  await browser.storage.session.set({ [name]: record });
}
