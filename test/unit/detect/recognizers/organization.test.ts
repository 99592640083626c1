import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../../../src/detect/recognizers/organization';
import { raw } from '../helpers';

const orgs = (text: string) =>
  raw(organizationRecognizer, text, { minScore: 0.3 }).map((f) => text.slice(f.start, f.end));

describe('organization', () => {
  it.each([
    ['Microbilt Corporation is new', 'Microbilt Corporation'],
    ['Acme Widgets Inc. reported', 'Acme Widgets Inc.'],
    ['Müller Bau GmbH', 'Müller Bau GmbH'],
    ['the University of Leeds', 'University of Leeds'],
  ])('finds %j', (text, value) => {
    expect(orgs(text)).toEqual([value]);
  });

  it('stays below the default threshold', () => {
    expect(raw(organizationRecognizer, 'Acme Corp', { minScore: 0.5 })).toEqual([]);
    expect(raw(organizationRecognizer, 'Acme Corp', { minScore: 0.3 })[0]?.score).toBe(0.4);
  });

  it.each([['the company grew'], ['export class Foo extends Bar {}'], ['corp. policy']])('ignores %j', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});
