import type { EntityType, Finding } from './types';
import { placeholderFor, placeholderRegex } from './placeholder';

const PLACEHOLDERS = placeholderRegex('g');

/**
 * Redaction operators (Presidio's anonymizer, reduced to what a chat prompt needs):
 *  - placeholder (default): `[EMAIL_1]`, numbered per conversation: the same value always gets the same
 *    placeholder, and the map goes back to the caller so replies can be restored locally;
 *  - mask: keeps just enough to recognise the value (`**** 4242`, `j***@a***.com`); not reversible;
 *  - remove: deletes the value.
 * INVISIBLE_TEXT is always removed, whatever the operator: hidden characters have nothing to restore.
 */

export type Operator = 'placeholder' | 'mask' | 'remove';

/** Placeholder prefix per type. EMAIL_ADDRESS must stay `EMAIL` (the content script and its tests rely on it). */
export const PLACEHOLDER_NAMES: Record<EntityType, string> = {
  PERSON: 'NAME',
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'SSN',
  US_PASSPORT: 'PASSPORT',
  US_DRIVER_LICENSE: 'DRIVER_LICENSE',
  UK_NINO: 'NINO',
  UK_NHS: 'NHS',
  NATIONAL_ID: 'ID',
  BANK_ACCOUNT: 'ACCOUNT',
  CRYPTO_WALLET: 'WALLET',
  IP_ADDRESS: 'IP',
  MAC_ADDRESS: 'MAC',
  URL: 'URL',
  STREET_ADDRESS: 'ADDRESS',
  LOCATION: 'LOCATION',
  ORGANIZATION: 'ORG',
  DATE_TIME: 'DATE',
  DATE_OF_BIRTH: 'DOB',
  SECRET: 'SECRET',
  CUSTOM: 'CUSTOM',
  INVISIBLE_TEXT: 'INVISIBLE',
};

/**
 * Placeholder numbering for one conversation: the same value always gets the same placeholder.
 * The caller owns it (the extension keeps it in session storage); the detector stores nothing.
 */
export interface PlaceholderMap {
  /** placeholder -> original value */
  byPlaceholder: Record<string, string>;
  /** next number per type */
  counters: Partial<Record<EntityType, number>>;
}

export const emptyMap = (): PlaceholderMap => ({ byPlaceholder: {}, counters: {} });

export interface Redaction {
  text: string;
  map: PlaceholderMap;
  /** The placeholders used in this text, in order of appearance (placeholder operator only). */
  placeholders: string[];
}

export interface RedactOptions {
  /** Operator for every type without its own entry. Default 'placeholder'. */
  operator?: Operator;
  /** Per-type operators, e.g. `{ CREDIT_CARD: 'mask' }`. */
  operators?: Partial<Record<EntityType, Operator>>;
}

const NUMERIC_PREFIXES = new Set(['CARD', 'IBAN', 'PHONE', 'SSN', 'NHS', 'NINO', 'ID', 'PASSPORT', 'DRIVER_LICENSE']);

/** The identity of a value for numbering: "4242 4242…" and "4242-4242…" are one card, "Bob@X.com" one mailbox. */
function valueKey(prefix: string, value: string): string {
  const v = NUMERIC_PREFIXES.has(prefix)
    ? value.replace(/[^\p{L}\p{N}+]/gu, '').toUpperCase()
    : value.trim().replace(/\s+/g, ' ');
  return `${prefix}|${prefix === 'EMAIL' || prefix === 'NAME' ? v.toLowerCase() : v}`;
}

