import { defineSite } from './types';

// LMArena (lmarena.ai, moving to arena.ai in 2026). Sources: public automation, 2025-2026, checked
// 2026-12-07 (low confidence: Tailwind classes only).
export default defineSite({
  id: 'lmarena',
  name: 'LMArena',
  matches: ['https://lmarena.ai/*', 'https://arena.ai/*'],
  selectors: {
    composer: ['textarea[name="message"]', 'form textarea'],
    sendButton: ['form button[type="submit"]'],
    reply: ['.prose'],
  },
  firstPartyHosts: ['lmarena.ai', 'arena.ai'],
});
