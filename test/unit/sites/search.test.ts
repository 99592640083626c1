import { describe, expect, it } from 'vitest';
import { AI_TOOLS, matchesQuery as matches, toolById } from '../../../src/sites/catalog';
import { examplePolicy } from '../../../src/sites/catalog/example';

describe('options: AI tools catalog', () => {
  it('finds tools by name, vendor or host name, any case', () => {
    const found = (q: string) => AI_TOOLS.filter((t) => matches(t, q)).map((t) => t.id);
    expect(found('PHIND')).toContain('phind');
    expect(found('anthropic')).toEqual(expect.arrayContaining(['claude', 'anthropic']));
    expect(found('chat.openai')).toEqual(['chatgpt']);
    expect(found('no-such-tool-xyz')).toEqual([]);
    expect(matches(toolById('phind')!, '')).toBe(true);
  });

  it('generates an example policy allowing every guarded tool by its host', () => {
    const { aiTools } = examplePolicy(AI_TOOLS);
    expect(aiTools).toMatchObject({ default: 'warn', 'category:companions': 'block', 'chatgpt.com': 'allow' });
    expect(Object.values(aiTools).filter((r) => r === 'allow')).toHaveLength(
      AI_TOOLS.filter((t) => t.guarded).length + 1,
    );
  });
});
