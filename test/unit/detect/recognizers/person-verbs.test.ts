/** A lone unknown capitalised word becomes a name when a verb only people are the subject of follows it. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';

const people = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a verb only people do, after an unknown word', () => {
  it('makes the word a name', () => {
    expect(people('Yesterday Zorvenka shouted at the delivery driver.')).toEqual(['Zorvenka']);
    expect(people('Quillemaine spent a year at the Lisbon office.')).toContain('Quillemaine');
  });

  it('does not make a product or a tool a name: "is" and "has" are said of anything', () => {
    expect(people('Kubernetes is great, and Terraform has a new provider.')).toEqual([]);
  });
});
