import { describe, expect, it } from 'vitest';
import { isPlaceholderValue, looksLikeCode } from '../../../../src/detect/recognizers/secrets/allowlist';
import { decodeBase64 } from '../../../../src/detect/recognizers/secrets/base64';
import { shannonEntropy } from '../../../../src/detect/recognizers/secrets/entropy';
import { KeywordScanner } from '../../../../src/detect/recognizers/secrets/keywords';
import { ALNUM, HEX, Rng } from './gen';

describe('shannonEntropy', () => {
  it('is 0 for empty and single-symbol strings', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
  });

  it('is log2(n) for n equally frequent symbols', () => {
    expect(shannonEntropy('ab')).toBeCloseTo(1);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });

  it('separates random tokens from words', () => {
    const r = new Rng(7);
    expect(shannonEntropy(r.chars(ALNUM, 40))).toBeGreaterThan(4.5);
    expect(shannonEntropy(r.chars(HEX, 64))).toBeGreaterThan(3.5);
    expect(shannonEntropy('password')).toBeLessThan(3);
  });
});

describe('decodeBase64', () => {
  it('decodes standard and URL-safe alphabets, padded or not', () => {
    const s = 'user:p?ss>~';
    expect(decodeBase64(Buffer.from(s).toString('base64'))).toBe(s);
    expect(decodeBase64(Buffer.from(s).toString('base64url'))).toBe(s);
    expect(decodeBase64(Buffer.from('{"alg":"HS256"}').toString('base64url'))).toBe('{"alg":"HS256"}');
  });

  it('matches Buffer on random bytes', () => {
    const r = new Rng(99);
    for (let n = 0; n < 40; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, () => r.int(0, 255)));
      expect(decodeBase64(bytes.toString('base64'))).toBe(bytes.toString('latin1'));
    }
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64('abc$')).toBeNull();
    expect(decodeBase64('abcde')).toBeNull();
    expect(decodeBase64('ab===')).toBeNull();
  });
});

describe('KeywordScanner', () => {
  const keywords = ['ghp_', 'sk-ant-api', 'key', 'key-', 'ey', 'contraseña'];
  const scanner = new KeywordScanner(keywords);
  const found = (text: string): string[] => keywords.filter((_, i) => scanner.scan(text)[i] === 1);

  it('agrees with includes() on every keyword, including overlapping ones', () => {
    const r = new Rng(3);
    const parts = [...keywords, 'gh', 'sk-', 'k', 'e', ' ', 'x', 'ñ'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: r.int(0, 12) }, () => r.pick(parts)).join('');
      // Non-ASCII characters share one class, so "contraseña" may be over-reported; never missed.
      const expected = keywords.filter((k) => text.includes(k));
      const got = found(text);
      expect(got.filter((k) => k !== 'contraseña')).toEqual(expected.filter((k) => k !== 'contraseña'));
      if (expected.includes('contraseña')) expect(got).toContain('contraseña');
    }
  });

  it('finds keywords that end inside a longer partial match (failure links)', () => {
    expect(found('sk-ankey-')).toEqual(['key', 'key-', 'ey']);
  });

  it('scanFolded(text) equals scan(text.toLowerCase()), whatever the case and script', () => {
    const r = new Rng(5);
    const parts = [...keywords, 'GHP_', 'Sk-Ant-Api', 'KEY', 'Ey', 'CONTRASEÑA', 'İ', '\u212a', 'Σ', '’', 'x', ' '];
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: r.int(0, 12) }, () => r.pick(parts)).join('');
      expect([...scanner.scanFolded(text)]).toEqual([...scanner.scan(text.toLowerCase())]);
    }
  });

  it('only "İ" and the Kelvin sign lower-case to ASCII outside ASCII (what scanFolded relies on)', () => {
    const toAscii: number[] = [];
    for (let c = 128; c < 0x10000; c++) {
      if ([...String.fromCharCode(c).toLowerCase()].some((x) => x.charCodeAt(0) < 128)) toAscii.push(c);
    }
    expect(toAscii).toEqual([0x130, 0x212a]);
  });
});

describe('placeholder and code filters', () => {
  it.each([
    '${DB_PASSWORD}',
    '$DB_PASSWORD',
    '%DB_PASSWORD%',
    '<password>',
    '[REDACTED]',
    'changeme',
    'your_api_key',
    'abcdefgh',
    '12345678',
    'xxxxxxxx',
  ])('placeholder: %s', (v) => expect(isPlaceholderValue(v)).toBe(true));

  it.each(['hunter2xyz', '$kX9!aB7q', '!Rt5$uv8w', 'Sunsh1ne!'])('not a placeholder: %s', (v) =>
    expect(isPlaceholderValue(v)).toBe(false),
  );

  it.each([
    'getPassword()',
    "os.environ['X']",
    'self.password',
    'config.db.password',
    'userPassword',
    'process.env.API_KEY',
  ])('code: %s', (v) => expect(looksLikeCode(v)).toBe(true));

  it.each(['hunter2xyz', 'Tr0ub4dor.3', 'kX7.Ab9'])('not code: %s', (v) => expect(looksLikeCode(v)).toBe(false));
});
