import { defineSite } from './types';

// Source: ../shared/reference/chat-sites.md §1 (OneClickPrompts, promptmanager, SecureGPT page source).
export default defineSite({
  id: 'chatgpt',
  name: 'ChatGPT',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  selectors: {
    composer: [
      'div#prompt-textarea[contenteditable="true"]', // ProseMirror, seen 2026-08
      // Server-rendered fallback before hydration; seen 2025-10 (SecureGPT page source).
      'textarea#prompt-textarea',
      'textarea[name="prompt-textarea"]',
    ],
    sendButton: [
      'button[data-testid="send-button"]', // seen 2025-10
      'button#composer-submit-button',
      'button[aria-label="Send prompt"]',
      'button[aria-label="Send message"]', // older label, seen 2025-05
    ],
    reply: [
      '[data-message-author-role="assistant"]', // seen 2026-07
      'section[data-turn="assistant"]', // turns moved from <article> to <section> 2026-03
    ],
    // Editing a prompt turns the user's turn into a textarea with Cancel and Send (issue 19, 2026).
    editBox: ['section[data-turn="user"] textarea', '[data-testid^="conversation-turn-"] textarea'],
    saveButton: [
      'section[data-turn="user"] button.btn-primary',
      '[data-testid^="conversation-turn-"] button.btn-primary',
    ],
  },
  streaming: { stop: ['button[data-testid="stop-button"]'], inside: ['.result-streaming'] },
  firstPartyHosts: ['chatgpt.com', 'openai.com', 'oaiusercontent.com', 'oaistatic.com'], // files.oaiusercontent.com, 2025-11
});
