import { defineSite } from './types';

// Source: chat-sites.md §1 (ChatGPT-Ctrl-Enter-Sender 2026-03, MCP-SuperAssistant 2025-10).
export default defineSite({
  id: 'mistral',
  name: 'Le Chat (Mistral)',
  matches: ['https://chat.mistral.ai/*'],
  selectors: {
    composer: [
      'div.ProseMirror[contenteditable="true"]', // since about 2026-03
      'textarea[name="message.text"]', // before 2026-03
    ],
    sendButton: ['form button[type="submit"]'], // weak anchor, seen 2025-10
    reply: ['[data-message-author-role="assistant"]'], // low confidence, undated
  },
  firstPartyHosts: ['mistral.ai'],
});
