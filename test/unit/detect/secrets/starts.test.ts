import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSecretMatches, rules, type SecretRule } from '../../../../src/detect/recognizers/secrets';

/** The same scan with every rule's `starts` removed: the patterns then search the whole text. */
function withoutStarts(text: string): ReturnType<typeof findSecretMatches> {
  const saved = rules.map((r) => [r, r.starts] as const);
  for (const r of rules) delete (r as { starts?: SecretRule['starts'] }).starts;
  try {
    return findSecretMatches(text);
  } finally {
    for (const [r, s] of saved) if (s) (r as { starts?: SecretRule['starts'] }).starts = s;
  }
}

describe('rule starts', () => {
  it('some rules have them', () => expect(rules.filter((r) => r.starts).length).toBeGreaterThanOrEqual(4));

  it('find what a search over the whole text finds', () => {
    const pieces = fc.constantFrom(
      'https',
      'postgres',
      'redis',
      'mongodb+srv',
      'x.y-z',
      '://',
      'user',
      ':',
      'pa55w0rd!',
      '@db.example.com',
      '/x',
      ' ',
      '\n',
      'eyJhbGciOiJIUzI1NiJ9',
      '.',
      'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      '0123456789abcdef0123456789abcdef',
      '-us',
      '12',
      'ab',
      '-',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(findSecretMatches(text)).toEqual(withoutStarts(text));
      }),
      { numRuns: 3000 },
    );
  });
});
