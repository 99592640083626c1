import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect';
import { PROMPTS } from '../../e2e/prompts';

/**
 * The e2e matrix relies on the fast path finding every planted value; if the detector stops finding
 * one, this says which, instead of the matrix reporting a "leak" through the browser.
 */
describe('guard matrix prompts', () => {
  it('has at least 30 prompts', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PROMPTS.map((p, i) => [i, p] as const))('prompt %i: every planted value is found whole', (_i, prompt) => {
    const found = detect(prompt.text).map((f) => prompt.text.slice(f.start, f.end));
    for (const value of prompt.values) {
      expect(prompt.text).toContain(value);
      expect(found, `"${value}" not found in: ${prompt.text}`).toContain(value);
    }
  });
});
