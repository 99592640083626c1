import { defineSite } from './types';

// NotebookLM (Angular). Sources: public NotebookLM automation (skills and MCP servers), 2025-01 to
// 2026, checked 2026-12-07. notebook.google.com is the newer address of the same app.
export default defineSite({
  id: 'notebooklm',
  name: 'NotebookLM',
  matches: ['https://notebooklm.google.com/*', 'https://notebook.google.com/*'],
  selectors: {
    composer: [
      'textarea.query-box-input', // class, stable since 2025-01
      'query-box textarea',
    ],
    sendButton: ['button.submit-button', 'query-box button[type="submit"]'], // 2026
    reply: ['.to-user-container .message-text-content'], // 2025-01, still in 2026 code
  },
  firstPartyHosts: ['google.com', 'googleusercontent.com', 'gstatic.com'],
});
