import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../../src/sites';

describe('siteForUrl', () => {
  it.each([
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chatgpt.com/c/6744-abc', 'chatgpt'],
    ['https://chat.openai.com/', 'chatgpt'],
    ['https://claude.ai/new', 'claude'],
    ['https://gemini.google.com/app', 'gemini'],
    ['https://copilot.microsoft.com/', 'copilot'],
    ['https://www.perplexity.ai/search/x', 'perplexity'],
    ['https://chat.deepseek.com/', 'deepseek'],
    ['https://chat.mistral.ai/chat', 'mistral'],
    ['https://grok.com/', 'grok'],
    ['https://poe.com/Assistant', 'poe'],
    ['https://www.meta.ai/', 'meta'],
    ['https://huggingface.co/chat/', 'huggingchat'],
    ['https://huggingface.co/chat/conversation/1', 'huggingchat'],
    // Hosts the sites moved to or also serve from (issue 19).
    ['https://copilot.com/', 'copilot'],
    ['https://www.copilot.com/chats/x', 'copilot'],
    ['https://perplexity.ai/search/x', 'perplexity'],
    ['https://meta.ai/', 'meta'],
    ['https://business.gemini.google/home/cid/1', 'gemini'],
  ])('%s is %s', (url, id) => {
    expect(siteForUrl(new URL(url))?.id).toBe(id);
  });

  it.each([
    'http://chatgpt.com/', // not https
    'https://chatgpt.com.evil.example/',
    'https://evil.example/chatgpt.com/',
    'https://copilot.com.evil.example/',
    'https://evil-meta.ai/',
    'https://huggingface.co/models',
    'https://example.com/',
  ])('%s is not a chat site', (url) => {
    expect(siteForUrl(new URL(url))).toBeUndefined();
  });
});
