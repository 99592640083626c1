import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-10, promptmanager 2025-11).
export default defineSite({
  id: 'copilot',
  name: 'Microsoft Copilot',
  // copilot.com is the consumer address since 2025 (copilot.microsoft.com redirects); checked 2026-12-07.
  matches: ['https://copilot.microsoft.com/*', 'https://copilot.com/*', 'https://www.copilot.com/*'],
  selectors: {
    composer: ['textarea#userInput', 'textarea[placeholder="Message Copilot"]'], // seen 2025-10
    sendButton: ['button[data-testid="submit-button"]', 'button[title="Submit message"]'], // seen 2025-10
    reply: ['[data-content="ai-message"]'], // seen 2025-08
  },
  streaming: { stop: ['button[title="Stop responding"]'] },
  firstPartyHosts: ['copilot.com', 'microsoft.com', 'bing.com', 'bing.net', 'msn.com'],
});
