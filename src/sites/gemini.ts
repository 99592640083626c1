import { defineSite } from './types';

// Source: chat-sites.md §1 (OneClickPrompts 2025-10, promptmanager 2026-05, obsidian-AI-exporter 2026-07).
export default defineSite({
  id: 'gemini',
  name: 'Gemini',
  // business.gemini.google is Gemini Enterprise (2025-10 on); its markup is not public, so the
  // generic rule (guard: any editable that sends) guards it until selectors are known. 2026-12-07.
  matches: ['https://gemini.google.com/*', 'https://business.gemini.google/*'],
  selectors: {
    composer: [
      'rich-textarea div.ql-editor[contenteditable="true"]', // Quill, seen 2026-05
      'div.ql-editor.textarea[contenteditable="true"]',
    ],
    sendButton: [
      'button.send-button', // seen 2025-10, class is the stable hook
      'button[aria-label="Send message"]', // English label, fallback only
    ],
    reply: [
      'model-response message-content', // custom elements, seen 2026-07
      'model-response',
    ],
    editBox: ['textarea[aria-label="Edit prompt"]', 'user-query textarea'], // issue 19, 2026
    saveButton: ['button.update-button'], // the class: its label is localised; 2026
  },
  streaming: { stop: ['button[aria-label="Stop response"]'] },
  firstPartyHosts: ['google.com', 'googleusercontent.com', 'gstatic.com', 'ggpht.com', 'ytimg.com'],
});
