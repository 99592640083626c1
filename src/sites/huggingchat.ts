import { defineSite } from './types';

// Source: huggingface/chat-ui (open source) ChatInput.svelte, ChatWindow.svelte, ChatMessage.svelte, HEAD 2026-08.
export default defineSite({
  id: 'huggingchat',
  name: 'HuggingChat',
  matches: ['https://huggingface.co/chat*'],
  selectors: {
    composer: ['form textarea'],
    sendButton: ['form button[type="submit"][name="submit"]', 'button[aria-label="Send message"]'],
    reply: ['[data-message-role="assistant"]'], // since 2024-11-18
  },
  firstPartyHosts: ['huggingface.co', 'hf.co'],
});
