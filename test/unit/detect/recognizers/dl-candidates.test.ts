import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { licenceCandidates } from '../../../../src/detect/recognizers/us-driver-license';

// The pattern as the recognizer declares it, searched over the whole text.
const DL = /WDL[A-Z0-9]{9}|[A-Za-z]{0,3}-?\d[\d-]{4,16}[A-Za-z]?|[A-Za-z*]{5,7}\d{3}[A-Za-z0-9]{2}/g;

describe('licenceCandidates', () => {
  it('finds what the search over the whole text finds', () => {
    const pieces = fc.constantFrom(
      'A',
      'b',
      'XYZ',
      '*',
      '-',
      '1',
      '23',
      '4567',
      '890123',
      ' ',
      'WDL',
      'WDLABCDEFGHI',
      'DL',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = [...licenceCandidates(text)].map((m) => [m.index, m[0]]);
        expect(got).toEqual([...text.matchAll(DL)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 5000 },
    );
  });
});
