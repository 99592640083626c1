import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BARRIER, indexWords, remaskWords, wordsAfter, wordsBefore } from '../../../src/detect/words';
import { MASK } from '../../../src/detect/scan';

const plain = (idx: ReturnType<typeof indexWords>) => ({
  starts: [...idx.starts],
  ends: [...idx.ends],
  lower: [...idx.lower],
});

/** The text with the spans replaced by MASK characters, as analyze.ts projects it. */
const mask = (text: string, spans: readonly (readonly [number, number])[]): string => {
  let out = '';
  let cursor = 0;
  for (const [s, e] of spans) {
    out += text.slice(cursor, s) + MASK.repeat(e - s);
    cursor = e;
  }
  return out + text.slice(cursor);
};

describe('indexWords', () => {
  it('splits words, keeps inner apostrophes, drops possessives, and makes placeholders barriers', () => {
    const idx = indexWords("O'Brien's driver’s licence: [EMAIL_1] x\uE000\uE000y");
    expect(idx.lower).toEqual(["o'brien", 'driver', 'licence', BARRIER, 'x', BARRIER, 'y']);
  });

  it('reads context by word, stopping at placeholders unless told to look through them', () => {
    const text = 'my ssn is [NAME_1] number 123';
    const idx = indexWords(text);
    expect(wordsBefore(idx, text.indexOf('123'), 3)).toEqual(['number']);
    expect(wordsBefore(idx, text.indexOf('123'), 3, true)).toEqual(['ssn', 'is', 'number']);
    expect(wordsAfter(idx, 0, 2)).toEqual(['my', 'ssn']);
  });
});

describe('remaskWords', () => {
  it('equals indexing the masked text from scratch', () => {
    const chars = fc.constantFrom(..."aZé1 -'’.[]_\n\uE000".split(''), '[NAME_1]', 'X_2]');
    const text = fc.array(chars, { maxLength: 60 }).map((a) => a.join(''));
    const input = fc.tuple(text, fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 8 }));
    fc.assert(
      fc.property(input, ([t, cuts]) => {
        const sorted = cuts.filter((c) => c <= t.length).sort((a, b) => a - b);
        const spans: [number, number][] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2)
          if (sorted[i]! < sorted[i + 1]!) spans.push([sorted[i]!, sorted[i + 1]!]);
        const view = mask(t, spans);
        expect(plain(remaskWords(indexWords(t), view, spans))).toEqual(plain(indexWords(view)));
      }),
      { numRuns: 3000 },
    );
  });
});
