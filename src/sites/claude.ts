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
    ],
    sendButton: ['button[aria-label="Send message"]'], // English label only; seen 2025-11
    reply: [
      '.font-claude-response', // seen 2026-08
      '.font-claude-message', // older, seen 2025
    ],
  },
  streaming: { stop: ['button[aria-label="Stop response"]'], around: ['[data-is-streaming="true"]'] },
  firstPartyHosts: ['claude.ai', 'anthropic.com'],
});
