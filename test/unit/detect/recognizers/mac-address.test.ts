import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { macAddressRecognizer, separatedHexRuns } from '../../../../src/detect/recognizers/mac-address';
import { recognized } from '../helpers';

describe('mac-address', () => {
  it.each([
    ['device 00:1A:2B:3C:4D:5E joined', '00:1A:2B:3C:4D:5E'],
    ['a4-5e-60-e8-1b-9c', 'a4-5e-60-e8-1b-9c'],
    ['mac 0023.ab45.cd67', '0023.ab45.cd67'],
  ])('finds %j', (text, value) => {
    expect(recognized(macAddressRecognizer, text)).toEqual([value]);
  });

  it.each([['ff:ff:ff:ff:ff:ff'], ['00:00:00:00:00:00'], ['00:1A-2B:3C:4D:5E'], ['1234.5678.9012'], ['12:34:56']])(
    'ignores %j',
    (text) => {
      expect(recognized(macAddressRecognizer, text)).toEqual([]);
    },
  );
});

describe('separatedHexRuns', () => {
  it('finds the matches of the regex it replaces that hold a separator', () => {
    const HEX_RUN = /[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g;
    const piece = fc.constantFrom(...'0123456789abcdefABCDEF:.-gxZ \n'.split(''), 'face', '00:1A:2B', '\u00e9');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(HEX_RUN)]
          .filter((m) => /[:.-]/.test(m[0]))
          .map((m) => [m.index, m.index + m[0].length]);
        expect(separatedHexRuns(text)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