/** Replaces findings right to left so offsets stay valid. Overlapping findings are skipped (first one wins). */
export function redact(
  text: string,
  findings: readonly Finding[],
  map: PlaceholderMap = emptyMap(),
  options: RedactOptions = {},
): Redaction {
  const next: PlaceholderMap = { byPlaceholder: { ...map.byPlaceholder }, counters: { ...map.counters } };
  const byValue = new Map<string, string>();
  for (const [placeholder, value] of Object.entries(next.byPlaceholder)) {
    const prefix = placeholder.slice(1, placeholder.lastIndexOf('_'));
    byValue.set(valueKey(prefix, value), placeholder);
  }
  const ordered = [...findings]
    .filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const placeholders: string[] = [];
  let cursor = 0;
  for (const f of ordered) {
    if (f.start < cursor) continue;
    const value = text.slice(f.start, f.end);
    const op: Operator =
      f.type === 'INVISIBLE_TEXT' ? 'remove' : (options.operators?.[f.type] ?? options.operator ?? 'placeholder');
    let replacement: string;
    if (op === 'remove') replacement = '';
    else if (op === 'mask') replacement = maskValue(f.type, value);
    else {
      const prefix = PLACEHOLDER_NAMES[f.type] ?? 'PII';
      const key = valueKey(prefix, value);
      let placeholder = byValue.get(key);
      if (!placeholder) {
        const n = (next.counters[f.type] ?? 0) + 1;
        next.counters[f.type] = n;
        placeholder = placeholderFor(prefix, n);
        next.byPlaceholder[placeholder] = value;
        byValue.set(key, placeholder);
      }
      replacement = placeholder;
      placeholders.push(placeholder);
    }
    parts.push(text.slice(cursor, f.start), replacement);
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), map: next, placeholders };
}

/** Puts the original values back in place of the placeholders (for replies shown locally). */
export function restore(text: string, map: PlaceholderMap): string {
  return text.replace(PLACEHOLDERS, (p) => map.byPlaceholder[p] ?? p);
}

const STARS = '***';
const firstChar = (s: string): string => [...s.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '';

function lastDigits(value: string, keep: number, prefix = '****'): string {
  const digits = value.replace(/\D/g, '');
  return digits.length > keep * 2 ? `${prefix} ${digits.slice(-keep)}` : prefix;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1).split('.');
  const tld = domain.length > 1 ? domain.pop()! : '';
  return `${firstChar(value.slice(0, at))}${STARS}@${firstChar(domain[0] ?? '')}${STARS}${tld ? `.${tld}` : ''}`;
}

/** The `mask` operator: a recognisable, non-recoverable stand-in for a value. */
export function maskValue(type: EntityType, value: string): string {
  switch (type) {
    case 'CREDIT_CARD':
      return lastDigits(value, 4);
    case 'IBAN_CODE': {
      const chars = value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
      return chars.length > 8 ? `${chars.slice(0, 2)}** **** ${chars.slice(-4)}` : '****';
    }
    case 'PHONE_NUMBER':
      return lastDigits(value, 2, '*** ***');
    case 'US_SSN': {
      const digits = value.replace(/\D/g, '');
      return digits.length === 9 ? `***-**-${digits.slice(-4)}` : '***-**-****';
    }
    case 'EMAIL_ADDRESS':
      return value.includes('@') ? maskEmail(value) : `${firstChar(value)}${STARS}`;
    case 'PERSON':
      return value
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `${firstChar(w)}${STARS}`)
        .join(' ');
    case 'SECRET': {
      const prefix =
        /^(?:sk-ant-|sk-proj-|sk-|ghp_|gho_|ghs_|ghu_|ghr_|github_pat_|glpat-|xox[a-z]-|AKIA|ASIA|AIza|hf_|npm_|pypi-|sk_live_|sk_test_|rk_live_|eyJ|-----BEGIN [A-Z ]*-----)/.exec(
          value,
        );
      return `${prefix?.[0] ?? ''}********`;
    }
    case 'INVISIBLE_TEXT':
      return '';
    default:
      return `${firstChar(value)}${STARS}`;
  }
}

/** A short masked preview of a finding's value for audit logs and review dialogs; never the value itself. */
export function maskPreview(type: EntityType, value: string): string {
  if (type === 'INVISIBLE_TEXT') return `[${[...value].length} invisible]`;
  return maskValue(type, value).slice(0, 64);
}
