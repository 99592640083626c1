/**
 * Noticing a lost trail. The hash chain proves that no event was changed or removed from the
 * middle, but a deleted (or reset) IndexedDB database simply starts a fresh chain that verifies.
 * So after every write the background keeps the chain's head in `storage.local` (sequence number
 * and hash: no event content); before the next write, and when the worker starts, a database
 * whose head is behind that mark has lost events, and the caller records that as an event of its
 * own. The head never goes back on its own: retention and "clear history" keep it (the chain goes
 * on from an anchor).
 */
import type { AuditStore } from '../audit/store';
import { browser } from '../platform/browser';

const MARK_KEY = 'audit.trail';

interface Mark {
  seq: number;
  hash: string;
}

const readMark = async (): Promise<Mark | undefined> => {
  const m = (await browser.storage.local.get(MARK_KEY))[MARK_KEY] as Partial<Mark> | undefined;
  return m && typeof m.seq === 'number' && typeof m.hash === 'string' ? { seq: m.seq, hash: m.hash } : undefined;
};

/** The last sequence number that is gone, when the database's head is behind the mark; else undefined. */
export async function checkTrail(store: AuditStore): Promise<number | undefined> {
  const mark = await readMark();
  if (!mark) return undefined;
  const { head } = await store.chainEnds();
  const behind = head.seq < mark.seq || (head.seq === mark.seq && head.hash !== mark.hash);
  return behind ? mark.seq : undefined;
}

/**
 * Remembers the database's current head after a write. It reads the head the database has now, so
 * writers finishing out of order agree; a head BEHIND the mark means events were lost since, and
 * the mark stays until that loss is recorded (`lossRecorded`: then it comes down to the new chain).
 */
export async function markTrail(store: AuditStore, lossRecorded = false): Promise<void> {
  const { head } = await store.chainEnds();
  const mark = await readMark();
  if (!lossRecorded && mark && head.seq < mark.seq) return;
  await browser.storage.local.set({ [MARK_KEY]: { seq: head.seq, hash: head.hash } });
}
