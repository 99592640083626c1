/**
 * Issue 17: scans stay linear on inputs built to make them quadratic, and a custom-pattern scan that
 * runs past its time budget ends detection with ScanBudgetExceeded (the caller's failMode decides)
 * instead of stalling or silently finding nothing.
 */
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { customMatches, MAX_CUSTOM_MATCH, ScanBudgetExceeded } from '../../../src/detect/custom';
import { detect } from '../../../src/detect';
import { allTokens, capTokens } from '../../../src/detect/recognizers/name-tokens';

/** The plain loop over whole-text searches (quadratic on adversarial input): the reference for ordinary text. */
function naive(regex: RE2JS, text: string): [number, number][] {
  const out: [number, number][] = [];
  const m = regex.matcher(text);
  let from = 0;
  while (from <= text.length && m.find(from)) {
    if (m.end() > m.start()) out.push([m.start(), m.end()]);
    from = m.end() > m.start() ? m.end() : m.end() + 1;
  }
  return out;
}

const time = (work: () => void): number => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

describe('custom patterns', () => {
  const prose = 'Ticket ABC-123456 from jane, then XYZ-000001 and XYZ-000002; refs 12 345 6789. '.repeat(300);

  it('find the same matches as whole-text searches on ordinary text, across window edges', () => {
    for (const p of ['[A-Z]{3}-\\d{6}', '\\d+', 'XYZ-\\d+|ref', '(?i)then\\s+xyz']) {
      const re = RE2JS.compile(p);
      expect(customMatches(re, prose, Infinity)).toEqual(naive(re, prose));
    }
  });

  it('find a match as long as MAX_CUSTOM_MATCH whole, wherever it starts', () => {
    const re = RE2JS.compile(`K[a-z]{${MAX_CUSTOM_MATCH - 1}}`);
    for (const at of [0, 1, MAX_CUSTOM_MATCH - 1, MAX_CUSTOM_MATCH, 3 * MAX_CUSTOM_MATCH + 7]) {
      const text = `${' '.repeat(at)}K${'q'.repeat(MAX_CUSTOM_MATCH - 1)} tail`;
      expect(customMatches(re, text, Infinity)).toEqual([[at, at + MAX_CUSTOM_MATCH]]);
    }
  });

  it('take time linear in the input on `x\\w*y|x` over "xxx…" (was 5.8 s on 20,000 characters)', () => {
    const re = RE2JS.compile('x\\w*y|x');
    const small = time(() => customMatches(re, 'x'.repeat(5_000), Infinity));
    const large = time(() => customMatches(re, 'x'.repeat(40_000), Infinity));
    // 8x the input: linear is ~8x the time, quadratic 64x; allow a loaded machine its noise.
    expect(large / small).toBeLessThan(20);
  });

  it('end detection with ScanBudgetExceeded past the budget, never a stall or a silent miss', () => {
    const opts = { customPatterns: [{ name: 'greedy', pattern: 'x\\w*y|x' }] };
    expect(() => detect('x'.repeat(200_000), opts)).toThrow(ScanBudgetExceeded);
    expect(detect('ab x cd', opts).map((f) => f.type)).toEqual(['CUSTOM']);
  });
});

describe('name tokens', () => {
  const sink = () => {
    const spans: number[] = [];
    return { spans, push: (s: number, e: number) => void spans.push(s, e) };
  };

  it('take time linear in the input on "a-a-a-…" (was 5.7 s on 80,000 characters)', () => {
    const small = time(() => capTokens('a-'.repeat(2_500), 0, 5_000, sink()));
    const large = time(() => capTokens('a-'.repeat(40_000), 0, 80_000, sink()));
    expect(large / small).toBeLessThan(40);
    const t0 = performance.now();
    detect('a-'.repeat(40_000), {});
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('still find particles and capitalised words', () => {
    const out = sink();
    const text = 'Ludwig van Beethoven and a-van-de x';
    capTokens(text, 0, text.length, out);
    const words = [];
    for (let i = 0; i < out.spans.length; i += 2) words.push(text.slice(out.spans[i], out.spans[i + 1]));
    expect(words).toEqual(['Ludwig', 'van', 'Beethoven', 'de']); // 'van' runs on into '-de': no particle
    const all = sink();
    allTokens(text, 0, text.length, all);
    expect(all.spans.length / 2).toBe(6);
  });
});
