import { isDocumentationToken, isPlaceholderValue, looksLikeCode } from '../allowlist';
import { decodeBase64, isPrintableAscii } from '../base64';
import { shannonEntropy } from '../entropy';
import type { MatchContext, SecretRule } from '../rule';
import { occurrences, schemeStarts, SEP } from './util';

/*
 * Format-level secrets that are not tied to one vendor: JWTs, PEM private keys, credentials in
 * URIs, HTTP Authorization headers and `password=` / `token:` assignments. These rules come last:
 * when a vendor rule and a generic rule report the same span, the vendor label wins (index.ts).
 */

// ---------------------------------------------------------------------------------------------
// JWT

/** A JWT's first segment is base64url JSON with an "alg" member (RFC 7515 §4.1.1). */
function isJwt(secret: string): boolean {
  const header = decodeBase64(secret.slice(0, secret.indexOf('.')));
  if (header === null) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as Record<string, unknown>).alg === 'string';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// PEM private keys

const PEM_MAX_BODY = 20_000;

/** Base64 body characters of a PEM block, plus line breaks and the "\n" escapes of JSON strings. */
function isPemBodyChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    (c >= 48 && c <= 57) || // 0-9
    c === 43 || // +
    c === 47 || // /
    c === 61 || // =
    c === 10 || // \n
    c === 13 || // \r
    c === 92 // backslash of an escaped \n
  );
}

/**
 * Where a PEM block that starts at `from` (just after its BEGIN line) ends. With an END line
 * within reach: after that line's closing dashes. Without one (a truncated paste): after the last
 * complete base64 line. The next "-----END" is remembered in `state`, so many BEGIN lines without
 * an END cost one pass over the text, not one pass each.
 */
function pemBlockEnd(text: string, from: number, state: Record<string, number>): number {
  let endAt = state.pemEnd ?? -2;
  if (endAt !== -1 && endAt < from) {
    endAt = text.indexOf('-----END', from);
    state.pemEnd = endAt;
  }
  if (endAt >= 0 && endAt - from <= PEM_MAX_BODY) {
    const close = text.slice(endAt + 8, endAt + 80).indexOf('-----');
    if (close >= 0) return endAt + 8 + close + 5;
  }
  const limit = Math.min(text.length, from + PEM_MAX_BODY);
  let i = from;
  while (i < limit && isPemBodyChar(text.charCodeAt(i))) i++;
  // Stopped inside a line that is not base64 ("…AB==\nThanks for…"): back up to the last line
  // break. A line break, the dashes of another marker or a closing quote end the body cleanly.
  if (i < text.length && !/[\r\n"'\x60-]/.test(text[i] ?? '')) {
    const lastBreak = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\\n', i - 1));
    if (lastBreak > from) i = lastBreak;
  }
  while (i > from && /[\s\\]/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** At least 64 base64 characters between the BEGIN line and the END line (gitleaks private-key). */
function hasPemBody(secret: string): boolean {
  const bodyStart = secret.indexOf('-----', 10) + 5;
  const endAt = secret.indexOf('-----END', bodyStart);
  const body = secret.slice(bodyStart, endAt < 0 ? secret.length : endAt).replace(/\\[nr]/g, '');
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47) n++;
  }
  return n >= 64;
}

// ---------------------------------------------------------------------------------------------
// Credentials in URIs

// Passwords that are the product's documented default or a docs stand-in (secretlint
// database-connection-string ignore list, plus the images' defaults: postgres/postgres, guest/guest).
const DEFAULT_PASSWORDS = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'rabbit',
  'rabbitmq',
  'guest',
  'sa',
  'pass',
  'passwd',
  'password',
  'pwd',
  'secret',
  'changeme',
  'mypassword',
  'yourpassword',
  'x-oauth-basic',
]);

const PLACEHOLDER_HOST = /^(?:host|hostname|server|your[-_.]?host\S*)$|(?:^|\.)example\.(?:com|org|net)$/i;

