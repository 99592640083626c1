import { describe, expect, it } from 'vitest';
import { hostAndParents, normalizeHost, toolForHost, toolForUrl } from '../../../src/sites/catalog';

describe('catalog hostname matching', () => {
  it('finds a tool by its hostname, a subdomain of it, with or without www.', () => {
    expect(toolForHost('phind.com')?.id).toBe('phind');
    expect(toolForHost('www.phind.com')?.id).toBe('phind');
    expect(toolForHost('WWW.Phind.COM.')?.id).toBe('phind');
    expect(toolForHost('eu.app.phind.com')?.id).toBe('phind');
    expect(toolForHost('www.meta.ai')?.id).toBe('meta');
    expect(toolForHost('meta.ai')?.id).toBe('meta');
  });

  it('never matches by substring: look-alike and suffix-appended hosts are not the tool', () => {
    for (const host of [
      'evil-chatgpt.com',
      'chatgpt.com.evil.net',
      'chatgpt.co',
      'notchatgpt.com',
      'chatgpt-com.evil.net',
      'xchat.openai.com.attacker.io',
      'wwwchatgpt.com',
      'com',
    ]) {
      expect(toolForHost(host), host).toBeUndefined();
    }
  });

  it('lets the most specific entry win (chat.deepseek.com is the guarded chat, deepseek.com is not)', () => {
    expect(toolForHost('chat.deepseek.com')?.id).toBe('deepseek');
    expect(toolForHost('platform.deepseek.com')?.id).toBe('deepseek-platform');
    expect(toolForHost('chat.mistral.ai')?.id).toBe('mistral');
    expect(toolForHost('docs.mistral.ai')?.id).toBe('mistral-ai');
  });

  it('reads only http(s) URLs and ignores the path, query and credentials', () => {
    expect(toolForUrl('https://chatgpt.com/c/123?q=1')?.id).toBe('chatgpt');
    expect(toolForUrl('https://evil.net/chatgpt.com')).toBeUndefined();
    expect(toolForUrl('https://chatgpt.com@evil.net/')).toBeUndefined();
    expect(toolForUrl('https://evil.net/?u=https://chatgpt.com/')).toBeUndefined();
    expect(toolForUrl('chrome-extension://abc/chatgpt.com')).toBeUndefined();
    expect(toolForUrl('not a url')).toBeUndefined();
  });

  it('rejects what is not a hostname', () => {
    for (const bad of ['', 'a', 'http://x.com', 'x..com', '-x.com', 'x.com/path', 'x com', '1.2.3.4', '*.x.com']) {
      expect(normalizeHost(bad), bad).toBeUndefined();
    }
    expect(hostAndParents('a.b.com')).toEqual(['a.b.com', 'b.com', 'com']);
  });
});
