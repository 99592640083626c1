/**
 * Hard negatives: text with no personal data or secrets that looks like it might have some.
 * These are the realistic false-positive sources from detection.md §6.3. Every item has `spans: []`,
 * so any finding on it counts as a flagged negative.
 */
import { base, en, Faker } from '@faker-js/faker';
import { luhnCheckDigit } from './ids';
import { ALNUM, B64, HEX, type Rng } from './rng';
import { PROSE, CODE_SNIPPETS } from './negative-text';

type Family = (r: Rng, f: Faker) => string;

const lines = (r: Rng, min: number, max: number, line: () => string): string =>
  Array.from({ length: r.int(min, max) }, line).join('\n');
const p2 = (n: number): string => String(n).padStart(2, '0');
const ts = (r: Rng): string =>
  `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;

function luhn16(r: Rng): string {
  const body = String(r.int(1, 9)) + r.digits(14);
  return body + String(luhnCheckDigit(body));
}

function isbn13(r: Rng): string {
  const body = r.pick(['978', '979']) + r.digits(9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  const d = body + String((10 - (sum % 10)) % 10);
  return r.chance(0.5) ? d : `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
}

export const FAMILIES: Record<string, Family> = {
  uuid: (r, f) =>
    `Which of these requests failed twice?\n${lines(r, 3, 7, () => `req_id=${f.string.uuid()} status=${r.pick([200, 500, 502, 200])} dur=${r.int(3, 900)}ms`)}`,
  git: (r, f) =>
    r.chance(0.5)
      ? `Squash these into one commit message:\n${lines(r, 3, 8, () => `${f.git.commitSha({ length: 7 })} ${r.pick(['fix: retry on 503', 'chore(deps): bump vite to 8.3.8', 'feat: add CSV export', 'refactor: split parser', 'test: cover empty input', 'docs: update README'])}`)}`
      : `git bisect says the first bad commit is ${f.git.commitSha()}, the last good one ${f.git.commitSha()}. Merge base: ${f.git.commitSha()}. What should I check next?`,
  hashes: (r, f) =>
    `Do these checksums match the release page?\n${lines(r, 2, 5, () => `${r.chars(HEX, r.pick([64, 64, 40, 32]))}  dist/app-${f.system.semver()}-${r.pick(['linux-x64', 'darwin-arm64', 'win-x64'])}.tar.gz`)}`,
  integrity: (r, f) => {
    const pkg = r.pick(['lodash', 'react-dom', 'esbuild', 'zod', 'picomatch', 'semver', 'undici']);
    const v = f.system.semver();
    return `Why does npm ci say EINTEGRITY?\n"node_modules/${pkg}": {\n  "version": "${v}",\n  "resolved": "https://registry.npmjs.org/${pkg}/-/${pkg}-${v}.tgz",\n  "integrity": "sha512-${r.chars(B64, 86)}==",\n  "license": "MIT"\n}`;
  },
  base64: (r) =>
    r.pick([
      () =>
        `Why doesn't this image render? <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.chars(B64, r.int(120, 400))}=">`,
      () =>
        `Is this a valid certificate chain?\n-----BEGIN CERTIFICATE-----\n${lines(r, 6, 12, () => r.chars(B64, 64))}\n-----END CERTIFICATE-----`,
      () =>
        `Which format is this public key?\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.chars(B64, 20)}\n${lines(r, 4, 5, () => r.chars(B64, 64))}\n-----END PUBLIC KEY-----`,
      () =>
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 43)} build-agent\nwhere do I put this public key on the server?`,
      () =>
        `Decode this for me: ${Buffer.from(r.pick(['hello world from the build server', 'status: ok; retries: 3', 'the quick brown fox'])).toString('base64')}`,
    ])(),
  versions: (r, f) =>
    r.pick([
      () =>
        `After upgrading Chrome from ${r.int(118, 126)}.0.${r.int(6000, 6999)}.${r.int(10, 250)} to ${r.int(127, 131)}.0.${r.int(6000, 6999)}.${r.int(10, 250)} the extension stopped loading. Any idea?`,
      () =>
        `Windows build ${r.pick([10, 11])}.0.${r.int(19041, 26100)}.${r.int(100, 4000)} vs ${r.pick([10, 11])}.0.${r.int(19041, 26100)}.${r.int(100, 4000)}: which one has the TLS fix?`,
      () =>
        `Compatibility matrix:\n${lines(r, 3, 6, () => `- plugin ${f.system.semver()} works with core ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)}`)}`,
      () =>
        `pip freeze:\n${lines(r, 4, 8, () => `${r.pick(['numpy', 'pandas', 'requests', 'urllib3', 'certifi', 'idna', 'pyyaml', 'six'])}==${f.system.semver()}`)}`,
    ])(),
  timestamps: (r) =>
    r.pick([
      () =>
        `Convert these to local time:\n${lines(r, 3, 6, () => (r.chance(0.5) ? ts(r) : String(1_700_000_000 + r.int(0, 99_999_999))))}`,
      () =>
        `What does this cron run? ${r.int(0, 59)} ${r.int(0, 23)} * * ${r.int(1, 5)}  /usr/local/bin/backup.sh --since ${1_760_000_000_000 + r.int(0, 9_999_999)}`,
      () =>
        `Build timeline:\n${lines(r, 3, 6, () => `${ts(r)} step ${r.int(1, 9)} finished in ${r.int(1, 600)}.${r.digits(2)}s`)}`,
    ])(),
  orders: (r) =>
    r.pick([
      () =>
        `Order #${luhn16(r)} shows "shipped" but tracking hasn't updated since ${ts(r).slice(0, 10)}. What should I write to the shop?`,
      () => `Our ERP order numbers are 16 digits, e.g. ${luhn16(r)} and ${luhn16(r)}. Write a regex that matches them.`,
      () =>
        `Invoice INV-2026-${r.digits(6)} (order ${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}) was paid twice. Draft a refund note.`,
      () =>
        `Tracking numbers: 1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 6)}${r.digits(10)}, 9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}, ${r.digits(12)}. Which carrier is which?`,
      () =>
        `Part no. ${r.int(900, 999)}-${p2(r.int(10, 99))}-${r.digits(4)} is out of stock; the replacement is ${r.int(900, 999)}-${p2(r.int(10, 99))}-${r.digits(4)}.`,
    ])(),
  isbn: (r) =>
    `Format these as a reading list:\n${lines(r, 3, 6, () => `- ${r.pick(['Designing Data-Intensive Applications', 'The Pragmatic Programmer', 'Introduction to Algorithms', 'Clean Architecture', 'Refactoring', 'Site Reliability Engineering'])}, ISBN ${isbn13(r)}`)}`,
  code: (r) =>
    `${r.pick(['Explain this code:', 'Find the bug:', 'Add types to this:', 'Make this faster:'])}\n\n${r.pick(CODE_SNIPPETS)}`,
  math: (r) =>
    r.pick([
      () =>
        `Compute the determinant: matrix [[${r.int(1, 9)}, ${r.int(1, 9)}], [${r.int(1, 9)}, ${r.int(1, 9)}]], I got det = ${r.int(10, 99)}. Is that right?`,
      () => `Solve ${r.int(2, 9)}x + ${r.int(1, 40)} = ${r.int(41, 200)} and explain each step.`,
      () =>
        `Mean of ${lines(r, 1, 1, () => Array.from({ length: 8 }, () => r.int(100, 9999)).join(', '))}? And the standard deviation?`,
      () => `Is ${r.int(100000, 999999)}${r.int(100000, 999999)} divisible by 7? Show the long division.`,
      () => `Simplify (x^2 - ${r.int(1, 9) ** 2}) / (x - ${r.int(1, 9)}) and evaluate at x = ${r.int(2, 30)}.`,
    ])(),
  placeholders: (r) =>
    r.pick([
      () =>
        `The docs show AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Where do I put mine?`,
      () => `const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); // or 'sk-...' for a quick test`,
      () => `curl -H "Authorization: Bearer YOUR_API_KEY" https://api.example.com/v1/items`,
      () =>
        `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\nDB_PASSWORD=\${DB_PASSWORD}\nREDIS_URL=redis://localhost:6379`,
      () => `password: <password>\napi_key: <your-api-key>\ntoken: "{{ secrets.NPM_TOKEN }}"`,
      () => `export GITHUB_TOKEN=ghp_${'x'.repeat(36)}\nexport SLACK_BOT_TOKEN=xoxb-your-bot-token`,
      () => `In settings.py, replace SECRET_KEY = "changeme" and set STRIPE_KEY = os.environ["STRIPE_KEY"].`,
      () => `login: admin / password: ********  (masked in the screenshot)`,
      () => `STRIPE_SECRET_KEY=sk_live_${'x'.repeat(24)}\nSENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy  # fill these in`,
      () => `Paste your key where it says REPLACE_ME: api_key = "REPLACE_ME", token = "<YOUR_TOKEN_HERE>"`,
      () =>
        `The README shows the key as\n-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\nbut where does the file go?`,
      () => `mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true`,
      () => `password = os.getenv("DB_PASSWORD")\nif not password:\n    raise RuntimeError("DB_PASSWORD is not set")`,
      () => `Authorization: Bearer eyJhbGciOi... (truncated) returns 401, and so does Basic <base64(user:pass)>.`,
    ])(),
  prose: (r) => r.shuffle(PROSE).slice(0, r.int(2, 5)).join(' '),
  'ops-log': (r) =>
    lines(r, 4, 9, () =>
      r.pick([
        `${ts(r)} INFO  server listening on 0.0.0.0:${r.int(3000, 9000)}`,
        `${ts(r)} WARN  gc pause ${r.int(20, 400)}ms heap=${r.int(100, 900)}MB`,
        `${ts(r)} ERROR segfault at 0x${r.chars(HEX, 12)} ip 0x${r.chars(HEX, 12)} sp 0x${r.chars(HEX, 12)}`,
        `pod/api-${r.chars('abcdef0123456789', 10)}-${r.chars('abcdefghijklmnopqrstuvwxyz', 5)} Back-off restarting failed container (exit ${r.int(1, 137)})`,
        `✓ ${r.int(100, 4000)} modules transformed in ${r.int(1, 9)}.${r.digits(2)}s`,
        `[worker ${r.int(1, 16)}] pid=${r.int(1000, 65000)} processed ${r.int(1, 90000)} jobs, p99=${r.int(2, 900)}ms`,
      ]),
    ),
  'object-ids': (r, f) =>
    `Which of these belong to the same customer record?\n${lines(r, 3, 6, () =>
      r.pick([
        `cus_${r.chars(ALNUM, 14)}`,
        `pi_${r.chars(ALNUM, 24)}`,
        `arn:aws:iam::${r.digits(12)}:role/${r.pick(['deploy', 'reader', 'lambda-exec'])}`,
        f.database.mongodbObjectId(),
        `${r.chars(ALNUM + '_-', 21)}`,
        `sku_${r.chars(HEX, 8)}`,
      ]),
    )}`,
  'product-csv': (r) =>
    `Total the revenue per category:\nsku,category,qty,unit_price\n${lines(r, 3, 8, () => `${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${r.digits(5)},${r.pick(['cables', 'storage', 'audio', 'lighting'])},${r.int(1, 500)},${r.int(1, 900)}.${r.digits(2)}`)}`,
};

/** Dedicated faker so negatives never shift the positive items' random streams. */
export function negativeFaker(seed: number): Faker {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  f.setDefaultRefDate(new Date('2026-06-15T12:00:00Z'));
  return f;
}
