import { defineSite } from './types';

// character.ai. No stable public selectors (class names are hashed); low confidence, checked
// 2026-12-07. The generic rule (any editable that sends) is what guards it when these miss.
export default defineSite({
  id: 'characterai',
  name: 'Character.AI',
  matches: ['https://character.ai/*', 'https://www.character.ai/*'],
  selectors: {
    composer: ['textarea[placeholder^="Message "]', 'main form textarea'],
    sendButton: ['button[aria-label="Send a message..."]', 'main form button[type="submit"]'],
    reply: ['[data-testid="completed-message"]'],
  },
  firstPartyHosts: ['character.ai', 'characterai.io'],
});
