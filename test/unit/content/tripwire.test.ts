/**
 * The tripwire's matching (src/page): keyed fingerprints of flagged values, found in request bodies
 * however the site encodes them, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { bodyViews, percentDecode, unescapeJson, type Intrinsics } from '../../../src/page/decode';
import {
  containsFlagged,
  fingerprint,
  groupFingerprints,
  MIN_FINGERPRINT_LENGTH,
  newKey,
  normaliseCodes,
  type Fingerprint,
  type FingerprintKey,
} from '../../../src/page/fingerprint';

const x: Intrinsics = {
  charCodeAt: (s, i) => s.charCodeAt(i),
  fromCharCodes: (codes) => String.fromCharCode(...Array.from(codes)),
  utf8: (bytes) => new TextDecoder().decode(bytes),
};

let seed = 7;
const random = (max: number): number => {
  seed = (seed * 48271) % 2147483647;
  return seed % max;
};

function table(values: string[], key: FingerprintKey) {
  return groupFingerprints(values.map((v) => fingerprint(v, key)).filter((f): f is Fingerprint => f !== undefined));
}

const hit = (body: string, values: string[], key: FingerprintKey): boolean =>
  bodyViews(body, x).some((view) => containsFlagged(normaliseCodes(view), key, table(values, key)));

describe('fingerprints', () => {
  const key = newKey(random);

  it('are equal for the same value however it is spaced, punctuated or cased', () => {
    const a = fingerprint('4539 8440 9442 9365', key);
    expect(fingerprint('4539-8440-9442-9365', key)).toEqual(a);
    expect(fingerprint('4539844094429365', key)).toEqual(a);
    expect(fingerprint('Jane.Doe@Example.com', key)).toEqual(fingerprint('jane.doe@example.com', key));
  });

  it('differ between keys and between values, and skip values too short to flag safely', () => {
    const other = newKey(random);
    expect(fingerprint('jane.doe@example.com', key)).not.toEqual(fingerprint('jane.doe@example.com', other));
    expect(fingerprint('jane.doe@example.com', key)).not.toEqual(fingerprint('jane.doe@example.org', key));
    expect(fingerprint('ab-cd', key)).toBeUndefined();
    expect(MIN_FINGERPRINT_LENGTH).toBeGreaterThanOrEqual(6);
  });

  it('stay below 2^53 so plain numbers carry them exactly', () => {
    for (let i = 0; i < 200; i++) {
      const fp = fingerprint(`value-${i}-${random(1e9)}@example.com`, newKey(random))!;
      expect(Number.isSafeInteger(fp.h)).toBe(true);
      expect(fp.h).toBeLessThan(2 ** 53);
    }
  });
});

describe('bodies', () => {
  const key = newKey(random);
  const EMAIL = 'jane.doe@example.com';
  const CARD = '4539 8440 9442 9365';

  it('finds a flagged value in JSON, form-encoded, and Gemini-style JSON-in-form-in-JSON bodies', () => {
    const chatgpt = JSON.stringify({ messages: [{ content: { parts: [`mail ${EMAIL} now`] } }] });
    expect(hit(chatgpt, [EMAIL], key)).toBe(true);
    const inner = JSON.stringify([[`card ${CARD}`], null, null]);
    const gemini = `f.req=${encodeURIComponent(JSON.stringify([[['ESY5D', inner, null, 'generic']]]))}&at=x`;
    expect(gemini).not.toContain(CARD); // spaces are %20 on the wire
    expect(hit(gemini, [CARD], key)).toBe(true);
    expect(hit(JSON.stringify({ q: EMAIL.replace('@', '\\u0040') }), [EMAIL], key)).toBe(true);
    expect(hit(`q=${encodeURIComponent(EMAIL)}`, [EMAIL], key)).toBe(true);
    expect(hit(`{"text":"4539-8440-9442-9365"}`, [CARD], key)).toBe(true);
  });

  it('lets clean bodies, placeholders and near misses through', () => {
    expect(hit(JSON.stringify({ text: 'mail [EMAIL_1] now' }), [EMAIL], key)).toBe(false);
    expect(hit('jane.doe@example.org', [EMAIL], key)).toBe(false);
    expect(hit('4539 8440 9442 9366', [CARD], key)).toBe(false);
    expect(hit('', [EMAIL], key)).toBe(false);
    expect(hit(`mail ${EMAIL}`, [], key)).toBe(false);
  });

  it('checks 100 KB with several flagged lengths in a few milliseconds', () => {
    const values = [
      'jane.doe@example.com',
      '4539 8440 9442 9365',
      'AKIAH5DMECEKP7CD3PMJ',
      '+44 20 7946 0958',
      'DE88370400445343889205',
    ];
    const body = JSON.stringify({ text: 'lorem ipsum dolor sit amet '.repeat(4000) });
    const t0 = performance.now();
    expect(hit(body, values, key)).toBe(false);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(200);
    expect(hit(`${body.slice(0, 50_000)} ${values[2]} ${body.slice(50_000)}`, values, key)).toBe(true);
  });

  it('finds each of 4,000 flagged values of one length (a spreadsheet), and none of 4,000 others', () => {
    const ibans = (from: number): string[] =>
      Array.from({ length: 4000 }, (_, i) => `DE00 3704 0044 ${String(1e9 + from + i * 7919).padStart(10, '0')}`);
    const flagged = ibans(0);
    const groups = table(flagged, key);
    const found = (v: string): boolean => containsFlagged(normaliseCodes(`iban ${v};`), key, groups);
    expect(flagged.filter(found)).toHaveLength(4000);
    expect(ibans(5).filter(found)).toEqual([]);
  });
});

describe('decoding', () => {
  it('percent-decodes UTF-8 and keeps text without escapes as it is', () => {
    expect(percentDecode('a%40b.c%20d+e', x)).toBe('a@b.c d e');
    expect(percentDecode('caf%C3%A9', x)).toBe('café');
    expect(percentDecode('100% sure', x)).toBe('100% sure');
  });

  it('undoes \\u escapes behind any number of backslashes', () => {
    expect(unescapeJson('a\\u0040b', x)).toBe('a@b');
    expect(unescapeJson('a\\\\\\u0040b', x)).toBe('a@b');
    expect(unescapeJson('no escapes', x)).toBe('no escapes');
  });
});
