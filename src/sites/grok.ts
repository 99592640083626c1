import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-11, ChatGPT-Ctrl-Enter-Sender 2025-12).
export default defineSite({
  id: 'grok',
  name: 'Grok',
  matches: ['https://grok.com/*'],
  selectors: {
    composer: [
      'div.tiptap.ProseMirror[contenteditable="true"]', // since 2025-12
      'textarea[aria-label="Ask Grok anything"]', // before 2025-11
    ],
    sendButton: ['button[type="submit"][aria-label="Submit"]'], // seen 2025-11
    reply: ['.message-bubble .response-content-markdown'], // medium-low confidence, 2026
  },
  streaming: { stop: ['button[aria-label="Stop model response"]'] },
  firstPartyHosts: ['grok.com', 'x.ai', 'x.com', 'twimg.com'],
});
