/**
 * Internal AI sites an admin lists in `extraSites`: each entry becomes an adapter like the built-in
 * ones. Pure: the content script, the service worker and the options page all read entries here,
 * so they agree on which entry is usable, which origin it needs and what its site id is.
 */
import type { SiteAdapter } from './types';

/** One `extraSites` entry as policy holds it (the policy layer's ExtraSite has this shape). */
export interface ExtraSiteEntry {
  readonly name: string;
  /** A host name (`ai.corp.example`) or its https origin (`https://ai.corp.example`, optionally `/*`). */
  readonly match: string;
  /** A CSS selector, or `generic` for any textarea or contenteditable box. */
  readonly composer: string;
  /** A CSS selector, or `generic` (or empty) for a send-like button. */
  readonly sendButton: string;
  /** A CSS selector for one AI reply; empty: replies are not labelled. */
  readonly reply: string;
}

/** Why an entry cannot be guarded; the options page words each one. */
export type ExtraSiteProblem = 'bad-match' | 'built-in' | 'duplicate';

export type ParsedExtraSite =
  | { readonly ok: true; readonly host: string; readonly origin: string; readonly entry: ExtraSiteEntry }
  | { readonly ok: false; readonly problem: ExtraSiteProblem; readonly entry: ExtraSiteEntry };

export const GENERIC = 'generic';

/**
 * The composer when the admin says `generic`: the editors internal portals are built on (Open WebUI,
 * LibreChat, Azure OpenAI front ends: a textarea or a ProseMirror/TipTap contenteditable, 2026-12).
 */
export const GENERIC_COMPOSER: readonly string[] = [
  'textarea:not([readonly]):not([disabled])',
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable="true"]',
];

/** Send controls when the admin says `generic`: a submit button, or one labelled as sending. */
export const GENERIC_SEND: readonly string[] = [
  'button[type="submit"]',
  'button[aria-label*="send" i]',
  'button[title*="send" i]',
  'button[data-testid*="send" i]',
  'button[id*="send" i]',
];

/** Letters, digits and dashes in dot-separated labels: a host name and nothing else. */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const ORIGIN = /^https:\/\/([^/:?#]+)(\/\*?)?$/;

/** The host an entry's `match` names, or undefined when it is not a plain host or https origin. */
export function hostOf(match: string): string | undefined {
  const text = match.trim().toLowerCase();
  const host = ORIGIN.exec(text)?.[1] ?? text;
  return HOST.test(host) ? host : undefined;
}

/**
 * Site id recorded in the audit trail and used in `disabledSites`: `extra-` and the host with dots
 * as dashes. Derived from the host alone, so the content script knows it before settings arrive.
 */
export const extraSiteId = (host: string): string => `extra-${host.replace(/\./g, '-')}`.slice(0, 40);

export const isExtraSiteId = (id: string): boolean => id.startsWith('extra-');

/** Checks every entry: usable ones carry their host and permission origin; the rest say why not. */
export function parseExtraSites(
  entries: readonly ExtraSiteEntry[],
  isBuiltIn: (url: URL) => boolean,
): ParsedExtraSite[] {
  const seen = new Set<string>();
  return entries.map((entry): ParsedExtraSite => {
    const host = hostOf(entry.match);
    if (!host) return { ok: false, problem: 'bad-match', entry };
    if (isBuiltIn(new URL(`https://${host}/`))) return { ok: false, problem: 'built-in', entry };
    if (seen.has(host)) return { ok: false, problem: 'duplicate', entry };
    seen.add(host);
    return { ok: true, host, origin: `https://${host}/*`, entry };
  });
}

/** The permission origins of the usable entries, e.g. `https://ai.corp.example/*`. */
export const extraOrigins = (parsed: readonly ParsedExtraSite[]): string[] =>
  parsed.flatMap((p) => (p.ok ? [p.origin] : []));

const listOr = (value: string, generic: readonly string[]): string[] =>
  value.trim() === '' || value.trim().toLowerCase() === GENERIC ? [...generic] : [value.trim()];

/** The adapter for one usable entry. */
export function adapterFromEntry(entry: ExtraSiteEntry, host: string): SiteAdapter {
  return {
    id: extraSiteId(host),
    name: entry.name.trim() || host,
    matches: [`https://${host}/*`],
    selectors: {
      composer: listOr(entry.composer, GENERIC_COMPOSER),
      sendButton: listOr(entry.sendButton, GENERIC_SEND),
      reply: entry.reply.trim() === '' ? [] : [entry.reply.trim()],
    },
    firstPartyHosts: [host],
  };
}

/** The adapter for `url` from the usable entries, if one lists its host. */
export function extraSiteForUrl(
  url: URL,
  entries: readonly ExtraSiteEntry[],
  isBuiltIn: (url: URL) => boolean,
): SiteAdapter | undefined {
  if (url.protocol !== 'https:') return undefined;
  const hit = parseExtraSites(entries, isBuiltIn).find((p) => p.ok && p.host === url.hostname);
  return hit?.ok ? adapterFromEntry(hit.entry, hit.host) : undefined;
}

/**
 * The adapter a content script on an extra site starts with, before settings arrive: its id and
 * host are known from the URL; its name and selectors follow the entry once settings name it
 * (generic until then: sends and pastes wait for settings anyway, content/policy-wait.ts).
 */
export function liveExtraSite(
  url: URL,
  entries: () => readonly ExtraSiteEntry[],
  isBuiltIn: (url: URL) => boolean,
): SiteAdapter {
  const fallback = adapterFromEntry(
    { name: '', match: url.hostname, composer: '', sendButton: '', reply: '' },
    url.hostname,
  );
  const current = (): SiteAdapter => extraSiteForUrl(url, entries(), isBuiltIn) ?? fallback;
  return {
    id: fallback.id,
    get name() {
      return current().name;
    },
    matches: fallback.matches,
    get selectors() {
      return current().selectors;
    },
    firstPartyHosts: fallback.firstPartyHosts,
  };
}
