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
    sendButton: [
      'button[data-testid="chat-submit"]', // public code 2026 (issue 19), checked 2026-12-07
      'button[type="submit"][aria-label="Submit"]', // seen 2025-11
      'form button[type="submit"]', // the label is localised; the form's submit is not
    ],
    reply: [
      // `.message-bubble .response-content-markdown` matched the user's own turn too (issue 19).
      '[data-testid="assistant-message"]', // public code 2026, checked 2026-12-07
      '.items-start .message-bubble .response-content-markdown', // assistant rows only, 2026
    ],
    // A textarea in the user's row (issue 19, 2026); its Save is found by the generic rule.
    editBox: ['.items-end textarea', '.message-bubble textarea'],
  },
  streaming: { stop: ['button[aria-label="Stop model response"]'] },
  firstPartyHosts: ['grok.com', 'x.ai', 'x.com', 'twimg.com'],
});
