import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-10, MCP-SuperAssistant 2026-02, obsidian-AI-exporter 2026-08).
export default defineSite({
  id: 'perplexity',
  name: 'Perplexity',
  matches: ['https://www.perplexity.ai/*'],
  selectors: {
    composer: [
      'div#ask-input[contenteditable="true"]', // Lexical, seen 2026-08
      'div[contenteditable="true"][data-lexical-editor="true"]',
    ],
    sendButton: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'], // seen 2025-10
    reply: [
      '.prose.inline', // 2026-08 rollout
      'div[id^="markdown-content-"]', // legacy, often an empty placeholder since 2026-08
    ],
  },
  streaming: { stop: ['button[aria-label="Stop"]'] },
  firstPartyHosts: ['perplexity.ai'],
});
