/**
 * Which conversations a tab may read back from the vault: only those it redacted into itself.
 *
 * The conversation name comes from the content script, which takes it from `location.pathname`,
 * and a page can `pushState` to any path. Without this, a fresh tab of the same site could move to
 * another conversation's path and have `vault/lookup` answer with that conversation's values. So
 * `vault/redact` grants the entry it wrote to the sending tab (the browser's sender record, not
 * the payload), and `vault/lookup` opens only granted entries. A reload keeps the tab's grants
 * (same tab id); a closed tab loses them.
 *
 * Kept in `storage.session` (the worker may stop at any moment), under the entries' hashed names:
 * no URL is stored.
 */
import { browser, type Runtime } from '../platform/browser';

const GRANTS_KEY = 'vault-grants';
/** Per tab, as many conversations as the vault keeps (vault.ts MAX_CONVERSATIONS). */
const MAX_PER_TAB = 300;

type Grants = Record<string, string[]>;

let queue: Promise<unknown> = Promise.resolve();
/** One read-modify-write at a time: two redactions in one tick must not drop a grant. */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

const readGrants = async (): Promise<Grants> =>
  ((await browser.storage.session.get(GRANTS_KEY))[GRANTS_KEY] ?? {}) as Grants;

export function tabOf(sender: Runtime.MessageSender): string | undefined {
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 ? String(id) : undefined;
}

/** Lets the sender's tab read `entry` back (called after `vault/redact` wrote it). */
export function grantEntry(sender: Runtime.MessageSender, entry: string): Promise<void> {
  const tab = tabOf(sender);
  if (!tab) return Promise.resolve();
  return serialised(async () => {
    const grants = await readGrants();
    const list = (grants[tab] ?? []).filter((e) => e !== entry);
    list.push(entry); // most recent last; the oldest go beyond the cap
    grants[tab] = list.slice(-MAX_PER_TAB);
    await browser.storage.session.set({ [GRANTS_KEY]: grants });
  });
}

/** Whether the sender's tab redacted into `entry`. */
export async function isGranted(sender: Runtime.MessageSender, entry: string): Promise<boolean> {
  const tab = tabOf(sender);
  if (!tab) return false;
  return (await readGrants())[tab]?.includes(entry) ?? false;
}

/** Forgets a closed tab's grants (a new tab may get the same id only in a later session, but be sure). */
export function revokeTab(tabId: number): Promise<void> {
  return serialised(async () => {
    const grants = await readGrants();
    if (!grants[String(tabId)]) return;
    delete grants[String(tabId)];
    await browser.storage.session.set({ [GRANTS_KEY]: grants });
  });
}

/** Registered at the worker's top level. */
export function watchTabsForGrants(): void {
  browser.tabs?.onRemoved?.addListener((tabId: number) => void revokeTab(tabId).catch(() => undefined));
}
