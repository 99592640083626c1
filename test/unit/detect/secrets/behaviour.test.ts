import { describe, expect, it } from 'vitest';
import { find, findSecretMatches, findSecrets, id } from '../../../../src/detect/recognizers/secrets/index';
import { ALNUM, B64, HEX, jwt, password, pem, Rng, WD } from './gen';

const r = new Rng(42);
const spans = (text: string): string[] => findSecrets(text).map((f) => text.slice(f.start, f.end));
const only = (text: string) => {
  const found = findSecretMatches(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('spans', () => {
  it('covers the value of a password assignment, not the key', () => {
    expect(spans('password=hunter2xyz')).toEqual(['hunter2xyz']);
    expect(spans('  PASSWORD: "hunter2xyz"  # prod')).toEqual(['hunter2xyz']);
  });

  it('covers user:password of a connection string, or the password when there is no user', () => {
    const pw = password(r);
    expect(spans(`postgres://billing:${pw}@db.internal/app`)).toEqual([`billing:${pw}`]);
    expect(spans(`rediss://:${pw}@cache.internal:6380`)).toEqual([pw]);
  });

  it('keeps an @ inside the password and stops at the host', () => {
    expect(spans('mongodb://svc:p@ss-W0rd!9@mongo1.internal:27017/app')).toEqual(['svc:p@ss-W0rd!9']);
  });

  it('covers a PEM block from BEGIN to END, including an escaped one inside JSON', () => {
    const key = pem(r, 'OPENSSH PRIVATE KEY');
    expect(spans(`key:\n${key}\n`)).toEqual([key]);
    const escaped = pem(r, 'RSA PRIVATE KEY', 6, '\\n');
    expect(spans(`{"key": "${escaped}\\n"}`)).toEqual([escaped]);
  });

  it('reports a PEM block cut off before its END line up to its last base64 line, with a lower score', () => {
    const lines = [r.chars(B64, 64), r.chars(B64, 64), r.chars(B64, 30)];
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\nThanks for looking`;
    const m = only(text);
    expect(text.slice(m.start, m.end)).toBe(`-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}`);
    expect(m.score).toBeLessThan(1);
  });

  it('ends a truncated PEM block inside a JSON string at the closing quote', () => {
    const lines = [r.chars(B64, 64), r.chars(B64, 64)];
    const block = `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}`;
    expect(spans(`{"key": "${block}", "next": 1}`)).toEqual([block]);
  });

  it('covers the whole webhook URL', () => {
    const url = `https://hooks.slack.com/services/T${r.chars(ALNUM, 10)}/B${r.chars(ALNUM, 10)}/${r.chars(ALNUM, 24)}`;
    expect(spans(`POST ${url} now`)).toEqual([url]);
  });

  it('uses UTF-16 offsets after emoji and accented text', () => {
    const token = `ghp_${r.chars(ALNUM, 36)}`;
    const text = `😀 Müller's token → ${token} 🚀`;
    const [f] = findSecrets(text);
    expect(text.slice(f!.start, f!.end)).toBe(token);
  });
});

describe('generic assignments in env, YAML, JSON and code, quoted or not', () => {
  const v = 'k9Vq2mZx7Lw4';
  it.each([
    [`password=${v}`, 'Password'],
    [`passwd: ${v}`, 'Password'],
    [`pwd = "${v}"`, 'Password'],
    [`PGPASSWORD='${v}' psql -h db`, 'Password'],
    [`  db_password: "${v}"`, 'Password'],
    [`{"password":"${v}"}`, 'Password'],
    [`$password = '${v}';`, 'Password'],
    [`password := "${v}"`, 'Password'],
    [`:password => "${v}"`, 'Password'],
    [`login?user=bob&password=${v}&next=/`, 'Password'],
    [`secret: ${v}xx`, 'Generic secret'],
    [`api_key=${v}xx`, 'Generic secret'],
    [`token: "${v}xx"`, 'Generic secret'],
    [`client_secret = '${v}xx'`, 'Generic secret'],
    [`X-API-Key: ${v}xx`, 'Generic secret'],
    [`"accessToken": \`${v}xx\``, 'Generic secret'],
  ])('%s', (text, label) => {
    const [f] = findSecrets(text);
    expect(f?.label).toBe(label);
    expect(text.slice(f!.start, f!.end)).toMatch(new RegExp(`^${v}(xx)?$`));
  });
});

