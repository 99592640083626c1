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
    // Sites added in issue 19.
    ['https://m365.cloud.microsoft/chat', 'm365copilot'],
    ['https://notebooklm.google.com/notebook/1', 'notebooklm'],
    ['https://notebook.google.com/notebook/1', 'notebooklm'],
    ['https://aistudio.google.com/prompts/new_chat', 'aistudio'],
    ['https://github.com/copilot', 'githubcopilot'],
    ['https://github.com/copilot/c/1', 'githubcopilot'],
    ['https://chat.qwen.ai/c/1', 'qwen'],
    ['https://www.kimi.com/chat/1', 'kimi'],
    ['https://duck.ai/chat', 'duckai'],
    ['https://character.ai/chat/1', 'characterai'],
    ['https://lmarena.ai/', 'lmarena'],
    ['https://arena.ai/', 'lmarena'],
    ['https://pi.ai/talk', 'pi'],
    ['https://chat.z.ai/', 'zai'],
    ['https://you.com/search?q=x', 'youcom'],
  ])('%s is %s', (url, id) => {
    expect(siteForUrl(new URL(url))?.id).toBe(id);
  });

  it.each([
    'http://chatgpt.com/', // not https
    'https://chatgpt.com.evil.example/',
    'https://evil.example/chatgpt.com/',
    'https://copilot.com.evil.example/',
    'https://evil-meta.ai/',
    'https://github.com/owner/repo', // only Copilot's own pages on GitHub
    'https://github.com/owner/copilot',
    'https://huggingface.co/models',
    'https://example.com/',
  ])('%s is not a chat site', (url) => {
    expect(siteForUrl(new URL(url))).toBeUndefined();
  });
});
