import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allTokens, capTokens } from '../../../src/detect/recognizers/name-tokens';
import { NAME_PARTICLES } from '../../../src/detect/data/names';
import { classOf, LETTER, MARK, NUMBER, UPPER } from '../../../src/detect/chars';

// The regexes the character walk replaces (person.ts used them before).
const FIRST = [...new Set([...NAME_PARTICLES].map((w) => w[0]!))].join('');
const CAP_TOKEN = new RegExp(
  `\\p{Lu}(?<![\\p{L}\\p{M}'’]\\p{Lu})[\\p{L}\\p{M}'’-]*|(?=[${FIRST}])(?<![\\p{L}\\p{M}'’])(?:${[...NAME_PARTICLES].join('|')})(?![\\p{L}\\p{M}'’-])`,
  'gu',
);
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

const byRegex = (re: RegExp, text: string, from: number, to: number): number[] =>
  [...text.slice(from, to).matchAll(re)].flatMap((m) => [from + m.index, from + m.index + m[0].length]);
const byWalk = (walk: typeof capTokens, text: string, from: number, to: number): number[] => {
  const out: number[] = [];
  walk(text, from, to, out);
  return out;
};

// Letters of several cases and scripts, marks, apostrophes, hyphens, digits, particles, an astral letter.
const pieces = fc.constantFrom(
  ..."aZé É-'’1 \n.\u0301ßΣσİ".split(''),
  'van',
  'de',
  'della',
  'st',
  'Mac',
  '𝐀',
  '\u{1D41A}',
  '\u00a0',
);
const text = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));

describe('name tokens', () => {
  it('match the capitalised-token and word regexes, whole text and any slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        // Slices start and end outside surrogate pairs, as lines do.
        const cut = (n: number) => {
          let i = n % (t.length + 1);
          if (i > 0 && i < t.length && /[\uDC00-\uDFFF]/.test(t[i]!)) i--;
          return i;
        };
        const [from, to] = [cut(a), cut(b)].sort((x, y) => x - y) as [number, number];
        for (const [f, e] of [
          [0, t.length],
          [from, to],
        ] as const) {
          expect(byWalk(capTokens, t, f, e)).toEqual(byRegex(CAP_TOKEN, t, f, e));
          expect(byWalk(allTokens, t, f, e)).toEqual(byRegex(TOKEN, t, f, e));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('classifies characters as the Unicode property escapes do', () => {
    for (const ch of ['a', 'Z', '5', 'é', 'É', '\u0301', 'ß', 'Σ', '٣', '中', '_', ' ', '\uE000', '𝐀']) {
      const cp = ch.codePointAt(0)!;
      expect(!!(classOf(cp) & LETTER)).toBe(/\p{L}/u.test(ch));
      expect(!!(classOf(cp) & UPPER)).toBe(/\p{Lu}/u.test(ch));
      expect(!!(classOf(cp) & MARK)).toBe(/\p{M}/u.test(ch));
      expect(!!(classOf(cp) & NUMBER)).toBe(/\p{N}/u.test(ch));
    }
  });
});
