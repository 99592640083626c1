import { defineSite } from './types';

// Source: chat-sites.md §1 (promptmanager 2025-11; send button from a detector last verified 2025-05).
export default defineSite({
  id: 'poe',
  name: 'Poe',
  matches: ['https://poe.com/*'],
  selectors: {
    // CSS-module classes carry a hash suffix; match on the stable prefix.
    composer: ['textarea[class^="GrowingTextArea_textArea__"]', 'textarea[class*="GrowingTextArea"]'],
    sendButton: [
      'button[data-button-send]', // public code 2026 (issue 19), checked 2026-12-07
      'button[class*="sendButton"]', // CSS-module prefix, 2025-05
      'button[aria-label="Send message"]',
    ],
    reply: ['[class*="Message_botMessageBubble"]'],
  },
  firstPartyHosts: ['poe.com', 'poecdn.net'],
});
