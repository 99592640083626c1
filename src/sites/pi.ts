import { defineSite } from './types';

// Pi (Inflection). Source: public prompt tools, 2024-2025, checked 2026-12-07 (low confidence).
export default defineSite({
  id: 'pi',
  name: 'Pi',
  matches: ['https://pi.ai/*'],
  selectors: {
    composer: ['textarea[placeholder="Talk with Pi"]', 'textarea[role="textbox"]'],
    sendButton: ['button[aria-label="Submit text"]'],
    reply: ['.whitespace-pre-wrap.break-words'],
  },
  firstPartyHosts: ['pi.ai', 'inflection.ai'],
});
