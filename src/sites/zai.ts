import { defineSite } from './types';

// Z.ai chat (GLM; built on Open WebUI). Sources: public adapters 2026 and Open WebUI's own markup
// (ids chat-input, send-message-button), checked 2026-12-07.
export default defineSite({
  id: 'zai',
  name: 'Z.ai',
  matches: ['https://chat.z.ai/*'],
  selectors: {
    composer: ['textarea#chat-input', '#chat-input[contenteditable="true"]'],
    sendButton: ['button#send-message-button', 'button[aria-label="Send Message"]', 'div[aria-label="Send Message"]'],
    reply: ['.chat-assistant', '#response-content-container'],
  },
  firstPartyHosts: ['z.ai', 'bigmodel.cn'],
});
