import { describe, expect, it } from 'vitest';
import { findSecretMatches, findSecrets, rules } from '../../../../src/detect/recognizers/secrets/index';
import { CASES } from './cases';
import { Rng } from './gen';

const SEEDS = [1, 2, 3, 4, 5];
const byId = new Map(rules.map((r) => [r.id, r]));

describe('secret rule table', () => {
  it('has at least 45 rules and 40 providers, each provider proven by a positive test below', () => {
    expect(rules.length).toBeGreaterThanOrEqual(45);
    expect(new Set(rules.map((r) => r.provider)).size).toBeGreaterThanOrEqual(40);
  });

  it('has unique ids, global+indices regexes and lower-case keywords', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.pattern.flags, rule.id).toContain('g');
      expect(rule.pattern.flags, rule.id).toContain('d');
      for (const k of rule.keywords) expect(k, rule.id).toBe(k.toLowerCase());
    }
  });

  it('has a positive case and a near-miss negative for every rule, and no case for a missing rule', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !byId.has(id))).toEqual([]);
    for (const c of CASES) expect(c.negatives.length, c.rule).toBeGreaterThan(0);
  });
});

describe.each(CASES)('rule $rule', (c) => {
  it.each(SEEDS)('finds the synthetic secret exactly (seed %i)', (seed) => {
    const { text, secret } = c.positive(new Rng(seed * 7919));
    const start = text.indexOf(secret);
    const matches = findSecretMatches(text);
    expect(matches).toContainEqual(expect.objectContaining({ ruleId: c.rule, start, end: start + secret.length }));
    // The public API reports the same span as a SECRET labelled with the provider.
    expect(findSecrets(text)).toContainEqual({
      type: 'SECRET',
      start,
      end: start + secret.length,
      score: expect.any(Number) as number,
      label: byId.get(c.rule)?.provider,
      recognizer: 'secret',
    });
  });

  it.each(SEEDS)('ignores the near misses (seed %i)', (seed) => {
    for (const negative of c.negatives) {
      const text = negative(new Rng(seed * 104729));
      expect(
        findSecretMatches(text).filter((m) => m.ruleId === c.rule),
        text,
      ).toEqual([]);
    }
  });
});
