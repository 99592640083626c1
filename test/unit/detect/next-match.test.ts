import { describe, expect, it } from 'vitest';
import { nextMatch } from '../../../src/detect/text';

const all = (re: RegExp, text: string): [number, string][] => {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = nextMatch(re, text); m; m = nextMatch(re, text)) out.push([m.index, m[0]]);
  return out;
};
const viaMatchAll = (re: RegExp, text: string): [number, string][] =>
  [...text.matchAll(re)].map((m) => [m.index, m[0]] as [number, string]);

describe('nextMatch', () => {
  it('yields what matchAll yields, empty matches and surrogate pairs included', () => {
    for (const [re, text] of [
      [/\d+/g, 'a1 22 333'],
      [/x*/g, 'axxb'],
      [/x*/gu, 'a😀xb'],
      [/(?:)/g, '😀a'],
      [/\p{L}+/gu, 'héllo wörld 😀'],
    ] as const) {
      expect(all(re, text)).toEqual(viaMatchAll(re, text));
    }
  });
});
