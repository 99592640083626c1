/**
 * Seeded generator for synthetic credentials. Every token in these tests is built here at run
 * time from a prefix, a length and an alphabet, so no real-looking secret literal sits in the
 * repository for secret scanners (or people) to trip over.
 */

/** mulberry32: tiny, fast, deterministic; test data only. */
export class Rng {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` characters drawn from `alphabet`. */
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const LETTERS = UPPER + LOWER;
export const ALNUM = UPPER + LOWER + DIGITS;
export const UPPER_NUM = UPPER + DIGITS;
export const LOWER_NUM = LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const WD = ALNUM + '_-';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
/** Human-style password alphabet: no quotes, spaces, backslashes or URI delimiters. */
export const PASSWORD = ALNUM + '!$%*+-.^_~';

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

/** A password with at least one lower, upper, digit and symbol. */
export function password(r: Rng, length = 14): string {
  for (;;) {
    const pw = r.chars(PASSWORD, length);
    if (/[a-z]/.test(pw) && /[A-Z]/.test(pw) && /[0-9]/.test(pw) && /[^A-Za-z0-9]/.test(pw) && !/^[$!<]/.test(pw)) {
      return pw;
    }
  }
}

export const uuid = (r: Rng): string =>
  `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`;

/** A JWT with a real JSON header and payload and a random signature. */
export function jwt(r: Rng, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const claims = { sub: `user-${r.int(1000, 9999)}`, iat: 1_700_000_000 + r.int(0, 9_999_999), scope: 'read write' };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${r.chars(WD, 43)}`;
}

/** PEM block with 64-column base64 lines. `eol` is "\n", or "\\n" for a key inside a JSON string. */
export function pem(r: Rng, kind: string, lines = 8, eol = '\n'): string {
  const body = ('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + r.chars(B64, lines * 64)).slice(0, lines * 64 - r.int(0, 30));
  const wrapped = (body.match(/.{1,64}/g) ?? []).join(eol);
  return `-----BEGIN ${kind}-----${eol}${wrapped}${eol}-----END ${kind}-----`;
}

/** Discord bot token: base64url(snowflake id) . timestamp . HMAC. */
export function discordBotToken(r: Rng): string {
  const id = `${r.int(1, 9)}${r.chars(DIGITS, r.int(16, 18))}`;
  return `${b64url(id)}.${r.chars(WD, 6)}.${r.chars(WD, r.pick([27, 38]))}`;
}
