import { defineSite } from './types';

// Kimi (Moonshot). Lexical editor on div.chat-input-editor; the send control is a div. Sources:
// public adapters (2025-2026), checked 2026-12-07.
export default defineSite({
  id: 'kimi',
  name: 'Kimi',
  matches: ['https://www.kimi.com/*', 'https://kimi.com/*', 'https://kimi.moonshot.cn/*'],
  selectors: {
    composer: [
      '.chat-input-editor[contenteditable="true"]', // 2026
      'div[data-lexical-editor="true"][contenteditable="true"][role="textbox"]',
    ],
    sendButton: ['.send-button-container:not(.disabled)', 'button.send-button'],
    reply: ['.chat-content-item-assistant .markdown', '.segment-assistant .markdown'],
  },
  firstPartyHosts: ['kimi.com', 'moonshot.cn', 'kimi.ai'],
});
