import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-10, MCP-SuperAssistant 2026-02, obsidian-AI-exporter 2026-08).
export default defineSite({
  id: 'perplexity',
  name: 'Perplexity',
  matches: ['https://www.perplexity.ai/*', 'https://perplexity.ai/*'], // bare host serves the app too, checked 2026-12-07
  selectors: {
    composer: [
      'div#ask-input[contenteditable="true"]', // Lexical, seen 2026-08
      'div[contenteditable="true"][data-lexical-editor="true"]',
    ],
    sendButton: [
      'button[data-testid="submit-button"]', // seen 2025-10; absent from captures of 2026 (issue 19)
      // The label is then the only hook: its main UI languages, checked 2026-12-07.
      'button[aria-label="Submit"]',
      'button[aria-label="Envoyer"]',
      'button[aria-label="Senden"]',
      'button[aria-label="Enviar"]',
      'button[aria-label="Invia"]',
      'button[aria-label="送信"]',
    ],
    reply: [
      '.prose.inline', // 2026-08 rollout
      'div[id^="markdown-content-"]', // legacy, often an empty placeholder since 2026-08
    ],
    // Editing a query opens a second Lexical editor (issue 19, 2026).
    editBox: ['div[contenteditable="true"][data-lexical-editor="true"]:not(#ask-input)'],
    saveButton: ['[data-testid="confirm-edit-query-button"]'],
  },
  streaming: { stop: ['button[aria-label="Stop"]'] },
  firstPartyHosts: ['perplexity.ai'],
});
