/**
 * The detector's caches (phone verdicts, the word intern table) outlive a call. They must not keep the text
 * they read alive: a prompt or a 100 KB paste would stay in the content script's memory long after it was sent.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const LINES = 6000;
/** A fresh ~600 KB text (two bytes a character: "ş"), `core` in the middle of filler lines. */
function pasted(core: string): string {
  const filler = Array.from({ length: LINES }, (_, i) => `line ${i} of the Eskişehir report, nothing to see`);
  return [...filler.slice(0, LINES / 2), core, ...filler.slice(LINES / 2)].join('\n');
}

/**
 * V8 keeps a string this long in its large-object space, one object each, where little else of the detector's
 * lives (code and small objects do not): its growth counts the texts still reachable.
 */
const largeObjects = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space')?.space_used_size ?? NaN;

/** Large-object space in use after detecting each text and letting it go, above what it was before (bytes). */
function growth(texts: readonly (() => string)[]): number {
  collect();
  const before = largeObjects();
  for (const make of texts) expect(detect(make()).length).toBeGreaterThan(0);
  // V8 keeps the last string any regex ran on (the legacy RegExp.input): not the detector's doing, so reset it.
  /./.exec('.');
  collect();
  return largeObjects() - before;
}

describe('what the detector keeps between calls', () => {
  it.each([
    ['a phone number (the verdict cache)', (i: number) => `call +44 20 7946 ${1000 + i} today`],
    ['a long lower-case word (the word intern table)', (i: number) => `mail jane@example.com re authentication${i}x`],
  ])('does not keep the texts it read alive through %s', (_, core) => {
    const size = 2 * pasted(core(0)).length;
    growth([0, 10].map((i) => () => pasted(core(i)))); // lazily built tables and compiled code, first
    const grew = growth([1, 2, 3, 4].map((i) => () => pasted(core(i))));
    // Four texts kept would be 4 × size. One may stay reachable now and then through a cache of V8's own (outside
    // the detector; seen under vitest only, about once in three runs): one text is tolerated, not two.
    expect(grew).toBeLessThan(2 * size);
  });
});
