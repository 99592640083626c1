import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE_GATE, CODE_LINE, isCodeLine, isCodeLineWith } from '../../../src/detect/scan';

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
  '==',
  'if',
);

describe('CODE_GATE', () => {
  it('holds on every line CODE_LINE matches', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const line = parts.join('');
        if (CODE_LINE.test(line)) expect(CODE_GATE.test(line)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isCodeLineWith', () => {
  it('answers as isCodeLine on the line with the span replaced', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const line = parts.join('');
        const from = a % (line.length + 1);
        const to = from + (b % (line.length - from + 1));
        const built = line.slice(0, from) + '[X_1]' + line.slice(to);
        expect(isCodeLineWith(line, from, to, '[X_1]')).toBe(isCodeLine(built));
      }),
      { numRuns: 50000 },
    );
  });

  it.each([
    ['key==', 3, 3, true], // "[X_1]==": padding no more, an operator
    ['if', 2, 2, true],
    ['Call Anna now', 5, 9, false],
  ])('%j with [%i, %i) replaced: %s', (line, from, to, code) => {
    expect(isCodeLineWith(line, from, to, '[X_1]')).toBe(code);
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
