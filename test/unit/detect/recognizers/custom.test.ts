import { describe, expect, it } from 'vitest';
import { compileCustomPatterns } from '../../../../src/detect';
import { customRecognizer } from '../../../../src/detect/recognizers/custom';
import { raw } from '../helpers';

const values = (text: string, keywords: string[], patterns: { name: string; pattern: string }[] = []) =>
  raw(customRecognizer, text, {
    customKeywords: keywords,
    customPatterns: compileCustomPatterns(patterns).patterns,
  }).map((f) => [text.slice(f.start, f.end), f.label]);

describe('custom', () => {
  it('finds keywords as whole words, case-insensitively', () => {
    expect(values('Project FALCON ships; falconry is a hobby', ['Project Falcon', 'falcon'])).toEqual([
      ['Project FALCON', 'keyword'],
    ]);
    expect(values('see ACME-internal docs', ['ACME-internal'])).toEqual([['ACME-internal', 'keyword']]);
  });

  it('finds re2js patterns with their name as label', () => {
    expect(values('customer CUST-004211 and CUST-9', [], [{ name: 'customer-id', pattern: 'CUST-\\d{6}' }])).toEqual([
      ['CUST-004211', 'customer-id'],
    ]);
    expect(values('ticket proj-12 PROJ-7', [], [{ name: 'proj', pattern: '(?i)proj-\\d+' }])).toEqual([
      ['proj-12', 'proj'],
      ['PROJ-7', 'proj'],
    ]);
  });

  it('ignores empty and one-letter keywords', () => {
    expect(values('a b c', ['', 'a', ' '])).toEqual([]);
  });

  it('returns UTF-16 offsets after astral characters', () => {
    const text = '😀😀 CUST-123456';
    const f = raw(customRecognizer, text, {
      customPatterns: compileCustomPatterns([{ name: 'c', pattern: 'CUST-\\d{6}' }]).patterns,
    });
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('CUST-123456');
  });
});

describe('compileCustomPatterns', () => {
  it('reports invalid patterns instead of throwing', () => {
    const { patterns, errors } = compileCustomPatterns([
      { name: 'ok', pattern: 'abc' },
      { name: 'unbalanced', pattern: '(a' },
      { name: 'lookbehind', pattern: '(?<=a)b' },
      { name: 'backref', pattern: '(a)\\1' },
      { name: 'empty', pattern: '' },
      { name: 'matches-empty', pattern: 'x*' },
      { name: 'huge', pattern: 'a'.repeat(2000) },
    ]);
    expect(patterns.map((p) => p.name)).toEqual(['ok']);
    expect(errors.map((e) => e.name)).toEqual([
      'unbalanced',
      'lookbehind',
      'backref',
      'empty',
      'matches-empty',
      'huge',
    ]);
    expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
  });

  it('survives garbage input', () => {
    const junk = [null, 42, { name: 5 }, { pattern: 7 }] as unknown as { name: string; pattern: string }[];
    expect(() => compileCustomPatterns(junk)).not.toThrow();
    expect(compileCustomPatterns(undefined)).toEqual({ patterns: [], errors: [] });
  });

  it('runs in linear time on a pathological pattern', () => {
    const { patterns } = compileCustomPatterns([{ name: 'redos', pattern: '(a+)+b' }]);
    const t0 = performance.now();
    raw(customRecognizer, 'a'.repeat(100_000), { customPatterns: patterns });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
