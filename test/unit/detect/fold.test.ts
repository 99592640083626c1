import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../../src/detect/lexicon';

describe('fold', () => {
  it('equals NFD without marks, by table for Latin-1 words and otherwise', () => {
    const ch = fc.oneof(
      fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('ł', 'ő', 'ş', '\u0301', 'ǅ', 'ﬁ', '’', '𝐀'),
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 12 }), (parts) => {
        const w = parts.join('');
        expect(fold(w)).toBe(w.normalize('NFD').replace(/\p{M}/gu, ''));
      }),
      { numRuns: 5000 },
    );
  });
});
