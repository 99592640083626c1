import { defineSite } from './types';

// Source: chat-sites.md §1: SecureGPT page source of meta.ai (2025-10) loads Lexical; the selectors
// are inferred from Lexical's defaults (low confidence).
export default defineSite({
  id: 'meta',
  name: 'Meta AI',
  matches: ['https://www.meta.ai/*'],
  selectors: {
    composer: ['div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]'],
    sendButton: ['div[role="button"][aria-label="Send message"]', 'button[aria-label="Send message"]'],
    reply: ['[data-testid="assistant-message"]'],
  },
  streaming: { stop: ['[data-testid="composer-stop-button"]'] },
  firstPartyHosts: ['meta.ai', 'fbcdn.net', 'facebook.com'],
});
