import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { nextMatch } from '../text';

/**
 * URL, reported only when it carries credentials: `user:password@` in the authority, or a query/fragment
 * parameter that is a token, key, signature or password (presigned S3/GCS/Azure SAS links, OAuth redirects,
 * magic login links). Plain links are not personal data and are not reported.
 */

// Scheme, then everything up to whitespace or a closing bracket/quote. Linear: one greedy class.
const URL_RE = /\b(?:jdbc:)?[a-z][a-z0-9+.-]{1,30}:\/\/[^\s<>"'`()[\]{}]+/gi;

// user:password@ (password non-empty) in the authority part.
const USERINFO = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/[^/?#@\s:]+:([^/?#@\s]+)@/i;

// Parameter names that carry a secret. Matched on the whole name (after an optional "x-amz-"/"x-goog-" prefix).
const SECRET_PARAMS = new Set([
  'token',
  'access_token',
  'accesstoken',
  'refresh_token',
  'id_token',
  'auth',
  'auth_token',
  'authtoken',
  'api_key',
  'apikey',
  'api-key',
  'key',
  'secret',
  'client_secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'sig',
  'signature',
  'credential',
  'security-token',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'jwt',
  'code',
  'private_token',
  'ticket',
]);

// Values that are obviously placeholders, not secrets.
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|<[^>]*>|\{[^}]*\}|\$\{?[\w.]+\}?|%[A-Z_]+%|:[a-z_]+|your[_-]?\w*|changeme|redacted|null|undefined|true|false|\d{1,6}|pass(?:word)?|secret|pwd|token|example)$/i;
// "USER:PASSWORD", "DB_PASS": documentation placeholders written as environment-variable names.
const ENV_NAME = /^[A-Z][A-Z0-9_]{3,}$/;

function secretParam(url: string): boolean {
  const q = url.search(/[?#]/);
  if (q < 0) return false;
  for (const pair of url.slice(q + 1).split(/[&#;]/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair
      .slice(0, eq)
      .toLowerCase()
      .replace(/^x-(?:amz|goog|ms)-/, '');
    const value = pair.slice(eq + 1);
    if (!SECRET_PARAMS.has(name) || value.length < 6 || PLACEHOLDER.test(decodeURIComponentSafe(value))) continue;
    return true;
  }
  return false;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const urlRecognizer: Recognizer = {
  id: 'url',
  phase: 'validated',
  types: ['URL'],
  find(scan) {
    const out: Finding[] = [];
    if (!scan.text.includes('://')) return out;
    URL_RE.lastIndex = 0;
    for (let m = nextMatch(URL_RE, scan.text); m; m = nextMatch(URL_RE, scan.text)) {
      // Sentence punctuation after a URL is not part of it.
      const raw = m[0].replace(/[.,;:!?]+$/, '');
      const creds = USERINFO.exec(raw);
      let score = 0;
      if (creds && !PLACEHOLDER.test(creds[1]!) && !ENV_NAME.test(creds[1]!)) score = 0.9;
      else if (secretParam(raw)) score = 0.85;
      if (score > 0) out.push({ type: 'URL', start: m.index, end: m.index + raw.length, score, recognizer: 'url' });
    }
    return out;
  },
};
