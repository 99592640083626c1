import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../../src/detect/recognizers/secrets/index';
import { ALNUM, B64, b64, BASE32, HEX, Rng, uuid } from './gen';

const r = new Rng(20240611);

/** Text that must produce no SECRET finding at all: high-entropy non-secrets, placeholders, prose, code. */
const HARD_NEGATIVES: Array<[string, string]> = [
  // Identifiers and hashes: high entropy, no credential structure.
  ['UUID', `request id ${uuid(r)} failed`],
  ['UUIDs in JSON', `{"id": "${uuid(r)}", "parent_id": "${uuid(r)}", "trace": "${uuid(r)}"}`],
  ['git SHA', `commit ${r.chars(HEX, 40)}\nAuthor: Dev <dev@acme.io>`],
  ['short SHA', `fixed in ${r.chars(HEX, 7)} and ${r.chars(HEX, 12)}`],
  ['sha256 hex', `sha256: ${r.chars(HEX, 64)}  release.tar.gz`],
  ['docker digest', `image: nginx@sha256:${r.chars(HEX, 64)}`],
  ['npm integrity', `"integrity": "sha512-${r.chars(B64, 86)}=="`],
  ['yarn checksum', `checksum: ${r.chars(HEX, 128)}`],
  ['base64 data URI', `<img src="data:image/png;base64,${b64(r.chars(ALNUM + '\u00ff\u0001', 3000))}">`],
  ['base64 blob', `payload: ${r.chars(B64, 2000)}==`],
  ['ssh public key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 43)} dev@laptop`],
  [
    'PEM certificate',
    `-----BEGIN CERTIFICATE-----\n${r.chars(B64, 64)}\n${r.chars(B64, 64)}\n-----END CERTIFICATE-----`,
  ],
  ['PEM public key', `-----BEGIN PUBLIC KEY-----\n${r.chars(B64, 64)}\n${r.chars(B64, 40)}\n-----END PUBLIC KEY-----`],
  ['version strings', 'upgrade from v1.2.3 to 2.0.0-beta.4+build.5678 (node 20.19.0, API version 2024-01-01)'],
  ['timestamps', 'created_at: 2024-05-03T14:22:31.123Z, expires_in: 3600, token_type: Bearer'],
  ['IPv6 and MAC', 'fe80::1ff:fe23:4567:890a on eth0 (00:1A:2B:3C:4D:5E)'],
  ['CSS colours', '--token-color-primary: #1a2b3c; --token-spacing: 4px;'],
  ['base32 run', `ref ${r.chars(BASE32, 24)}`],
  ['S3 object key', 'Key: uploads/2024/05/invoice-1234.pdf'],
  // Placeholders and references.
  ['env reference', 'password: ${DB_PASSWORD}'],
  ['os.environ', "password = os.environ['DB_PASSWORD']"],
  ['getenv', 'db_password = os.getenv("DB_PASSWORD")'],
  ['angle placeholder', 'token: <your token>'],
  ['your_api_key', 'OPENAI_API_KEY=your_api_key_here'],
  ['changeme', 'admin_password: changeme'],
  ['masked', 'password: ********'],
  ['xxxxx', 'api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"'],
  ['template', 'secret: {{ .Values.secret }}'],
  ['erb', 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>'],
  ['vault tag', 'password: !vault |'],
  ['AWS docs access key', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
  ['AWS docs secret key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['docs token', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['docs sk', 'sk-your-api-key-here'],
  ['docs bearer', 'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io'],
  ['docs basic', 'Authorization: Basic <base64 of user:pass>'],
  ['docs connection string', 'postgresql://user:password@localhost:5432/mydb'],
  ['docker-compose default', 'DATABASE_URL=postgres://postgres:postgres@db:5432/postgres'],
  // Code that names credentials without containing one.
  ['getApiKey()', 'const key = getApiKey();'],
  ['process.env', 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });'],
  ['await token', 'const token = await auth.getToken();'],
  ['bearer template', 'headers: { Authorization: `Bearer ${token}` }'],
  ['typed field', 'interface Login { password: string; token?: string }'],
  ['validation schema', 'password: z.string().min(12),'],
  ['self.password', 'self.password = password'],
  ['request body', 'const { password } = req.body; user.password = await bcrypt.hash(password, 10);'],
  ['html input', '<input type="password" name="password" autocomplete="current-password">'],
  ['bcrypt hash', 'password_hash: $2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWX12'],
  ['tokenizer', '"tokenizer": "gpt2", "max_tokens": 4096, "pad_token": "<pad>"'],
  ['csrf token', `csrf_token: ${r.chars(ALNUM, 32)}`],
  ['pagination token', `next_page_token: ${r.chars(ALNUM, 40)}`],
  ['public key field', `public_key: ${r.chars(B64, 44)}`],
  ['stripe publishable', `pk_live_${r.chars(ALNUM, 24)}`],
  ['key-value prose', 'Use a key-value store; the primary_key is user_id and sort_key is created_at.'],
  ['i18n key', 'token: errors.auth.token_expired'],
  ['secret length', 'secret_length: 32'],
  // Prose about secrets.
  ['success', 'The secret to success is consistency.'],
  ['forgot', 'I forgot my password again, can you reset it?'],
  ['rotate', 'Please rotate your API key every 90 days and never share your token.'],
  ['rules', 'Password: at least 12 characters, one digit and one symbol.'],
  ['required', 'The password is required and the token is optional.'],
  ['secret prose', "Secret: don't tell anyone about the party."],
  ['bearer prose', 'Bearer tokens are sent in the Authorization header.'],
  ['basic prose', 'Basic authentication is fine for internal tools.'],
];

describe('hard negatives', () => {
  it.each(HARD_NEGATIVES)('%s', (_name, text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it('the empty string', () => {
    expect(findSecrets('')).toEqual([]);
  });
});
