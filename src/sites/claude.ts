import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-11, promptmanager 2026-05, obsidian-AI-exporter 2026-08).
export default defineSite({
  id: 'claude',
  name: 'Claude',
  matches: ['https://claude.ai/*'],
  selectors: {
    composer: [
      'div[contenteditable="true"][data-testid="chat-input"]', // seen 2026-05
      'div.ProseMirror[contenteditable="true"]', // TipTap root, seen 2024-11
      // Server-rendered before the editor loads (a fast typist types here first); issue 19, 2026.
      'textarea[data-testid="chat-input-ssr"]',
    ],
    sendButton: [
      'button[data-testid="chat-input-send"]', // public code, checked 2026-12-07
      // The label is localised: the app's main UI languages, checked 2026-12-07.
      'button[aria-label="Send message"]', // seen 2025-11
      'button[aria-label="Envoyer le message"]',
      'button[aria-label="Nachricht senden"]',
      'button[aria-label="Enviar mensaje"]',
      'button[aria-label="Enviar mensagem"]',
      'button[aria-label="Invia messaggio"]',
      'button[aria-label="メッセージを送信"]',
      'button[aria-label="메시지 보내기"]',
    ],
    reply: [
      '.font-claude-response', // seen 2026-08
      '.font-claude-message', // older, seen 2025
    ],
    // Edit mode is a textarea in the user message with a primary Save (issue 19, CES 2026-08).
    editBox: ['[data-testid="user-message"] textarea', 'form textarea:not([data-testid="chat-input-ssr"])'],
    saveButton: ['form:has(textarea:not([data-testid="chat-input-ssr"])) button[type="submit"]'],
  },
  streaming: { stop: ['button[aria-label="Stop response"]'], around: ['[data-is-streaming="true"]'] },
  firstPartyHosts: ['claude.ai', 'anthropic.com'],
});
