import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../../src/detect/recognizers/secrets/index';
import { ALNUM, B64, jwt, pem, Rng } from './gen';

/**
 * Guards against catastrophic backtracking, not benchmarks: every input must finish within a
 * generous bound (the target is 50 ms; the bound allows for a loaded CI machine). The measured
 * times are printed so regressions show before they fail.
 */
const BOUND_MS = 250;
const N = 100_000;

function medianMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findSecrets(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const ADVERSARIAL: Array<[string, string]> = [
  ['a x 100k', 'a'.repeat(N)],
  ['api_key = a x 100k', 'api_key = ' + 'a'.repeat(N)],
  ['BEGIN PRIVATE KEY + junk, no END', '-----BEGIN PRIVATE KEY-----' + 'x!'.repeat(N / 2)],
  ['BEGIN PRIVATE KEY + base64, no END', '-----BEGIN PRIVATE KEY-----\n' + 'QUFB'.repeat(N / 4)],
  ['BEGIN PRIVATE KEY x 3600, no END', '-----BEGIN PRIVATE KEY-----\n'.repeat(3600)],
  ['eyJ x 30k', 'eyJ'.repeat(30_000)],
  ['eyJ. x 25k', 'eyJ.'.repeat(25_000)],
  ['@ x 100k', '@'.repeat(N)],
  ['digits x 100k', '7'.repeat(N)],
  ['password= x 11k', 'password='.repeat(11_000)],
  ['password: x 10k', 'password: '.repeat(10_000)],
  ['postgres:// + a: x 50k', 'postgres://' + 'a:'.repeat(N / 2)],
  ['https://a: + a x 100k', 'https://a:' + 'a'.repeat(N)],
  ['a:// x 25k', 'a://'.repeat(25_000)],
  ['AKIA x 25k', 'AKIA'.repeat(25_000)],
  ['ghp_ x 25k', 'ghp_'.repeat(25_000)],
  ['Bearer + a x 100k', 'Bearer ' + 'a'.repeat(N)],
  ['Basic + A x 100k', 'Basic ' + 'A'.repeat(N)],
  ['sk-ant-api03- + A x 100k', 'sk-ant-api03-' + 'A'.repeat(N)],
  ['M x 100k', 'M'.repeat(N)],
  ['M{26}. x 3700', 'M'.repeat(26).concat('.').repeat(3700)],
  ['A_KEY= x 17k', 'A_KEY='.repeat(17_000)],
  ['key: x 20k', 'key: '.repeat(20_000)],
  ['token="a x 100k', 'token="' + 'a'.repeat(N)],
  ['jdbc:a:b:; x 25k', 'jdbc:ab:' + ';'.repeat(N)],
  ['my password is + a x 100k', 'my password is ' + 'a'.repeat(N)],
  ['spaces x 100k', ' '.repeat(N)],
  ['newlines x 100k', '\n'.repeat(N)],
  ['- x 100k', '-'.repeat(N)],
];

/** Many genuine findings in one paste: the cost of validation and overlap resolution per finding. */
const DENSE: Array<[string, string, number]> = [
  ['5000 password assignments', Array.from({ length: 5000 }, (_, i) => `password${i}=Xk${i}q!zP9w`).join('\n'), 5000],
  [
    '2000 GitHub tokens',
    Array.from({ length: 2000 }, (_, i) => `ghp_${String(i).padStart(4, '0')}aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY`).join(
      ' ',
    ),
    2000,
  ],
];

/** 100 KB of ordinary chat text and code that mentions keys, tokens and passwords without any. */
export function ordinaryText(size: number): string {
  const prose =
    'Hi team, quick update on the migration. The password reset flow now sends the token by email, and the API key ' +
    'rotation job runs nightly. Please review the secret management doc before Friday; the key takeaway is that ' +
    'nobody should paste credentials into tickets. Version 2.4.1 shipped on 2024-05-03 with commit ' +
    '9fceb02d0ae598e95dc970b74767f19372d61af8 and build 123e4567-e89b-12d3-a456-426614174000.\n';
  const code =
    'export async function getApiKey(config: Config): Promise<string> {\n' +
    '  const token = await vault.read(config.secretPath);\n' +
    "  if (!token) throw new Error('missing api key');\n" +
    "  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };\n" +
    "  const password = process.env.DB_PASSWORD ?? '';\n" +
    '  return fetch(url, { headers }).then((r) => r.json()).then((j) => j.access_token as string);\n}\n';
  let s = '';
  while (s.length < size) s += prose + code;
  return s.slice(0, size);
}

describe('adversarial 100 KB inputs', () => {
  it.each(ADVERSARIAL)('%s', (name, text) => {
    findSecrets(text); // warm-up: regex compilation and JIT
    const ms = medianMs(text, 3);
    console.log(`[secrets] ${name}: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('dense real findings', () => {
  it.each(DENSE)('%s', (name, text, count) => {
    expect(findSecrets(text)).toHaveLength(count);
    const ms = medianMs(text, 3);
    console.log(`[secrets] ${name}: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('ordinary text', () => {
  it('scans 100 KB of prose and code quickly and finds nothing in it', () => {
    const text = ordinaryText(N);
    findSecrets(text);
    const ms = medianMs(text, 10);
    console.log(`[secrets] 100 KB ordinary prose+code, median of 10: ${ms.toFixed(2)} ms`);
    expect(findSecrets(text)).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('finds every secret sprinkled into 100 KB of ordinary text', () => {
    const r = new Rng(11);
    const secrets = Array.from({ length: 20 }, (_, i) =>
      i % 3 === 0 ? `ghp_${r.chars(ALNUM, 36)}` : i % 3 === 1 ? jwt(r) : `sk_live_${r.chars(ALNUM, 40)}`,
    );
    const chunks = ordinaryText(N).match(/[\s\S]{1,5000}/g) ?? [];
    const text = chunks.map((c, i) => c + (secrets[i] ? ` ${secrets[i]} ` : '')).join('');
    const found = findSecrets(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(secrets);
  });
});

describe('properties', () => {
  // Text made of fragments that look like the starts of secrets, so the rules actually fire.
  const fragment = fc.constantFrom(
    'password=',
    'token: "',
    'api_key = ',
    'AKIA',
    'ghp_',
    'sk-ant-api03-',
    'eyJ',
    '.',
    '-----BEGIN PRIVATE KEY-----\n',
    '-----END PRIVATE KEY-----',
    'postgres://',
    'u:p@',
    '@',
    ':',
    'Bearer ',
    'Basic ',
    '\n',
    ' ',
    '"',
    'xoxb-',
    '😀',
  );
  const noisy = fc
    .array(fc.oneof(fragment, fc.string({ maxLength: 40 }), fc.stringMatching(/^[A-Za-z0-9+/=_-]{1,80}$/)), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

  it('never throws; spans are valid, sorted, disjoint and scored in (0, 1]', () => {
    fc.assert(
      fc.property(noisy, (text) => {
        const found = findSecrets(text);
        let last = 0;
        for (const f of found) {
          expect(f.type).toBe('SECRET');
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.score > 0 && f.score <= 1).toBe(true);
          last = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a secret wherever it is inserted, and only its span', () => {
    const r = new Rng(5);
    const key = pem(r, 'EC PRIVATE KEY', 3);
    const token = `glpat-${r.chars(ALNUM, 20)}`;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        fc.constantFrom(key, token),
        (before, after, secret) => {
          const text = `${before} ${secret} ${after}`;
          const spans = findSecrets(text).map((f) => text.slice(f.start, f.end));
          expect(spans).toContain(secret);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('redacting the findings leaves no finding behind', () => {
    const r = new Rng(8);
    const secretish = fc.constantFrom(
      `password=${r.chars(ALNUM, 14)}`,
      `gsk_${r.chars(ALNUM, 52)}`,
      `Bearer ${r.chars(B64, 40)}`,
      jwt(r),
      `https://deploy:${r.chars(ALNUM, 12)}@git.acme.io/x`,
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(secretish, fc.string({ maxLength: 20 })), { maxLength: 10 }), (parts) => {
        const text = parts.join(' ');
        let redacted = text;
        for (const f of [...findSecrets(text)].reverse())
          redacted = redacted.slice(0, f.start) + '[SECRET]' + redacted.slice(f.end);
        expect(findSecrets(redacted)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
