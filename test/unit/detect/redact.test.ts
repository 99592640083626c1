import { describe, expect, it } from 'vitest';
import { detect, emptyMap, maskPreview, maskValue, redact, restore } from '../../../src/detect';
import type { Finding } from '../../../src/detect';

const at = (text: string, value: string, type: Finding['type']): Finding => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, score: 1, recognizer: 'test' };
};

describe('redact', () => {
  it('numbers placeholders per type and keeps EMAIL for emails', () => {
    const text = 'a@x.com, b@y.org, John';
    const r = redact(text, [
      at(text, 'a@x.com', 'EMAIL_ADDRESS'),
      at(text, 'b@y.org', 'EMAIL_ADDRESS'),
      at(text, 'John', 'PERSON'),
    ]);
    expect(r.text).toBe('[EMAIL_1], [EMAIL_2], [NAME_1]');
    expect(r.placeholders).toEqual(['[EMAIL_1]', '[EMAIL_2]', '[NAME_1]']);
    expect(r.map.byPlaceholder['[EMAIL_2]']).toBe('b@y.org');
  });

  it('gives the same value the same placeholder across calls (and spellings)', () => {
    const t1 = 'card 4526 0181 5908 3012';
    const r1 = redact(t1, detect(t1));
    const t2 = 'again 4526-0181-5908-3012 and Bob@X.com';
    const r2 = redact(t2, detect(t2), r1.map);
    expect(r2.text).toBe('again [CARD_1] and [EMAIL_1]');
    const r3 = redact('bob@x.com', detect('bob@x.com'), r2.map);
    expect(r3.text).toBe('[EMAIL_1]');
  });

  it('does not mutate the map it was given', () => {
    const map = emptyMap();
    redact('a@x.com', detect('a@x.com'), map);
    expect(map).toEqual(emptyMap());
  });

  it('restores placeholders', () => {
    const text = 'Mail jane@corp.com about it';
    const r = redact(text, detect(text));
    expect(restore(`Sure, I wrote to ${r.placeholders[0]}.`, r.map)).toBe('Sure, I wrote to jane@corp.com.');
  });

  it('masks and removes on request, per type', () => {
    const text = 'card 4526 0181 5908 3012, mail jane@corp.com, call +44 20 7946 0958';
    const r = redact(text, detect(text), emptyMap(), { operators: { CREDIT_CARD: 'mask', PHONE_NUMBER: 'remove' } });
    expect(r.text).toBe('card **** 3012, mail [EMAIL_1], call ');
    expect(r.placeholders).toEqual(['[EMAIL_1]']);
    expect(redact(text, detect(text), emptyMap(), { operator: 'mask' }).text).toBe(
      'card **** 3012, mail j***@c***.com, call *** *** 58',
    );
  });

  it('always strips invisible text', () => {
    const text = 'hi\u200Bthere\u202E';
    expect(redact(text, detect(text)).text).toBe('hithere');
    expect(redact(text, detect(text), emptyMap(), { operator: 'mask' }).text).toBe('hithere');
  });

  it('skips overlapping and out-of-range findings instead of corrupting the text', () => {
    const text = 'abcdefghij';
    const r = redact(text, [
      { type: 'PERSON', start: 0, end: 5, score: 1, recognizer: 't' },
      { type: 'PERSON', start: 3, end: 8, score: 1, recognizer: 't' },
      { type: 'PERSON', start: 8, end: 99, score: 1, recognizer: 't' },
    ]);
    expect(r.text).toBe('[NAME_1]fghij');
  });
});

describe('mask', () => {
  it.each([
    ['CREDIT_CARD', '4242 4242 4242 4242', '**** 4242'],
    ['EMAIL_ADDRESS', 'john@acme.com', 'j***@a***.com'],
    ['IBAN_CODE', 'DE89 3704 0044 0532 0130 00', 'DE** **** 3000'],
    ['US_SSN', '536-22-8726', '***-**-8726'],
    ['PHONE_NUMBER', '+44 20 7946 0958', '*** *** 58'],
    ['PERSON', 'Jane Doe', 'J*** D***'],
    ['SECRET', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_********'],
    ['LOCATION', 'Berlin', 'B***'],
  ] as const)('%s %j -> %j', (type, value, masked) => {
    expect(maskValue(type, value)).toBe(masked);
    expect(maskPreview(type, value)).toBe(masked);
  });

  it('never shows invisible characters in a preview', () => {
    expect(maskPreview('INVISIBLE_TEXT', '\u200B\u200B')).toBe('[2 invisible]');
  });
});
