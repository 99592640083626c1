import { defineSite } from './types';

// Source: chat-sites.md §1 (promptmanager 2026-05, OneClickPrompts 2025-11).
export default defineSite({
  id: 'deepseek',
  name: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  selectors: {
    composer: [
      'textarea#chat-input', // seen 2026-05; missing in some 2026 builds (issue 19)
      // The placeholder is localised ("Message DeepSeek", "给 DeepSeek 发送消息"), the name is in all.
      'textarea[placeholder*="DeepSeek"]', // checked 2026-12-07
    ],
    // The send control is a div with hashed classes; its design-system classes are the stable part.
    sendButton: [
      'div[role="button"].ds-button--circle:not([aria-disabled="true"])', // public code 2026, checked 2026-12-07
      'div[role="button"].ds-icon-button:not([aria-disabled="true"])', // seen 2025-12
    ],
    reply: ['.ds-markdown', '.ds-message .ds-markdown'], // 2026; the .ds-message wrapper is gone in some builds
    editBox: ['textarea[name="user query"]'], // issue 19, 2026
    // Its Send next to the box: the primary design-system button (labels localised), 2026.
    saveButton: ['div[role="button"].ds-button--primary'],
  },
  firstPartyHosts: ['deepseek.com'],
});
