/**
 * The admin's `extraSites` as the user sees them: each entry with whether Veil may run there yet.
 * Access is the user's to grant (browsers let no policy pre-grant it: docs/admin.md), so the
 * options page asks, and the popup points there while any is missing.
 */
import { useEffect, useState } from 'preact/hooks';
import { isBuiltIn, parseExtraSites, type ExtraSiteEntry, type ExtraSiteProblem } from '../../sites';
import { browser } from '../../platform/browser';

export type ExtraSiteState = 'granted' | 'needed' | ExtraSiteProblem | 'bad-selector';

export interface ExtraSiteRow {
  name: string;
  match: string;
  /** The permission origin, for usable entries. */
  origin?: string;
  state: ExtraSiteState;
  /** The selector that is not valid CSS (state `bad-selector`). */
  badSelector?: string;
}

/** The first of the entry's selectors the browser cannot parse (`generic` and empty are fine). */
function badSelector(entry: ExtraSiteEntry): string | undefined {
  return [entry.composer, entry.sendButton, entry.reply]
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.toLowerCase() !== 'generic')
    .find((s) => {
      try {
        document.createDocumentFragment().querySelector(s);
        return false;
      } catch {
        return true;
      }
    });
}

export async function extraSiteRows(entries: readonly ExtraSiteEntry[]): Promise<ExtraSiteRow[]> {
  return Promise.all(
    parseExtraSites(entries, isBuiltIn).map(async (p): Promise<ExtraSiteRow> => {
      const base = { name: p.entry.name, match: p.entry.match };
      if (!p.ok) return { ...base, state: p.problem };
      const bad = badSelector(p.entry);
      if (bad !== undefined) return { ...base, origin: p.origin, state: 'bad-selector', badSelector: bad };
      const granted = await browser.permissions.contains({ origins: [p.origin] }).catch(() => false);
      return { ...base, origin: p.origin, state: granted ? 'granted' : 'needed' };
    }),
  );
}

/** The rows, re-read whenever access is granted or withdrawn (here, or in the browser's settings). */
export function useExtraSiteRows(entries: readonly ExtraSiteEntry[] | undefined): ExtraSiteRow[] | undefined {
  const [rows, setRows] = useState<ExtraSiteRow[]>();
  const key = JSON.stringify(entries ?? null);
  useEffect(() => {
    if (!entries) return;
    const read = (): void => void extraSiteRows(entries).then(setRows);
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, [key]); // `key` is the entries' content: a new array with the same entries re-reads nothing
  return rows;
}
