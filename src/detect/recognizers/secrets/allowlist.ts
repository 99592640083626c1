/**
 * Placeholder and documentation filters. Decision: a value that is clearly a stand-in (a template
 * variable, `changeme`, `<your token>`, `xxxxx`, AWS's `AKIAIOSFODNN7EXAMPLE`) is NOT reported at
 * all rather than reported with a low score: redacting it protects nothing and teaches the user to
 * ignore warnings. Sources: gitleaks' global allowlist (template syntaxes, runs of one letter,
 * stopwords) and per-rule `.+EXAMPLE$`, secretlint's database-connection-string ignore list.
 */

/** Applied to every rule's secret: vendors' documentation keys and masked values. */
export function isDocumentationToken(secret: string): boolean {
  const lower = secret.toLowerCase();
  return lower.includes('example') || lower.includes('xxxxx') || lower.includes('*****') || alphabetRun(lower) >= 10;
}

/**
 * The longest run of consecutive letters of the alphabet ("abcdefghij…"): filler typed after a vendor's prefix
 * ("sk_abcdefghijklmnopqrstuvwxyz123"). Ten in a row has a chance of about 26^-9 in a random token.
 */
function alphabetRun(lower: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    run = letter && i > 0 && c === lower.charCodeAt(i - 1) + 1 ? run + 1 : letter ? 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

// Substrings that mark a generic value (password=…, token: …) as a stand-in.
const PLACEHOLDER_PARTS = [
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'placeholder',
  'redacted',
  'dummy',
  'your_',
  'your-',
  'yourpass',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'xxxx',
  '****',
  '....',
  'process.env',
  'os.environ',
  'getenv',
  'environ[',
  'secretkeyref',
  'insert_',
  'insert-',
  'replace_',
  'replace-',
  'replaceme',
  'todo',
  'fixme',
  'lorem',
  'notreal',
  'not_real',
  'not-real',
  'fake',
  'sample',
  '_here',
  '-here',
  'foobar',
];

// Whole values that are words, types or literals, not secrets.
const PLACEHOLDER_EXACT = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'token',
  'apikey',
  'api_key',
  'key',
  'value',
  'null',
  'nil',
  'none',
  'undefined',
  'true',
  'false',
  'yes',
  'no',
  'empty',
  'string',
  'str',
  'text',
  'bytes',
  'number',
  'required',
  'optional',
  'hidden',
  'masked',
  'default',
  'admin',
  'administrator',
  'root',
  'test',
  'testing',
  'demo',
  'guest',
  'user',
  'username',
  'invalid',
  'unknown',
  'unset',
  'encrypted',
  'secure',
  'private',
  'public',
  'random',
  'generated',
  'string.empty',
]);

