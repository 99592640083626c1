import { defineSite } from './types';

// Microsoft 365 Copilot Chat (work accounts). Sources: public automation code for m365.cloud.microsoft
// (PyRIT's playwright target, several 2026 prompt tools), checked 2026-12-07. The editor is a Lexical
// contenteditable <span>; prompts go over a SignalR WebSocket to substrate.office.com.
export default defineSite({
  id: 'm365copilot',
  name: 'Microsoft 365 Copilot',
  matches: ['https://m365.cloud.microsoft/*'],
  selectors: {
    composer: [
      'span#m365-chat-editor-target-element[contenteditable="true"]', // stable id, 2026
      '#m365-chat-editor-target-element',
      'span[role="textbox"][contenteditable="true"][aria-label="Message Copilot"]', // English label, fallback
    ],
    sendButton: [
      'button.fai-SendButton', // Fluent AI class, 2026
      'button[type="submit"][aria-label="Send"]', // English label, fallback
    ],
    reply: ['[data-testid="markdown-reply"]'], // 2026
  },
  firstPartyHosts: ['cloud.microsoft', 'microsoft.com', 'office.com', 'office.net', 'sharepoint.com', 'bing.com'],
});
