import { defineSite } from './types';

// GitHub Copilot chat in the browser; only its own pages (github.com/copilot...), not the rest of
// GitHub. Source: public prompt tools, 2025-2026, checked 2026-12-07 (low confidence on send/reply).
export default defineSite({
  id: 'githubcopilot',
  name: 'GitHub Copilot',
  matches: ['https://github.com/copilot*'],
  selectors: {
    composer: ['textarea#copilot-chat-textarea'], // stable id
    sendButton: ['[class^="ChatInput-module__toolbarRight"] > button[type="submit"]', 'form button[type="submit"]'],
    reply: ['[class*="ChatMessage-module__ai"]', '.markdown-body'],
  },
  firstPartyHosts: ['github.com', 'githubusercontent.com', 'githubassets.com'],
});