/** Template syntaxes and references that stand for a value defined elsewhere. */
const REFERENCE = [
  // ${VAR}, $(cmd), a bare $VAR or $var; not "$kX9!…" or "$pfdwTyk85K", which are passwords.
  /^\$(?:\{|\(|[A-Z_][A-Z0-9_]*$|[a-z_][a-z0-9_]*$)/,
  /^%[A-Za-z_][\w]*%$/, // %VAR%
  /^%\(?\w*\)?[sdr]$/, // %s, %(name)s
  /^@[A-Za-z_][\w]*@$/, // @VAR@
  /^\{[\w.\- ]*\}$/, // {var}
  /^</, // <password>, <your-token> (a bare value loses its closing ">")
  /^\[/, // [REDACTED], and Veil's own [SECRET_1] placeholders (a bare value loses its "]")
  /^![A-Za-z]+$/, // YAML tags alone: !vault, !Ref (the value ends at the space)
];

/**
 * A template expression in the value (`${DB_PASS}`, `{{ .Values.token }}`, `<%= ENV['X'] %>`, `$(cat key)`): the
 * value is filled in elsewhere. Only a well-formed one counts: a password may hold "${" or "}}" among other
 * symbols, and is then no template.
 */
const TEMPLATE = /^\{\{|\$\{[\w.:\-?=! ]{1,80}\}|\{\{[^{}]{1,80}\}\}|<%[^%]{0,80}%>|\$\([^()]{1,80}\)/;

/** Secret-manager references: vault:…, env:…, op://…, arn:aws:secretsmanager:… */
const SECRET_REFERENCE = /^(?:env|vault|secret|ref|arn|ssm|op|awssm|gcpsm|azkms)(?:\+\w+)?:/i;

// The lists above compiled once: one regex test per value instead of ~50 (this runs for every
// candidate assignment, and a paste can hold thousands).
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER_PART_RE = new RegExp(PLACEHOLDER_PARTS.map(escape).join('|'));
const REFERENCE_RE = new RegExp(REFERENCE.map((re) => `(?:${re.source})`).join('|'));
const REPEATED_RE = /(.)\1{5,}/; // aaaaaa, 000000

const TRAILING_PUNCTUATION = /[:;,.!?]+$/;

/** True when a generic value (right side of an assignment) is a placeholder or reference. */
export function isPlaceholderValue(value: string): boolean {
  const lower = value.toLowerCase();
  return (
    PLACEHOLDER_EXACT.has(lower.replace(TRAILING_PUNCTUATION, '')) || // "password:" is a label, not a value
    PLACEHOLDER_PART_RE.test(lower) ||
    REFERENCE_RE.test(value) ||
    TEMPLATE.test(value) ||
    SECRET_REFERENCE.test(value) ||
    REPEATED_RE.test(value) ||
    isSequential(lower)
  );
}

/** "abcdef…", "123456…", "qwerty…": keyboard and alphabet runs used as fillers. */
export function isSequential(lower: string): boolean {
  if (lower.length < 6) return false;
  let asc = 0;
  for (let i = 1; i < lower.length; i++) {
    if (lower.charCodeAt(i) === lower.charCodeAt(i - 1) + 1) asc++;
  }
  return asc >= lower.length - 2;
}

// First segments of dotted paths that are code, not secrets: `self.password`, `os.environ`.
const CODE_OBJECTS =
  /^(?:self|this|os|process|env|config|cfg|conf|settings|options|opts|args|argv|params|props|state|ctx|context|req|request|res|response|data|body|form|input|values|vars|secrets|credentials|creds|auth|app|window|document|module|exports|import|user|account|session|st|sys|system|System|Environment|ENV|Deno|Bun|import\.meta|cli|flags|parsed|result|payload|item|obj|record|row|model|schema|z|yup|joi|faker|crypto|bcrypt|hash|util|utils|helpers|Config|Settings|Secrets|Rails|django|flask|current_app|conn|client|db|vault|keyring|getpass|boto3|aws|azure|gcp|k8s|kube)$/;

const KEY_WORDS_IN_VALUE = /pass|pwd|secret|token|key|cred|auth|env|config|param/i;

/**
 * True when an UNQUOTED value reads as code: a call, an index, a dotted path from a code object,
 * or an identifier naming another secret (`password = userPassword`).
 */
export function looksLikeCode(value: string): boolean {
  if (/^[A-Za-z_$][\w$.]*\s*[([]/.test(value)) return true; // getPassword(), os.environ[
  if (/^(?:new|await|function|lambda|fn|async|typeof|require|import)\b/.test(value)) return true;
  const dotted = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+[;,)]*$/.exec(value);
  if (dotted) {
    const first = value.slice(0, value.indexOf('.'));
    if (CODE_OBJECTS.test(first) || KEY_WORDS_IN_VALUE.test(value)) return true;
  }
  // An identifier without digits or symbols that names a credential is a variable.
  if (/^[A-Za-z_$][A-Za-z_$]*$/.test(value) && KEY_WORDS_IN_VALUE.test(value)) return true;
  return false;
}
