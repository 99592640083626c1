import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE_GATE, CODE_LINE } from '../../../src/detect/scan';

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