describe('overlaps', () => {
  it('reports a vendor token inside a generic assignment once, with the vendor label', () => {
    const token = `ghp_${r.chars(ALNUM, 36)}`;
    expect(findSecrets(`token: ${token}`)).toEqual([
      { type: 'SECRET', start: 7, end: 7 + token.length, score: 0.95, label: 'GitHub', recognizer: 'secret' },
    ]);
  });

  it('labels a JWT in a Bearer header as JWT', () => {
    const token = jwt(r);
    expect(findSecrets(`Authorization: Bearer ${token}`).map((f) => f.label)).toEqual(['JWT']);
  });

  it('labels a GCP service-account key as Google, not as a bare private key', () => {
    const key = pem(r, 'PRIVATE KEY', 10, '\\n');
    const json = `{"type": "service_account", "private_key_id": "${r.chars(HEX, 40)}", "private_key": "${key}\\n"}`;
    expect(findSecrets(json).map((f) => f.label)).toEqual(['Google']);
  });

  it('returns several secrets sorted by position and never overlapping', () => {
    const text = [
      `AWS_ACCESS_KEY_ID=AKIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      `AWS_SECRET_ACCESS_KEY=${r.chars(B64, 40)}`,
      `STRIPE_KEY=sk_live_${r.chars(ALNUM, 30)}`,
      `DATABASE_URL=postgres://app:${password(r)}@db/app`,
    ].join('\n');
    const found = findSecrets(text);
    expect(found.map((f) => f.label)).toEqual(['AWS', 'AWS', 'Stripe', 'PostgreSQL']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('scores and context', () => {
  it('raises a short-prefix format when its context word is near', () => {
    const sk = `SK${r.chars(HEX, 32)}`;
    expect(only(`key ${sk}`).score).toBe(0.75);
    expect(only(`twilio key ${sk}`).score).toBe(0.95);
    const mg = `key-${r.chars(HEX, 32)}`;
    expect(only(`api: ${mg}`).score).toBe(0.7);
    expect(only(`MAILGUN_API_KEY=${mg}`).score).toBe(0.95);
  });

  it('scores a bare public Sentry DSN low and a DSN with a secret key high', () => {
    expect(only(`https://${r.chars(HEX, 32)}@o1.ingest.sentry.io/2`).score).toBe(0.6);
    expect(only(`https://${r.chars(HEX, 32)}:${r.chars(HEX, 32)}@sentry.acme.io/2`).score).toBe(0.9);
  });

  it('scores Stripe test keys below live keys', () => {
    expect(only(`sk_test_${r.chars(ALNUM, 30)}`).score).toBeLessThan(only(`sk_live_${r.chars(ALNUM, 30)}`).score);
  });

  it('keeps a bare lower-case word as a password, below the default threshold of strong ones', () => {
    expect(only('password: sunshine').score).toBe(0.55);
    expect(only('password: Sunsh1ne!').score).toBe(0.75);
  });

  it('scores every finding in (0, 1]', () => {
    const text = `password=${password(r)} token=${r.chars(ALNUM, 30)} ${jwt(r)} gsk_${r.chars(ALNUM, 52)}`;
    for (const f of findSecrets(text)) expect(f.score > 0 && f.score <= 1).toBe(true);
  });
});

describe('placeholders are dropped, not reported low', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    `sk_live_${'x'.repeat(24)}`,
    `OPENAI_API_KEY=sk-proj-EXAMPLE${r.chars(WD, 60)}`,
    'DB_PASSWORD=${DB_PASSWORD}',
    'api_key: "<insert api key>"',
    'password: %DB_PASSWORD%',
    'client_secret = "{{ client_secret }}"',
  ])('%s', (text) => {
    expect(findSecretMatches(text)).toEqual([]);
  });
});

describe('recognizer interface', () => {
  it('exports id "secret" and find() = findSecrets()', () => {
    expect(id).toBe('secret');
    const text = `gsk_${r.chars(ALNUM, 52)}`;
    expect(find(text)).toEqual(findSecrets(text));
  });
});

describe('an AWS secret access key beside its key ID', () => {
  const keyId = 'AKIAZ3MHALC5QW7Y4XNP';
  const secret = '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';

  it('is found a few words after the ID, in prose and in log lines', () => {
    expect(spans(`Use ${keyId} with ${secret} for the deploy`)).toEqual([keyId, secret]);
    expect(spans(`key id ${keyId} and the secret is ${secret}.`)).toEqual([keyId, secret]);
    expect(spans(`2024-05-01 ERROR creds=${keyId} sk=${secret} rejected`)).toEqual([keyId, secret]);
  });

  it('is not a 40-hex commit hash near the ID, nor a value on the next line', () => {
    const sha = '9fceb02d0ae598e95dc970b74767f19372d61af8';
    expect(spans(`${keyId} was rotated in commit ${sha}`)).toEqual([keyId]);
    expect(spans(`${keyId}\n${secret}`)).toEqual([keyId]);
  });
});
