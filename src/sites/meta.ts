import { defineSite } from './types';

// Source: chat-sites.md §1: SecureGPT page source of meta.ai (2025-10) loads Lexical; the selectors
// are inferred from Lexical's defaults (low confidence).
export default defineSite({
  id: 'meta',
  name: 'Meta AI',
  matches: ['https://www.meta.ai/*', 'https://meta.ai/*'], // bare host serves the app too, checked 2026-12-07
  selectors: {
    composer: [
      'div[data-testid="composer-input"][contenteditable="true"]', // public code, checked 2026-12-07
      'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
    ],
    sendButton: [
      'button[data-testid="composer-send-button"]', // public code, checked 2026-12-07
      // A div with a label is the only hook on some builds (issue 19, 2026); main UI languages.
      'div[role="button"][aria-label="Send"]',
      'div[role="button"][aria-label="Envoyer"]',
      'div[role="button"][aria-label="Senden"]',
      'div[role="button"][aria-label="Enviar"]',
      'div[role="button"][aria-label="Send message"]', // older, 2025-10
      'button[aria-label="Send message"]',
    ],
    reply: ['[data-testid="assistant-message"]'],
  },
  streaming: { stop: ['[data-testid="composer-stop-button"]'] },
  firstPartyHosts: ['meta.ai', 'fbcdn.net', 'facebook.com'],
});
