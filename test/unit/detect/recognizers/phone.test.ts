import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkEnd, chunkStart, phoneRecognizer } from '../../../../src/detect/recognizers/phone';
import { raw, recognized } from '../helpers';

describe('phone', () => {
  // International format: valid anywhere, whatever the configured regions.
  it.each([
    ['call +1 415-555-2671 now', '+1 415-555-2671', 'US'],
    ['+44 20 7946 0958', '+44 20 7946 0958', 'GB'],
    ['Tel. +49 30 901820', '+49 30 901820', 'DE'],
    ['+33 1 42 68 53 00', '+33 1 42 68 53 00', 'FR'],
    ['+34 612 34 56 78', '+34 612 34 56 78', 'ES'],
    ['+39 347 123 4567', '+39 347 123 4567', 'IT'],
    ['+31 20 624 1111', '+31 20 624 1111', 'NL'],
    ['+91 98765 43210', '+91 98765 43210', 'IN'],
    ['+55 11 91234-5678', '+55 11 91234-5678', 'BR'],
    // An "x" on the next line is no extension.
    ['+1 415-555-2671\nx 0-221B Baker Street', '+1 415-555-2671', 'US'],
    ['0044 20 7946 0958', '0044 20 7946 0958', 'GB'],
    ['001-518-640-0854', '001-518-640-0854', 'US'],
    // A stray digit after the number: the whole run is no valid number, but the number without it is (the "+44"
    // must not be left out of the finding).
    ['call +44 20 7946 0958 0 today', '+44 20 7946 0958', 'GB'],
  ])('finds international %j', (text, value, region) => {
    const f = raw(phoneRecognizer, text).filter((x) => x.score >= 0.5);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual([value]);
    expect(f[0]!.label).toBe(region);
  });

  // National formats of the default regions.
  it.each([
    ['reach me at (415) 555-2671', '(415) 555-2671'],
    ['020 7946 0958', '020 7946 0958'],
    ['07700 900123', '07700 900123'],
    ['030 901820 is the office', '030 901820'],
    ['01 42 68 53 00', '01 42 68 53 00'],
    ['06.12.34.56.78', '06.12.34.56.78'],
    ['612 345 678', '612 345 678'],
    ['06 6982 1234', '06 6982 1234'],
    ['020-624 1111', '020-624 1111'],
    ['098765 43210', '098765 43210'],
    ['(11) 91234-5678', '(11) 91234-5678'],
    ['345-899-3560x4587', '345-899-3560x4587'],
  ])('finds national %j', (text, value) => {
    expect(recognized(phoneRecognizer, text)).toEqual([value]);
  });

  it('lets context decide ambiguous numbers', () => {
    expect(recognized(phoneRecognizer, 'the code is 9472 7916')).toEqual([]);
    expect(recognized(phoneRecognizer, 'Can someone call me on 9472 7916')).toEqual(['9472 7916']);
    expect(recognized(phoneRecognizer, '4155552671')).toEqual([]);
    expect(recognized(phoneRecognizer, 'Fax: 4155552671')).toEqual(['4155552671']);
    expect(recognized(phoneRecognizer, 'Mobile: 78 651 450')).toEqual(['78 651 450']);
  });

  it('reads a bare digit string without context only when the threshold is low enough to report it', () => {
    // Valid in the US: 0.3 with its region, below the default threshold (kept at 0.1, unread, for overlap checks).
    expect(raw(phoneRecognizer, 'see 4155552671').map((f) => [f.score, f.label])).toEqual([[0.1, undefined]]);
    expect(raw(phoneRecognizer, 'see 4155552671', { minScore: 0.3 }).map((f) => [f.score, f.label])).toEqual([
      [0.3, 'US'],
    ]);
    expect(recognized(phoneRecognizer, 'see 4155552671', 0.3, { minScore: 0.3 })).toEqual(['4155552671']);
  });

  it('uses the configured regions first', () => {
    const f = raw(phoneRecognizer, '06 12 34 56 78', { phoneRegions: ['FR'] });
    expect(f[0]?.label).toBe('FR');
    // German numbering accepts almost anything: a later region with a strict plan reads the number first, unless
    // Germany is the user's own (first) region.
    const label = (regions?: string[]) =>
      raw(phoneRecognizer, 'Tel 371 909 212', regions ? { phoneRegions: regions } : {})[0]?.label;
    expect(label()).toBe('FR');
    expect(label(['DE', 'FR'])).toBe('DE');
    expect(raw(phoneRecognizer, 'Tel 030 986084193')[0]?.label).toBe('DE');
  });

  it.each([
    ['2024-03-14 10:22:31'],
    ['on 14.03.2024 at noon'],
    ['03/14/2024'],
    ['version 10.0.19041.1'],
    ['server 192.168.100.200'],
    ['uuid 123e4567-e89b-12d3-a456-426614174000'],
    ['sha 8f3a2c1e4b5d4e6f9a7b'],
    ['order 4155552671'],
    ['Order #415-555-2671'],
    ['invoice 020 7946 0958'],
    ['pi is 3.14159265'],
    ['population 1.234.567'],
    ['epoch 1710411751'],
    ['ISBN 978-3-16-148410-0'],
    // An ISBN-13 (check digit right) is a book whatever the words around it.
    ['call about the book 978-1-0343-1937-5'],
    ['Reading list: 9781643578293, 978-1-5747-2838-5'],
    ['1 2 3 4 5 6 7 8'],
  ])('ignores %j', (text) => {
    expect(recognized(phoneRecognizer, text)).toEqual([]);
  });
});

describe('chunkStart / chunkEnd', () => {
  it('find the matches of the candidate pattern they replace', () => {
    const CHUNK = /(?:\+|\b00)?\(?\d[\d\u00a0 ().\-/]*/g;
    const pieces = fc.constantFrom(...'0123456789+()-./ \u00a0xa_\n'.split(''), '00', '+(', '(+', '\u0660');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(CHUNK)].map((m) => `${m.index}:${m[0]}`);
        const found: string[] = [];
        for (let at = chunkStart(text, 0); at >= 0;) {
          const end = chunkEnd(text, at);
          found.push(`${at}:${text.slice(at, end)}`);
          at = chunkStart(text, end);
        }
        expect(found).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
  });
});
