import { describe, expect, it } from 'vitest';
import { extraOrigins, isBuiltIn, liveExtraSite, parseExtraSites, siteForUrlWith } from '../../../src/sites';
import { GENERIC_COMPOSER, GENERIC_SEND, hostOf, type ExtraSiteEntry } from '../../../src/sites/extra';

const entry = (over: Partial<ExtraSiteEntry> = {}): ExtraSiteEntry => ({
  name: 'Portal',
  match: 'ai.corp.example',
  composer: 'textarea#chat-input',
  sendButton: 'button#send-message-button',
  reply: '.assistant',
  ...over,
});

describe("the admin's extraSites entries", () => {
  it('accept a host name or its https origin, and nothing looser', () => {
    for (const ok of [
      'ai.corp.example',
      'https://ai.corp.example',
      'https://ai.corp.example/',
      'https://AI.corp.example/*',
    ]) {
      expect(hostOf(ok), ok).toBe('ai.corp.example');
    }
    for (const bad of [
      '',
      'localhost',
      '*.corp.example',
      'https://*/*',
      '<all_urls>',
      'http://ai.corp.example',
      'https://ai.corp.example:8443',
      'https://ai.corp.example/chat/*',
      'ai.corp.example/chat',
      'ai_corp.example',
      'https://user@ai.corp.example',
    ]) {
      expect(hostOf(bad), bad).toBeUndefined();
    }
  });

  it('ask for exactly the listed origins, and say why an entry is unusable', () => {
    const parsed = parseExtraSites(
      [
        entry(),
        entry({ match: 'https://chatgpt.com' }),
        entry({ match: 'https://ai.corp.example/' }),
        entry({ match: 'https://*/*' }),
        entry({ match: 'librechat.corp.example' }),
      ],
      isBuiltIn,
    );
    expect(parsed.map((p) => (p.ok ? p.host : p.problem))).toEqual([
      'ai.corp.example',
      'built-in',
      'duplicate',
      'bad-match',
      'librechat.corp.example',
    ]);
    expect(extraOrigins(parsed)).toEqual(['https://ai.corp.example/*', 'https://librechat.corp.example/*']);
  });

  it('become an adapter with the admin selectors, or the generic rule', () => {
    const url = new URL('https://ai.corp.example/c/123');
    const site = siteForUrlWith(url, [entry()]);
    expect(site).toMatchObject({
      id: 'extra-ai-corp-example',
      name: 'Portal',
      selectors: {
        composer: ['textarea#chat-input'],
        sendButton: ['button#send-message-button'],
        reply: ['.assistant'],
      },
      firstPartyHosts: ['ai.corp.example'],
    });
    const generic = siteForUrlWith(url, [entry({ composer: 'generic', sendButton: 'GENERIC', reply: '' })]);
    expect(generic?.selectors).toEqual({ composer: [...GENERIC_COMPOSER], sendButton: [...GENERIC_SEND], reply: [] });
  });

  it('never take the place of a built-in site, nor match another host or http', () => {
    expect(siteForUrlWith(new URL('https://chatgpt.com/'), [entry({ match: 'chatgpt.com' })])?.id).toBe('chatgpt');
    expect(siteForUrlWith(new URL('https://evil.example/'), [entry()])).toBeUndefined();
    expect(siteForUrlWith(new URL('https://x.ai.corp.example/'), [entry()])).toBeUndefined();
    expect(siteForUrlWith(new URL('http://ai.corp.example/'), [entry()])).toBeUndefined();
  });

  it('give a content script its id at once and the entry once settings name it', () => {
    let entries: ExtraSiteEntry[] = [];
    const site = liveExtraSite(new URL('https://ai.corp.example/'), () => entries, isBuiltIn);
    expect(site.id).toBe('extra-ai-corp-example');
    expect(site.selectors.composer).toEqual([...GENERIC_COMPOSER]);
    entries = [entry()];
    expect(site.name).toBe('Portal');
    expect(site.selectors.composer).toEqual(['textarea#chat-input']);
  });
});
