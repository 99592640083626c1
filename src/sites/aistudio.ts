import { defineSite } from './types';

// Google AI Studio (Angular, custom elements). Sources: public AI Studio proxies and prompt tools,
// 2025-2026, checked 2026-12-07. Ctrl+Enter runs the prompt; Enter is a new line.
export default defineSite({
  id: 'aistudio',
  name: 'Google AI Studio',
  matches: ['https://aistudio.google.com/*'],
  selectors: {
    composer: [
      'ms-prompt-input-wrapper textarea', // custom element, 2025-2026
      'ms-autosize-textarea textarea',
      'textarea[formcontrolname="promptText"]',
    ],
    sendButton: ['ms-run-button button', 'button.run-button', 'button[aria-label="Run"]'],
    reply: ['ms-chat-turn .chat-turn-container.model'], // 2026
  },
  firstPartyHosts: ['google.com', 'googleusercontent.com', 'gstatic.com'],
});
