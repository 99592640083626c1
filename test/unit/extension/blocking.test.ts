import { describe, expect, it, vi } from 'vitest';

// blocking.ts reaches the browser only inside functions these tests do not call.
vi.mock('../../../src/platform/browser', () => ({ browser: {} }));
const { blockRules, hostOf, isBlockedUrl } = await import('../../../src/background/blocking');

describe('blocked sites', () => {
  it.each([
    ['shadow-ai.example', 'shadow-ai.example'],
    ['*.Shadow-AI.example', 'shadow-ai.example'],
    ['chat.shadow-ai.example.', 'chat.shadow-ai.example'],
    ['https://shadow-ai.example/', undefined],
    ['not a host', undefined],
    ['localhost', undefined],
  ])('%s → %s', (pattern, host) => {
    expect(hostOf(pattern)).toBe(host);
  });

  it('makes one block rule per distinct valid host, for pages and frames', () => {
    const rules = blockRules(['a.example', '*.a.example', 'b.example', 'bogus']);
    expect(rules).toEqual([
      {
        id: 1,
        priority: 200,
        action: { type: 'block' },
        condition: { requestDomains: ['a.example'], resourceTypes: ['main_frame', 'sub_frame'] },
      },
      {
        id: 2,
        priority: 200,
        action: { type: 'block' },
        condition: { requestDomains: ['b.example'], resourceTypes: ['main_frame', 'sub_frame'] },
      },
    ]);
  });

  it('matches a host and its subdomains, nothing that merely ends the same way', () => {
    const list = ['shadow-ai.example'];
    expect(isBlockedUrl('https://shadow-ai.example/x', list)).toBe(true);
    expect(isBlockedUrl('https://eu.chat.shadow-ai.example/', list)).toBe(true);
    expect(isBlockedUrl('https://notshadow-ai.example/', list)).toBe(false);
    expect(isBlockedUrl('not a url', list)).toBe(false);
  });
});
