import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE_GATE, CODE_LINE, isCodeLine } from '../../../src/detect/scan';

describe('CODE_GATE', () => {
  it('holds on every line CODE_LINE matches', () => {
    const pieces = fc.constantFrom(
      ...' \t{}[]();:=!&|<>/$#-.,"\'_'.split(''),
      'a',
      'Z',
      '1',
      '2024-01-02 10:11',
      'at ',
      'import',
      'const ',
      'return',
      '#include',
      '//',
      '-- ',
      'std::',
      'f(',
      '${',
      '</div>',
      '<p ',
      'x::1',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const line = parts.join('');
        if (CODE_LINE.test(line)) expect(CODE_GATE.test(line)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isCodeLine', () => {
  it.each([
    ['if (a == b) {', true],
    ['x===y', true],
    ['ok = a==b', true],
    // Base64 padding in a key is no operator: the line is no code because of the key in it.
    [
      'DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=Tu6i8gNa+o/B4hw==;EndpointSuffix=core.windows.net',
      false,
    ],
    ['token: "YWJjZA=="', false],
  ])('%j: %s', (line, code) => {
    expect(isCodeLine(line)).toBe(code);
  });
});
