import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../src/detect';
import type { EntityType, Finding } from '../../../src/detect';

const f = (type: EntityType, start: number, end: number, score = 0.8, recognizer = type.toLowerCase()): Finding => ({
  type,
  start,
  end,
  score,
  recognizer,
});
const show = (list: Finding[]) => list.map((x) => `${x.type}@${x.start}-${x.end}`);

describe('resolveOverlaps', () => {
  it('keeps the container over what it contains, whatever the scores', () => {
    expect(show(resolveOverlaps([f('LOCATION', 10, 16, 0.9), f('STREET_ADDRESS', 0, 30, 0.6)]))).toEqual([
      'STREET_ADDRESS@0-30',
    ]);
    expect(show(resolveOverlaps([f('EMAIL_ADDRESS', 14, 30, 1), f('URL', 0, 40, 0.9)]))).toEqual(['URL@0-40']);
  });

  it('on identical spans prefers the higher score, then the more specific type', () => {
    expect(show(resolveOverlaps([f('US_SSN', 0, 11, 0.5), f('US_DRIVER_LICENSE', 0, 11, 0.75)]))).toEqual([
      'US_DRIVER_LICENSE@0-11',
    ]);
    expect(show(resolveOverlaps([f('URL', 0, 20, 0.9), f('SECRET', 0, 20, 0.9)]))).toEqual(['SECRET@0-20']);
  });

  it('on partial overlaps prefers the higher score, then the longer span', () => {
    expect(show(resolveOverlaps([f('PHONE_NUMBER', 0, 14, 0.6), f('CREDIT_CARD', 5, 24, 1)]))).toEqual([
      'CREDIT_CARD@5-24',
    ]);
    expect(show(resolveOverlaps([f('PERSON', 0, 10, 0.7), f('LOCATION', 5, 20, 0.7)]))).toEqual(['LOCATION@5-20']);
  });

  it('keeps disjoint findings, sorted', () => {
    expect(show(resolveOverlaps([f('PERSON', 20, 25), f('EMAIL_ADDRESS', 0, 10)]))).toEqual([
      'EMAIL_ADDRESS@0-10',
      'PERSON@20-25',
    ]);
  });

  it('merges touching names from the same recognizer when given the text', () => {
    const text = 'John Smith';
    const out = resolveOverlaps([f('PERSON', 0, 4, 0.6, 'person'), f('PERSON', 5, 10, 0.7, 'person')], text);
    expect(show(out)).toEqual(['PERSON@0-10']);
    expect(out[0]!.score).toBe(0.7);
  });

  it('scales to many findings', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => f('EMAIL_ADDRESS', i * 3, i * 3 + 2));
    const t0 = performance.now();
    expect(resolveOverlaps(many)).toHaveLength(50_000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
