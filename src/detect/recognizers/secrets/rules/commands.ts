import { isPlaceholderValue } from '../allowlist';
import { decodeBase64 } from '../base64';
import { shannonEntropy } from '../entropy';
import type { MatchContext, SecretRule } from '../rule';
import { credentialKey } from './generic';

/*
 * Credentials in commands and config files, found by where they stand rather than by their shape: the
 * argument of `curl -u`, the value of an auth header given to curl, the data of a Kubernetes Secret, the body
 * of an XML element or the `value` beside a `key` attribute that names a password. Formats: gitleaks
 * curl-auth-user, curl-auth-header, kubernetes-secret-yaml, nuget-config-password.
 */

/** A shell word: quoted, or bare up to whitespace; `user:'pass'` halves may be quoted apart. */
const SHELL_WORD = String.raw`(?:'[^'\r\n]{1,200}'|"[^"\r\n]{1,200}"|[^\s'"]{1,200}(?:'[^'\r\n]{0,200}'|"[^"\r\n]{0,200}")?)`;

const unquote = (s: string): string => s.replace(/["']/g, '');

/** `user:password` of curl -u: a password of 3+ characters that is neither a variable nor a stand-in. */
function userPassword(secret: string): boolean {
  const plain = unquote(secret);
  const colon = plain.indexOf(':');
  if (colon < 0) return false;
  const password = plain.slice(colon + 1);
  if (password.length < 3 || password.startsWith('$') || isPlaceholderValue(password)) return false;
  if (isPlaceholderValue(plain)) return false;
  return !isPlaceholderValue(plain.slice(0, colon)) || password.length >= 8;
}

/** A header value that carries a credential: a token, not a media type, a variable or a stand-in. */
function headerCredential(secret: string): boolean {
  // Bearer and Basic values are the authorization-* rules' (they report the token alone, or decode it).
  if (/^(?:Bearer|Basic)\s/i.test(secret)) return false;
  const token = secret.replace(/^(?:Token|Digest|Api-?Key|SSWS)\s+/i, '').trim();
  return (
    token.length >= 8 &&
    !/\s/.test(token) &&
    !token.startsWith('$') &&
    !/[{}()[\]<>]/.test(token) &&
    !isPlaceholderValue(token) &&
    (/[0-9]/.test(token) || shannonEntropy(token) >= 3.5)
  );
}

/** Whether the text declares a Kubernetes Secret (`kind: Secret`, any case, anywhere: keys come in any order). */
const KIND_SECRET = /(?:^|\n)[ \t]*kind:[ \t]*["']?secret["']?[ \t]*(?:\r?\n|$)/i;

const DATA_KEY = /^([ \t]*)(?:data|stringData|binaryData):[ \t]*$/;

/**
 * Where the entries of a Secret's `data:` (and `stringData:`) maps start: the lines indented under such a key, in a
 * text that declares a Secret only.
 */
function secretEntryStarts(text: string): number[] {
  const out: number[] = [];
  if (!KIND_SECRET.test(text)) return out;
  let dataIndent = -1;
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le).replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    const data = DATA_KEY.exec(line);
    if (data) dataIndent = data[1]!.length;
    else if (line.trim() !== '' && dataIndent >= 0) {
      if (indent > dataIndent) out.push(ls);
      else dataIndent = -1;
    }
    ls = le + 1;
  }
  return out;
}

/** A data value of a Secret: base64 that decodes (a value of a `|` or `>` block may wrap over lines). */
function secretData(_secret: string, ctx: MatchContext): boolean {
  const value = ctx.match[3] ?? '';
  return value.length >= 8 && decodeBase64(value) !== null;
}

/** Keys of XML elements and attributes that name a password or a token. */
const XML_CREDENTIAL_KEY = String.raw`[\w.:-]{0,30}?(?:passw(?:or)?d|pwd|secret|token|api-?key|access-?key|credential)[\w.:-]{0,20}?`;

/** The element or attribute name that holds the value: the tag, or the `key` attribute. */
const xmlKey = (ctx: MatchContext): string =>
  /^<([\w.:-]+)|key=["']([^"']+)/.exec(ctx.match[0])?.slice(1).join('') ?? '';

function xmlValue(secret: string, ctx: MatchContext): boolean {
  return (
    credentialKey(xmlKey(ctx)) &&
    secret.length >= 4 &&
    /[\p{L}\p{N}]/u.test(secret) &&
    !isPlaceholderValue(secret) &&
    !/^(?:true|false|\d{1,6})$/i.test(secret)
  );
}

export const commandRules: SecretRule[] = [
  {
    // curl -u user:password, --user 'user:password', -uuser:password.
    id: 'curl-user',
    provider: 'HTTP Basic credentials',
    keywords: ['-u', '--user'],
    pattern: new RegExp(String.raw`(?=-)(?<![\w-])(?:-u[ \t]*|--user(?:[ \t]+|=))(${SHELL_WORD})`, 'dg'),
    validate: userPassword,
    score: 0.85,
  },
  {
    // curl -H "Authorization: …", --header 'X-Api-Token: …': the value of a header whose name says credential.
    id: 'curl-auth-header',
    provider: 'HTTP Authorization',
    keywords: ['-h', '--header'],
    pattern:
      /(?=-)(?<![\w-])(?:-H|--header)[ \t]+(["'])[\w-]{0,30}(?:auth|token|key|secret|session|cookie)[\w-]{0,30}:[ \t]*(?<secret>[^"'\r\n]{4,300})\1/dgi,
    validate: headerCredential,
    score: 0.85,
  },
  {
    // The data of a Kubernetes Secret: every `name: base64` under `data:` is a credential, whatever its name
    // (`.dockercfg: |` blocks included). Span: the entry, name and value (as gitleaks reports it).
    id: 'kubernetes-secret-data',
    provider: 'Kubernetes Secret',
    keywords: ['secret'],
    pattern:
      /[ \t]+((["']?)[\w.-]{1,60}\2:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?([A-Za-z0-9+/]{8,8000}={0,2}))(?=[ \t]*(?:\r?\n|$))/dg,
    validate: secretData,
    score: 0.85,
    starts: secretEntryStarts,
  },
  {
    // <password>…</password>, <add key="ClearTextPassword" value="…" /> (NuGet, app.config), <Token>…</Token>.
    id: 'xml-credential',
    provider: 'Password',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
    pattern: new RegExp(
      String.raw`<${XML_CREDENTIAL_KEY}(?:[ \t][^<>]{0,200})?>([^<>\s]{1,200})</|\bkey=["']${XML_CREDENTIAL_KEY}["'][ \t]+value=["']([^"'\r\n]{1,200})["']`,
      'dgi',
    ),
    validate: xmlValue,
    score: 0.8,
  },
];