/** Checks shared by connection strings and URL credentials. The secret is `user:password` or `password`. */
function uriCredentials(secret: string, ctx: MatchContext): boolean {
  const colon = secret.indexOf(':');
  const user = colon < 0 ? '' : secret.slice(0, colon);
  const password = colon < 0 ? secret : secret.slice(colon + 1);
  if (password.length < 3 || /^\d{1,5}$/.test(password)) return false; // "host:8080@" is a port
  const lower = password.toLowerCase();
  if (DEFAULT_PASSWORDS.has(lower) || lower === user.toLowerCase()) return false;
  if (isPlaceholderValue(password)) return false;
  const host = /^@([^/?#\s:]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 260));
  return !(host?.[1] && PLACEHOLDER_HOST.test(host[1]));
}

/**
 * scheme://user:password@host. Span: the whole `user:password` (the user name is half of the
 * credential and often names the account); `password` alone when the user is empty (redis://:pw@).
 */
function connectionString(id: string, provider: string, schemes: string, keywords: string[]): SecretRule {
  return {
    // format: secretlint database-connection-string (mongodb, mysql, postgres, jdbc), extended to the
    // other schemes that carry passwords the same way.
    id,
    provider,
    keywords,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])(?:${schemes}):\/\/(?:([^\s:/?#@'"\x60<>]{1,100}:[^\s/?#'"\x60<>]{1,200})|:([^\s/?#'"\x60<>]{1,200}))(?=@[A-Za-z0-9.[\]_-])`,
      'dgi',
    ),
    validate: uriCredentials,
    score: 0.9,
    starts: schemeStarts,
  };
}

// ---------------------------------------------------------------------------------------------
// Assignments: password = …, token: …, "api_key": "…"

/** Value after a separator: double-, single- or back-quoted, or bare up to whitespace , ; or a `&k=`. */
const VALUE = String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|\x60([^\x60\r\n]{1,200})\x60|((?:[^\s"'\x60,;&]|&(?![\w.-]{1,40}=)){0,199}(?:[^\s"'\x60,;&)\]}>]|&(?![\w.-]{1,40}=))))`;

const PASSWORD_KEY = String.raw`passw(?:or)?d|passwort|passphrase|passcode|(?<![A-Za-z])pwd|(?<![A-Za-z])pass(?=["'\x60]?[ \t]*(?:=>|:=|=|:))`;

const SECRET_KEY = String.raw`secret|token|credentials?|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|app[_.-]?key|auth[_.-]?key|license[_.-]?key|session[_.-]?key`;

/** Last word of a key name that makes the value a setting about the secret, not the secret. */
const NOT_A_SECRET_LAST = new Set(
  (
    'length len size min max count policy hint prompt label field name names type types id ids url uri urls endpoint ' +
    'path file dir directory env var header param regex pattern rule rules reset confirm confirmation hash hashed ' +
    'salt expiry expires expiration ttl timeout required enabled strength format placeholder input text attempts ref ' +
    'version limit usage tokenizer tokens less store manager provider service source location mode method scheme ' +
    'template kind index budget column table prefix suffix algorithm alg encoding visible visibility toggle icon ' +
    'error errors message msg validation validator rotation generator callback handler fn func mask masked'
  ).split(' '),
);

/** Any word of a key name that says the value is public or not a credential (max_tokens, csrf_token). */
const NOT_A_SECRET_WORD = new Set(
  (
    'public publishable pub csrf xsrf max min num next prev page continuation cursor sync total prompt completion ' +
    'bos eos pad unk sep cls special forgot forgotten show hide'
  ).split(' '),
);

/** Words before a bare KEY that make it a data key, not a credential (primary_key, cacheKey). */
const DATA_KEY_WORD = new Set(
  (
    'primary foreign sort cache partition hash range lookup map row column col index idx object group idempotency ' +
    'dedupe dedup unique composite natural surrogate i18n translation label message list item field attr attribute ' +
    'react render query route bucket file path image asset hot shortcut keyboard dict json yaml meta metadata schema ' +
    'model entity event locale lang foreign ssh pgp gpg registry storage state local sorting'
  ).split(' '),
);

// Module constants, not literals: a regex literal in a function is a new RegExp object at every evaluation.
const KEY_CHAR = /[\w.-]/;
const ASSIGNMENT = /["'\x60]?[ \t]*(?:=>|:=|=|:)/;
const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;
const NON_ALNUM = /[^a-z0-9]+/;
const WHITESPACE = /\s/;
const PATH_START = /^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)/;

/** Key name around the match: scans back from the keyword to the start of the identifier. */
function keyName(ctx: MatchContext): string {
  const { text, match } = ctx;
  let start = match.index;
  const stop = Math.max(0, start - 64);
  while (start > stop && KEY_CHAR.test(text[start - 1] ?? '')) start--;
  const sep = match[0].search(ASSIGNMENT);
  return text.slice(start, match.index + (sep < 0 ? match[0].length : sep));
}

/** snake_case, kebab-case, dotted and camelCase key names to lowercase words. */
function keyWords(key: string): string[] {
  return key
    .replace(CAMEL_HUMP, '$1 $2')
    .toLowerCase()
    .split(NON_ALNUM)
    .filter((w) => w !== '');
}

/**
 * A word of a key name that is a credential word, or ends in one ("dbpassword", "masterkey", "secrets"): the
 * keyword the pattern met must end a word of the key, not start a longer one ("keying", "tokenizer", "secretary").
 */
const CREDENTIAL_WORD_END =
  /(?:pass(?:w(?:or)?d|wort|phrase|code)?|pwd|secret|token|credentials?|key|auth|login)s?\d*$/;

function keyIsCredential(ctx: MatchContext, dataWords?: Set<string>): boolean {
  return credentialKey(keyName(ctx), dataWords);
}

/** Whether a key name (`db_password`, `UserSecretsId`, `api-key`) names a credential, not a setting about one. */
export function credentialKey(key: string, dataWords?: Set<string>): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last !== undefined && NOT_A_SECRET_LAST.has(last)) return false;
  if (!words.some((w) => CREDENTIAL_WORD_END.test(w))) return false;
  return !words.some((w) => NOT_A_SECRET_WORD.has(w) || (dataWords?.has(w) ?? false));
}

/** Bare value (no quotes): groups 1-3 are the quoted forms in VALUE. */
const isBare = (ctx: MatchContext): boolean => ctx.match[4] !== undefined;

/** "colors.primary.500", "errors.auth.expired": dotted identifiers are lookups, not secrets. */
const IDENTIFIER_PATH = /^[A-Za-z_][\w-]*(?:\.[\w-]+)+$/;
const isIdentifierPath = (v: string): boolean =>
  IDENTIFIER_PATH.test(v) && v.split('.').every((seg) => /^(?:[a-z_-]+|[A-Z_-]+|[0-9]+)$/.test(seg));

/** A letter or a digit: a value of punctuation alone (",.:-@*?!") is a separator or a mask, not a credential. */
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/**
 * A quoted value of a few words after a credential key: a passphrase ("correct horse battery staple"). Not a
 * sentence or a label (ends in punctuation, names the credential, asks for it: "Enter your password").
 */
const PASSPHRASE = /^[^\s]{1,24}(?: [^\s]{1,24}){1,7}$/;
const LABEL_WORDS =
  /\b(?:pass(?:word|wd|phrase|code)?|pwd|secret|token|key|enter|your|type|please|must|should|invalid|incorrect|wrong|new|old|current|confirm|forgot|reset|required|not|is|are|the|for)\b/i;
const isPassphrase = (value: string, ctx: MatchContext): boolean =>
  !isBare(ctx) &&
  ctx.match[3] === undefined && // a back-quoted value is a shell command: `etcdctl get /x`
  PASSPHRASE.test(value) &&
  !LABEL_WORDS.test(value) &&
  !/[.?!:…]$/.test(value);

/** Shared value gates for assignments. */
function plausibleValue(value: string, ctx: MatchContext): boolean {
  if (!ALPHANUMERIC.test(value)) return false;
  if (WHITESPACE.test(value) && !isPassphrase(value, ctx)) return false;
  if (value.includes('://') || isPlaceholderValue(value)) return false;
  if (isBare(ctx) && looksLikeCode(value)) return false;
  if (PATH_START.test(value) || isIdentifierPath(value)) return false; // paths
  return true;
}

function plausiblePassword(value: string, ctx: MatchContext): boolean {
  return (
    value.length >= 6 &&
    value.length <= 128 &&
    shannonEntropy(value) >= 2 &&
    plausibleValue(value, ctx) &&
    keyIsCredential(ctx)
  );
}

/** Tokens are machine-made: long, high entropy, and (like gitleaks' ^[a-zA-Z_.-]+$ allowlist) not just letters. */
function plausibleToken(value: string, ctx: MatchContext, dataWords?: Set<string>): boolean {
  return (
    value.length >= 12 &&
    (/[0-9]/.test(value) ||
      (/[+/=]/.test(value) && value.length >= 20) ||
      symbolKinds(value) >= 4 ||
      isPassphrase(value, ctx)) &&
    shannonEntropy(value) >= 3 &&
    plausibleValue(value, ctx) &&
    keyIsCredential(ctx, dataWords)
  );
}

/** How many different ASCII symbols a value holds: a value made with many ("m{{h}o)p$…") is typed, not a word. */
function symbolKinds(value: string): number {
  const seen = new Set<string>();
  for (const c of value) if (/[!-/:-@[-`{-~]/.test(c)) seen.add(c);
  return seen.size;
}

const tokenScore = (value: string): number => (shannonEntropy(value) >= 4 && value.length >= 20 ? 0.8 : 0.7);

// ---------------------------------------------------------------------------------------------

export const genericRules: SecretRule[] = [
  {
    // format: gitleaks jwt (eyJ header, eyJ payload, signature); the header must decode to JSON
    // with "alg", so other dotted base64 is left alone. Unsigned tokens (alg "none") have an empty signature,
    // or none at all when pasted without the last dot.
    id: 'jwt',
    provider: 'JWT',
    keywords: ['eyj'],
    pattern:
      // (?=eyJ) first: the look-behind is then tried only there, not at every position of the text.
      /(?=eyJ)(?<![A-Za-z0-9_.-])(eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,16384}(?:\.[A-Za-z0-9_-]{0,4096})?)(?![A-Za-z0-9_.-])/dg,
    minEntropy: 3,
    validate: isJwt,
    starts: (text) => occurrences(text, 'eyJ'),
  },
  {
    // format: gitleaks private-key, secretlint privatekey. RSA, EC, DSA, OPENSSH, PGP (… BLOCK),
    // ENCRYPTED and plain PKCS#8 keys. Span: the whole block, BEGIN line to END line; a block cut
    // off before its END line is reported up to its last base64 line, with a lower score.
    id: 'private-key',
    provider: 'Private Key',
    keywords: ['-----begin'],
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/dg,
    blockEnd: pemBlockEnd,
    validate: hasPemBody,
    score: (secret) => (secret.includes('-----END') ? 1 : 0.9),
  },
  connectionString('postgres-uri', 'PostgreSQL', 'postgres(?:ql)?', ['postgres']),
  connectionString('mysql-uri', 'MySQL', 'mysqlx?|mariadb', ['mysql', 'mariadb']),
  connectionString('mongodb-uri', 'MongoDB', String.raw`mongodb(?:\+srv)?`, ['mongodb']),
  connectionString('redis-uri', 'Redis', 'rediss?|valkey', ['redis', 'valkey']),
  connectionString('amqp-uri', 'RabbitMQ', 'amqps?', ['amqp']),
  connectionString('sqlserver-uri', 'SQL Server', 'mssql|sqlserver', ['mssql', 'sqlserver']),
  {
    // JDBC URLs carry the password as a parameter: jdbc:postgresql://h/db?user=u&password=…,
    // jdbc:sqlserver://h;user=u;password=…;
    id: 'jdbc-password',
    provider: 'JDBC',
    keywords: ['jdbc:'],
    pattern:
      /(?<![A-Za-z0-9_-])jdbc:[a-z0-9]{2,20}(?::[a-z0-9]{1,20})?:[^\s'"\x60]{0,300}?[;?&]password=([^;&\s'"\x60]{1,200})/dgi,
    validate: (secret) =>
      secret.length >= 3 && !isPlaceholderValue(secret) && !DEFAULT_PASSWORDS.has(secret.toLowerCase()),
    score: 0.9,
  },
  {
    // format: secretlint basicauth. Any other scheme with user:password@ (https, ftp, smtp, ssh,
    // amqp variants, kafka…); the database rules above claim their own schemes with a better label.
    id: 'url-credentials',
    provider: 'URL credentials',
    keywords: ['://'],
    pattern:
      // The look-behind after the first letter: tried at letters only, not at every position of the text.
      /[a-z](?<![A-Za-z0-9+.-][a-z])[a-z0-9+.-]{1,20}:\/\/([^\s:/?#@'"\x60<>]{1,100}:[^\s/?#@'"\x60<>]{1,200})(?=@[A-Za-z0-9.[\]_-])/dgi,
    validate: uriCredentials,
    score: 0.85,
    starts: schemeStarts,
  },
  {
    // Authorization: Bearer <token>, token <token> (GitHub), Api-Key / SSWS (Okta) schemes; also a
    // bare "Bearer <token>" as in curl -H and fetch headers (gitleaks curl-auth-header).
    id: 'authorization-bearer',
    provider: 'HTTP Authorization',
    keywords: ['bearer', 'authorization'],
    pattern:
      /(?:(?<![A-Za-z0-9_-])[Bb]earer|[Aa]uthorization["']?[ \t]*[:=][ \t]*["']?(?:[Tt]oken|[Aa]pi-?[Kk]ey|SSWS))[ \t]+([A-Za-z0-9_~+/.=-]{15,2047}[A-Za-z0-9_~+/=-])(?![A-Za-z0-9_~+/=-])/dg,
    minEntropy: 3,
    validate: (secret) => !isPlaceholderValue(secret) && /[0-9]/.test(secret),
    score: 0.85,
  },
  {
    // Authorization: Basic base64(user:password). Must decode to printable user:password.
    id: 'authorization-basic',
    provider: 'HTTP Authorization',
    keywords: ['basic'],
    pattern: /(?<![A-Za-z0-9_-])[Bb]asic[ \t]+([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/dg,
    validate: (secret) => {
      const decoded = decodeBase64(secret);
      if (decoded === null || !isPrintableAscii(decoded)) return false;
      const colon = decoded.indexOf(':');
      if (colon < 0 || decoded.length < 6) return false;
      const user = decoded.slice(0, colon);
      const password = decoded.slice(colon + 1);
      const credential = password === '' ? user : password;
      return (
        credential.length >= 3 && !isPlaceholderValue(credential) && !DEFAULT_PASSWORDS.has(credential.toLowerCase())
      );
    },
    score: 0.85,
  },
  {
    // password = …, "passwd": "…", PGPASSWORD=…, pwd: … in env files, YAML, JSON, code and .NET
    // connection strings (Password=…;). Span: the value only. Human passwords have low entropy, so
    // the gate is length >= 6 and entropy >= 2 plus the placeholder, code and key-name filters.
    id: 'password-assignment',
    provider: 'Password',
    keywords: ['pass', 'pwd'],
    pattern: new RegExp(String.raw`(?:${PASSWORD_KEY})[\w.-]{0,30}?${SEP}${VALUE}`, 'dgi'),
    validate: plausiblePassword,
    // A bare word with no digit, symbol or capital may be a variable name: keep it, below the others.
    score: (v) => (/[0-9]/.test(v) || /[^A-Za-z]/.test(v) || (/[A-Z]/.test(v) && /[a-z]/.test(v)) ? 0.75 : 0.55),
  },
  {
    // secret: …, api_key = "…", client_secret, access_token, SECRET_KEY_BASE… (gitleaks
    // generic-api-key: entropy 3.5 there; 3 here with a length of 12 and a digit required).
    id: 'secret-assignment',
    provider: 'Generic secret',
    keywords: ['secret', 'token', 'credential', 'key'],
    pattern: new RegExp(String.raw`(?:${SECRET_KEY})[\w.-]{0,30}?${SEP}${VALUE}`, 'dgi'),
    validate: (v, ctx) => plausibleToken(v, ctx),
    score: tokenScore,
  },
  {
    // Any other *_KEY / *Key name (OPENAI_KEY, stripeKey, azure_openai_key), case-sensitive so that
    // "monkey" and "turkey" stay out; data keys (primary_key, cacheKey) are filtered by name.
    id: 'key-assignment',
    provider: 'Generic secret',
    keywords: ['key'],
    pattern: new RegExp(
      // (?=[Kk]) first: the look-behinds are then tried at a "k" only, not at every position of the text.
      String.raw`(?=[Kk])(?:(?<=[A-Z0-9]_)KEY|(?<=[a-z0-9]_)key|(?<=[a-z0-9])Key)(?![A-Za-z0-9])${SEP}${VALUE}`,
      'dg',
    ),
    validate: (v, ctx) => plausibleToken(v, ctx, DATA_KEY_WORD),
    score: tokenScore,
  },
  {
    // A quoted value compared with a credential variable, value first ("if (\"…\" == password)", Yoda style).
    id: 'compared-credential',
    provider: 'Generic secret',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    pattern: new RegExp(
      String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})')[ \t]*(?:===?|!==?)[ \t]*(?:[A-Za-z_$][\w$.]{0,40}?)?(?:${PASSWORD_KEY}|${SECRET_KEY}|key)s?\b`,
      'dgi',
    ),
    validate: (v) =>
      v.length >= 6 && ALPHANUMERIC.test(v) && !WHITESPACE.test(v) && !isPlaceholderValue(v) && shannonEntropy(v) >= 2,
    score: 0.7,
  },
  {
    // Chat phrasing: "my password is Tr0ub4dor&3", "das Passwort ist …", "la contraseña es …".
    // The value must look like a password (a digit and a letter, or three character classes), so
    // "the password is required" stays out.
    id: 'password-in-prose',
    provider: 'Password',
    keywords: [
      'password',
      'passwort',
      'passcode',
      'passphrase',
      'mot de passe',
      'contraseña',
      'contrasena',
      'senha',
      'wachtwoord',
    ],
    pattern:
      /(?:password|passwort|passcode|passphrase|mot de passe|contrase[ñn]a|senha|wachtwoord)[ \t]+(?:is now|is|was|ist|lautet|est|es|é|era|è|är)[ \t]*:?[ \t]+["'\x60\u201c\u2018]?([^\s"'\x60\u201d\u2019]{5,63}[^\s"'\x60\u201d\u2019.,;:?)])/dgiu,
    validate: (v, ctx) => {
      const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
      const looksLikePassword = (/[0-9]/.test(v) && /[A-Za-z]/.test(v)) || classes >= 3;
      return (
        looksLikePassword &&
        !isPlaceholderValue(v) &&
        !looksLikeCode(v) &&
        !isDocumentationToken(v) &&
        ctx.end > ctx.start
      );
    },
    score: 0.7,
  },
];
