import { defineSite } from './types';

// Qwen Chat (an Open WebUI fork, React). Sources: public userscripts and automation, 2025-09 to
// 2026, checked 2026-12-07.
export default defineSite({
  id: 'qwen',
  name: 'Qwen',
  matches: ['https://chat.qwen.ai/*'],
  selectors: {
    composer: ['textarea#chat-input', 'textarea.message-input-textarea'], // 2025-09 .. 2026
    sendButton: ['button#send-message-button', 'button.send-button'],
    reply: ['.qwen-chat-message-assistant', '[id^="response-content-container"]'],
  },
  streaming: { stop: ['#stop-response-button', 'button.stop-button'] },
  firstPartyHosts: ['qwen.ai', 'alicdn.com', 'aliyuncs.com'],
});
