import { defineSite } from './types';

// Duck.ai (DuckDuckGo's AI chat), React textarea. Source: public prompt tools, 2026 ("needs live
// validation"), checked 2026-12-07; the generic rule covers a missed control.
export default defineSite({
  id: 'duckai',
  name: 'Duck.ai',
  matches: ['https://duck.ai/*'],
  selectors: {
    composer: ['textarea[name="user-prompt"]'],
    sendButton: ['form button[type="submit"]'],
    reply: ['[data-activeresponse]'], // low confidence: no public capture of a reply
  },
  firstPartyHosts: ['duck.ai', 'duckduckgo.com'],
});
