import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCORE, detect, redact } from '../../../src/detect';
import { found } from './helpers';

const PROMPT =
  'Hi, I am John Smith (john.smith@gmail.com, +44 20 7946 0958). Card 4526 0181 5908 3012, ' +
  'IBAN DE89 3704 0044 0532 0130 00, SSN 536-22-8726, server 41.173.96.26.';

describe('detect (fast path)', () => {
  it('finds every kind in one prompt', () => {
    const types = detect(PROMPT).map((f) => f.type);
    expect(types).toEqual([
      'PERSON',
      'EMAIL_ADDRESS',
      'PHONE_NUMBER',
      'CREDIT_CARD',
      'IBAN_CODE',
      'US_SSN',
      'IP_ADDRESS',
    ]);
  });

  it('returns sorted, non-overlapping findings with valid offsets', () => {
    const out = detect(PROMPT);
    for (let i = 0; i < out.length; i++) {
      expect(out[i]!.start).toBeGreaterThanOrEqual(0);
      expect(out[i]!.end).toBeLessThanOrEqual(PROMPT.length);
      if (i > 0) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    }
  });

  it('applies minScore', () => {
    expect(DEFAULT_MIN_SCORE).toBe(0.5);
    expect(found('meeting on 14.03.2024', 'DATE_TIME')).toEqual([]);
    expect(found('meeting on 14.03.2024', 'DATE_TIME', { minScore: 0.2 })).toEqual(['14.03.2024']);
    expect(detect(PROMPT, { minScore: 0.99 }).map((f) => f.type)).toEqual([
      'EMAIL_ADDRESS',
      'CREDIT_CARD',
      'IBAN_CODE',
    ]);
  });

  it('restricts to the requested types', () => {
    expect(detect(PROMPT, { types: ['EMAIL_ADDRESS'] }).map((f) => f.type)).toEqual(['EMAIL_ADDRESS']);
    expect(detect(PROMPT, { types: [] })).toEqual([]);
  });

  it('drops allowlisted values, ignoring case and separators', () => {
    expect(found(PROMPT, 'CREDIT_CARD', { allowlist: ['4526-0181-5908-3012'] })).toEqual([]);
    expect(found(PROMPT, 'EMAIL_ADDRESS', { allowlist: ['JOHN.SMITH@GMAIL.COM'] })).toEqual([]);
  });

  it('uses the phone regions given', () => {
    // A French national number is not valid in the default first region (US) but is in FR.
    const fr = detect('06 12 34 56 78', { phoneRegions: ['FR'] });
    expect(fr[0]?.label).toBe('FR');
  });

  it('reports custom keywords and patterns, and carries their action', () => {
    const out = detect('Project Falcon for CUST-004211', {
      customKeywords: ['project falcon'],
      customPatterns: [{ name: 'customer', pattern: 'CUST-\\d{6}', action: 'block' }],
    });
    expect(out.map((f) => [f.type, f.label, f.action])).toEqual([
      ['CUSTOM', 'keyword', undefined],
      ['CUSTOM', 'customer', 'block'],
    ]);
  });

  it('skips invalid custom patterns without throwing', () => {
    expect(() => detect('abc', { customPatterns: [{ name: 'bad', pattern: '(' }] })).not.toThrow();
  });

  it('never reports its own placeholders, so redaction is stable', () => {
    const once = redact(PROMPT, detect(PROMPT)).text;
    expect(detect(once)).toEqual([]);
    expect(detect('[NAME_1] met [EMAIL_2] at [ADDRESS_1]')).toEqual([]);
    // A placeholder in a header row is a redacted value, not a "name" column (fast-check counterexample).
    const tsv = 'Hi\tJohn\n12345678Z\tSmith ';
    expect(detect(redact(tsv, detect(tsv)).text)).toEqual([]);
    // Nor does the IPv6 "::" make a line code, then stop doing so once redacted.
    const ips = 'Server 10.0.12.7 and 2001:db8::ff00:42:8329 are down.';
    expect(detect(redact(ips, detect(ips)).text)).toEqual([]);
  });

  it('handles empty and non-string input', () => {
    expect(detect('')).toEqual([]);
    expect(detect(undefined as unknown as string)).toEqual([]);
  });

  it('reads context from a table header and a list intro', () => {
    const csv = 'employee,ssn,state\nJettie Heathcote,176484260,WA\nCordie Leffler,287608141,TX';
    expect(found(csv, 'US_SSN')).toEqual(['176484260', '287608141']);
    expect(found(csv, 'PERSON')).toEqual(['Jettie Heathcote', 'Cordie Leffler']);
    const list = 'NHS numbers of the new starters:\n- Terry Bernier: 943 476 5919\n- Ann Lee: 401 023 2137';
    expect(found(list, 'UK_NHS')).toEqual(['943 476 5919', '401 023 2137']);
  });

  it('reports a connection string with credentials as one SECRET', () => {
    const text = 'DATABASE_URL=postgres://app:s3cr3tPassw0rd@db.internal:5432/prod';
    const out = detect(text);
    expect(out.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['SECRET', 'postgres://app:s3cr3tPassw0rd@db.internal:5432/prod'],
    ]);
  });

  it('finds values in data lines (JSON, YAML) but not names in code', () => {
    expect(found('{"first_name": "Reid", "last_name": "Vandervort"}', 'PERSON')).toEqual(['Reid', 'Vandervort']);
    expect(found('  address: 2 Jalen Bank, Liverpool CB16 6QX', 'STREET_ADDRESS')).toEqual([
      '2 Jalen Bank, Liverpool CB16 6QX',
    ]);
    expect(found('const Max = compute(Grace);', 'PERSON')).toEqual([]);
  });
});
