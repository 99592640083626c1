import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusItem, DEFAULT_SEED, generateCorpus } from '../../corpus/generate';
import { VALIDATED } from '../../bench/result';
import { LOCALES } from '../../corpus/locales';
import * as v from '../../corpus/validators';

const regionOf = new Map(LOCALES.map((l) => [l.code, l.region]));

/** What each gold type's text must satisfy. Types without a rule only need to be non-empty. */
function checkValue(item: CorpusItem, type: string, label: string | undefined, text: string): boolean {
  switch (type) {
    case 'CREDIT_CARD':
      return v.luhnValid(text);
    case 'IBAN_CODE':
      return v.ibanValid(text);
    case 'US_SSN':
      return v.ssnValid(text);
    case 'UK_NINO':
      return v.ninoValid(text);
    case 'UK_NHS':
      return v.nhsValid(text);
    case 'EMAIL_ADDRESS':
      return v.emailValid(text);
    case 'PHONE_NUMBER':
      return v.phoneValid(text, regionOf.get(item.locale)!);
    case 'IP_ADDRESS':
      return v.ipValid(text);
    case 'MAC_ADDRESS':
      return v.macValid(text);
    case 'NATIONAL_ID':
      if (label === 'DE') return v.steuerIdValid(text);
      if (label === 'ES') return v.dniNieValid(text);
      if (label === 'IT') return v.codiceFiscaleValid(text);
      if (label === 'FR') return v.nirValid(text);
      return false;
    case 'SECRET':
      if (label === 'JWT') return v.jwtValid(text);
      if (label === 'PrivateKey')
        return /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----$/.test(text);
      if (label === 'ConnectionString') return /^[a-z+]+:\/\/[^:/\s]+:[^@\s]+@[^/\s]+\/\w+$/.test(text);
      return text.length >= 12 && !/\s/.test(text);
    case 'PERSON':
      return /\p{L}/u.test(text) && !/\d|@/.test(text);
    default:
      return text.trim().length > 0;
  }
}

describe('corpus generator', () => {
  let corpus: CorpusItem[];
  beforeAll(() => {
    corpus = generateCorpus();
  });

  it('is deterministic: same seed, same corpus; another seed, another corpus', () => {
    expect(generateCorpus()).toEqual(corpus);
    const other = generateCorpus({ seed: DEFAULT_SEED + 1, scale: 0.05 });
    expect(other.slice(0, 5).map((x) => x.text)).not.toEqual(corpus.slice(0, 5).map((x) => x.text));
  });

  it('has at least 2,000 positives in at least 10 locales and 500 hard negatives', () => {
    const pos = corpus.filter((x) => x.spans.length > 0);
    const neg = corpus.filter((x) => x.spans.length === 0);
    expect(pos.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(pos.map((x) => x.locale)).size).toBeGreaterThanOrEqual(10);
    expect(neg.length).toBeGreaterThanOrEqual(500);
    expect(neg.every((x) => x.kind.startsWith('neg:'))).toBe(true);
    expect(new Set(pos.map((x) => x.kind)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((x) => x.id)).size).toBe(corpus.length);
  });

  it('labels every type the detector must find, each many times', () => {
    const counts = new Map<string, number>();
    for (const x of corpus) for (const s of x.spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
    for (const t of ['PERSON', ...VALIDATED, 'SECRET']) {
      expect(counts.get(t) ?? 0, t).toBeGreaterThanOrEqual(50);
    }
  });

  it('gives every gold span the value it claims (checksums, formats)', () => {
    const bad: string[] = [];
    for (const x of corpus) {
      for (const s of x.spans) {
        const text = x.text.slice(s.start, s.end);
        if (!checkValue(x, s.type, s.label, text))
          bad.push(`${x.id} ${s.type}${s.label ? `/${s.label}` : ''}: ${JSON.stringify(text)}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('has spans in range, in order, without overlap or surrounding whitespace', () => {
    for (const x of corpus) {
      let prevEnd = 0;
      for (const s of x.spans) {
        expect(s.start, x.id).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end, x.id).toBeGreaterThan(s.start);
        expect(s.end, x.id).toBeLessThanOrEqual(x.text.length);
        const t = x.text.slice(s.start, s.end);
        expect(t.trim(), x.id).toBe(t);
        prevEnd = s.end;
      }
    }
  });

  it('keeps the placeholder and Luhn-valid order-number negatives', () => {
    const neg = corpus
      .filter((x) => x.spans.length === 0)
      .map((x) => x.text)
      .join('\n');
    expect(neg).toContain('AKIAIOSFODNN7EXAMPLE');
    const orders = [...neg.matchAll(/Order #(\d{16})/g)].map((m) => m[1]!);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => v.luhnValid(o))).toBe(true);
    expect(neg).not.toContain('4111 1111 1111 1111');
  });
});

// The label checks above are only as good as the validators: pin them to published examples.
describe('corpus validators', () => {
  it.each([
    ['luhn', v.luhnValid, '4111 1111 1111 1111', '4111 1111 1111 1112'],
    ['iban', v.ibanValid, 'DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 01'],
    ['ssn', v.ssnValid, '536-22-8726', '666-22-8726'],
    ['nino', v.ninoValid, 'AB 12 34 56 C', 'BG 12 34 56 C'],
    ['nhs', v.nhsValid, '943 476 5919', '943 476 5918'],
    ['steuer-id', v.steuerIdValid, '86095742719', '86095742718'],
    ['dni', v.dniNieValid, '12345678Z', '12345678A'],
    ['nie', v.dniNieValid, 'X1234567L', 'X1234567K'],
    ['codice fiscale', v.codiceFiscaleValid, 'RSSMRA85T10A562S', 'RSSMRA85T10A562T'],
    ['nir', v.nirValid, '2 55 08 14 168 025 38', '2 55 08 14 168 025 39'],
  ])('%s accepts a valid value and rejects a one-character change', (_name, check, good, bad) => {
    expect(check(good)).toBe(true);
    expect(check(bad)).toBe(false);
  });
});
