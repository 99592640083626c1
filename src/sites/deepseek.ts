import { defineSite } from './types';

// Source: chat-sites.md §1 (promptmanager 2026-05, OneClickPrompts 2025-11).
export default defineSite({
  id: 'deepseek',
  name: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  selectors: {
    composer: ['textarea#chat-input', 'textarea[placeholder="Message DeepSeek"]'], // seen 2026-05
    // DeepSeek's send control is a div with hashed classes that change often (OneClickPrompts
    // 2025-12 falls back to heuristics); Enter is guarded, a click on it is caught by role.
    sendButton: ['div[role="button"].ds-icon-button:not([aria-disabled="true"])'],
    reply: ['.ds-message .ds-markdown'], // seen 2025-12
  },
  firstPartyHosts: ['deepseek.com'],
});
