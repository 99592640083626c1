import { defineSite } from './types';

// You.com. Sources: public automation, 2024-2026, checked 2026-12-07.
export default defineSite({
  id: 'youcom',
  name: 'You.com',
  matches: ['https://you.com/*'],
  selectors: {
    composer: ['textarea#search-input-textarea', 'textarea[data-testid="search-input"]'],
    sendButton: ['button[data-testid="qb_submit_button"]', 'form button[type="submit"]'],
    reply: ['[data-testid="youchat-text"]', '[data-testid="youchat-answer"]'],
  },
  firstPartyHosts: ['you.com', 'ydc-static.com'],
});
