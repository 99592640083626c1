/**
 * Credentials in the formats providers actually issue (prefix, length, alphabet), with random
 * bodies from the seeded PRNG. Formats are from the gitleaks / secretlint rule sets and provider
 * docs (see ../shared/reference/detection.md §2.4). None of these is a real credential.
 */
import { ALNUM, B64, B64URL, HEX, type Rng, UPPER_NUM } from './rng';

export interface SecretValue {
  /** The credential as it would be pasted. */
  text: string;
  /** Provider, for reading misses (the detector's `label`). */
  label: string;
  /** A typical variable name for it in code and config. */
  envVar: string;
}

const WD = ALNUM + '_-';

/** CRC32, for GitHub's token checksum (last 6 base62 chars of ghp_ tokens). */
function crc32(str: string): number {
  let c = ~0;
  for (let i = 0; i < str.length; i++) {
    c ^= str.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

function github(r: Rng, prefix: string): string {
  const body = r.chars(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

/** JWT with a real base64url JSON header and payload; the signature is random (HS256: 32 bytes). */
export function jwt(r: Rng, subject: string, epoch: number): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const claims: Record<string, string | number> = { sub: subject, iat: epoch, exp: epoch + r.pick([900, 3600, 86400]) };
  if (r.chance(0.5)) claims.scope = r.pick(['read:orders', 'admin', 'openid profile email']);
  const sigLen = alg === 'HS256' ? 43 : alg === 'ES256' ? 86 : 342;
  return `${header}.${b64url(JSON.stringify(claims))}.${r.chars(B64URL, sigLen)}`;
}

/** PEM private key block with 64-char base64 lines. */
export function pem(r: Rng): SecretValue {
  const kind = r.weighted([
    ['RSA PRIVATE KEY', 3],
    ['PRIVATE KEY', 2],
    ['EC PRIVATE KEY', 2],
    ['OPENSSH PRIVATE KEY', 2],
  ] as const);
  const lines = kind === 'EC PRIVATE KEY' ? 3 : kind === 'OPENSSH PRIVATE KEY' ? r.int(5, 7) : r.int(12, 26);
  // DER of a private key starts with a SEQUENCE header: realistic first characters.
  const lead =
    kind === 'EC PRIVATE KEY'
      ? 'MHcCAQEE'
      : kind === 'OPENSSH PRIVATE KEY'
        ? 'b3BlbnNzaC1rZXktdjEA'
        : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
  const body = lead + r.chars(B64, lines * 64 - lead.length - r.int(0, 40));
  const wrapped = body.match(/.{1,64}/g)!.join('\n');
  return {
    text: `-----BEGIN ${kind}-----\n${wrapped}\n-----END ${kind}-----`,
    label: 'PrivateKey',
    envVar: 'PRIVATE_KEY',
  };
}

/** Strong random password (what an entropy gate should accept). No quotes, spaces, `#` or backslashes. */
export function password(r: Rng): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!$%&*+-.?@^_~'];
  for (;;) {
    const pw = r.chars(sets.join(''), r.int(12, 22));
    if (sets.every((set) => [...pw].some((c) => set.includes(c)))) return pw;
  }
}

/** Database URI with user and password. The whole URI is the secret (it names host, user and password). */
export function dbUri(r: Rng, user: string, host: string): SecretValue {
  const pw = password(r).replace(/[@/?#%:]/g, 'x');
  const db = r.pick(['app', 'orders', 'billing', 'prod', 'analytics', 'crm']);
  const [scheme, port] = r.pick([
    ['postgres', 5432],
    ['postgresql', 5432],
    ['mysql', 3306],
    ['mongodb+srv', 0],
    ['redis', 6379],
    ['amqp', 5672],
  ] as const);
  const hostPort = port ? `${host}:${port}` : host;
  return { text: `${scheme}://${user}:${pw}@${hostPort}/${db}`, label: 'ConnectionString', envVar: 'DATABASE_URL' };
}

interface Provider {
  label: string;
  envVar: string;
  make: (r: Rng) => string;
}

/** Token formats that need no surrounding context: the prefix identifies them. */
export const PROVIDERS: readonly Provider[] = [
  {
    label: 'AWS',
    envVar: 'AWS_ACCESS_KEY_ID',
    make: (r) => r.pick(['AKIA', 'ASIA']) + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  },
  { label: 'GitHub', envVar: 'GITHUB_TOKEN', make: (r) => github(r, r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_', 'ghu_'])) },
  { label: 'GitHub', envVar: 'GH_PAT', make: (r) => `github_pat_${r.chars(UPPER_NUM, 22)}_${r.chars(ALNUM, 59)}` },
  { label: 'GitLab', envVar: 'GITLAB_TOKEN', make: (r) => `glpat-${r.chars(WD, 20)}` },
  {
    label: 'OpenAI',
    envVar: 'OPENAI_API_KEY',
    make: (r) => {
      const n = r.pick([58, 74]);
      return `sk-${r.pick(['proj', 'proj', 'svcacct', 'admin'])}-${r.chars(WD, n)}T3BlbkFJ${r.chars(WD, n)}`;
    },
  },
  { label: 'OpenAI', envVar: 'OPENAI_KEY', make: (r) => `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}` },
  { label: 'Anthropic', envVar: 'ANTHROPIC_API_KEY', make: (r) => `sk-ant-api03-${r.chars(WD, 93)}AA` },
  {
    label: 'Slack',
    envVar: 'SLACK_BOT_TOKEN',
    make: (r) => `xoxb-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.chars(ALNUM, 24)}`,
  },
  {
    label: 'Slack',
    envVar: 'SLACK_USER_TOKEN',
    make: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(HEX, 32)}`,
  },
  {
    label: 'Slack',
    envVar: 'SLACK_WEBHOOK_URL',
    make: (r) =>
      `https://hooks.slack.com/services/T${r.chars(UPPER_NUM, 10)}/B${r.chars(UPPER_NUM, 10)}/${r.chars(ALNUM, 24)}`,
  },
  {
    label: 'Stripe',
    envVar: 'STRIPE_SECRET_KEY',
    make: (r) => `${r.pick(['sk', 'sk', 'rk'])}_live_${r.chars(ALNUM, r.pick([24, 99]))}`,
  },
  { label: 'Google', envVar: 'GOOGLE_API_KEY', make: (r) => `AIza${r.chars(WD, 35)}` },
  {
    label: 'HuggingFace',
    envVar: 'HF_TOKEN',
    make: (r) => `hf_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  },
  { label: 'npm', envVar: 'NPM_TOKEN', make: (r) => `npm_${r.chars(ALNUM, 36)}` },
  { label: 'SendGrid', envVar: 'SENDGRID_API_KEY', make: (r) => `SG.${r.chars(WD, 22)}.${r.chars(WD, 43)}` },
  { label: 'Twilio', envVar: 'TWILIO_API_KEY', make: (r) => `SK${r.chars(HEX, 32)}` },
  { label: 'PyPI', envVar: 'PYPI_TOKEN', make: (r) => `pypi-AgEIcHlwaS5vcmc${r.chars(WD, r.int(60, 120))}` },
  { label: 'Groq', envVar: 'GROQ_API_KEY', make: (r) => `gsk_${r.chars(ALNUM, 52)}` },
  { label: 'DigitalOcean', envVar: 'DIGITALOCEAN_TOKEN', make: (r) => `dop_v1_${r.chars(HEX, 64)}` },
  { label: 'Databricks', envVar: 'DATABRICKS_TOKEN', make: (r) => `dapi${r.chars(HEX, 32)}` },
  { label: 'Shopify', envVar: 'SHOPIFY_ACCESS_TOKEN', make: (r) => `shpat_${r.chars(HEX, 32)}` },
  { label: 'Mailchimp', envVar: 'MAILCHIMP_API_KEY', make: (r) => `${r.chars(HEX, 32)}-us${r.int(1, 21)}` },
  {
    label: 'Telegram',
    envVar: 'TELEGRAM_BOT_TOKEN',
    make: (r) => `${r.int(1, 9)}${r.digits(r.int(7, 9))}:AA${r.chars(WD, 33)}`,
  },
  {
    label: 'Discord',
    envVar: 'DISCORD_WEBHOOK',
    make: (r) => `https://discord.com/api/webhooks/${r.int(1, 9)}${r.digits(18)}/${r.chars(WD, 68)}`,
  },
  { label: 'Linear', envVar: 'LINEAR_API_KEY', make: (r) => `lin_api_${r.chars(ALNUM, 40)}` },
  { label: 'Doppler', envVar: 'DOPPLER_TOKEN', make: (r) => `dp.pt.${r.chars(ALNUM, 43)}` },
  { label: 'Vault', envVar: 'VAULT_TOKEN', make: (r) => `hvs.${r.chars(WD, 90)}` },
  { label: 'Postman', envVar: 'POSTMAN_API_KEY', make: (r) => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}` },
  {
    label: 'Atlassian',
    envVar: 'JIRA_API_TOKEN',
    make: (r) => `ATATT3xFfGF0${r.chars(WD, 174)}=${r.chars(HEX.toUpperCase(), 8)}`,
  },
  { label: 'Perplexity', envVar: 'PPLX_API_KEY', make: (r) => `pplx-${r.chars(ALNUM, 48)}` },
  { label: 'Sentry', envVar: 'SENTRY_AUTH_TOKEN', make: (r) => `sntryu_${r.chars(HEX, 64)}` },
  { label: 'NewRelic', envVar: 'NEW_RELIC_API_KEY', make: (r) => `NRAK-${r.chars(UPPER_NUM, 27)}` },
  { label: 'Grafana', envVar: 'GRAFANA_TOKEN', make: (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}` },
  { label: 'Square', envVar: 'SQUARE_ACCESS_TOKEN', make: (r) => `EAAA${r.chars(WD, 60)}` },
];

/** Webhook URLs carry their secret in the path; they only make sense where a URL goes. */
const isUrl = (p: Provider): boolean => p.envVar.endsWith('WEBHOOK_URL') || p.envVar === 'DISCORD_WEBHOOK';

/** `token`: something that fits an API-key slot; `url`: a webhook URL; `any`: either. */
export function prefixedSecret(r: Rng, kind: 'token' | 'url' | 'any' = 'any'): SecretValue {
  const p = r.pick(kind === 'any' ? PROVIDERS : PROVIDERS.filter((x) => isUrl(x) === (kind === 'url')));
  return { text: p.make(r), label: p.label, envVar: p.envVar };
}

/** A secret that is only recognisable by its variable name (AWS secret key, Azure key, a password). */
export function contextSecret(r: Rng): SecretValue {
  return r.weighted<() => SecretValue>([
    [() => ({ text: r.chars(B64, 40), label: 'AWS', envVar: 'AWS_SECRET_ACCESS_KEY' }), 3],
    [() => ({ text: r.chars(HEX, 32), label: 'Azure', envVar: 'AZURE_OPENAI_KEY' }), 1],
    [
      () => ({
        text: password(r),
        label: 'Password',
        envVar: r.pick(['DB_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASSWORD', 'REDIS_PASSWORD']),
      }),
      4,
    ],
    [
      () => ({
        text: r.chars(HEX, 64),
        label: 'Generic',
        envVar: r.pick(['APP_SECRET', 'SESSION_SECRET', 'JWT_SECRET', 'WEBHOOK_SECRET']),
      }),
      2,
    ],
  ])();
}

/** Azure storage connection string; only the AccountKey value is labelled. */
export function azureStorage(r: Rng, account: string): { before: string; key: string; after: string } {
  return {
    before: `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=`,
    key: r.chars(B64, 86) + '==',
    after: ';EndpointSuffix=core.windows.net',
  };
}
