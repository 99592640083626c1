import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * MAC_ADDRESS: six hex octets with one consistent ":" or "-" (IEEE 802 canonical / Windows style), or Cisco's
 * three dotted 4-hex groups. Broadcast and all-zero addresses are not identifying and score low.
 */

const COLON_OR_DASH = /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}/g;
const CISCO = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/g;
// Runs of hex digits and separators: one pass of a single character class, then the two shapes inside.
const HEX_RUN = /[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g;
const CONTEXT = contextWords([
  'mac',
  'hwaddr',
  'ether',
  'ethernet',
  'wifi',
  'wlan',
  'bssid',
  'device',
  'adapter',
  'nic',
]);

export const macAddressRecognizer: Recognizer = {
  id: 'mac-address',
  types: ['MAC_ADDRESS'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    HEX_RUN.lastIndex = 0;
    for (let run = nextMatch(HEX_RUN, text); run; run = nextMatch(HEX_RUN, text)) {
      for (const re of [COLON_OR_DASH, CISCO]) {
        for (const sub of run[0].matchAll(re)) {
          const m = { 0: sub[0], index: run.index + sub.index };
          const start = m.index;
          const end = start + m[0].length;
          const b = text[start - 1];
          const a = text[end];
          if (
            isWordChar(b) ||
            isWordChar(a) ||
            b === ':' ||
            a === ':' ||
            b === '-' ||
            a === '-' ||
            (a === '.' && isWordChar(text[end + 1]))
          )
            continue;
          const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
          // Cisco form needs a letter or context: "1234.5678.9012" is more likely a number.
          if (re === CISCO && !/[a-f]/.test(hex) && !hasContext(scan, start, end, CONTEXT)) continue;
          const trivial = /^(?:0{12}|f{12})$/.test(hex);
          const score = trivial ? 0.2 : hasContext(scan, start, end, CONTEXT) ? 0.95 : 0.75;
          out.push({ type: 'MAC_ADDRESS', start, end, score, recognizer: 'mac-address' });
        }
      }
    }
    return out;
  },
};
