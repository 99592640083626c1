import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { isWordChar } from '../text';

/**
 * MAC_ADDRESS: six hex octets with one consistent ":" or "-" (IEEE 802 canonical / Windows style), or Cisco's
 * three dotted 4-hex groups. Broadcast and all-zero addresses are not identifying and score low.
 */

const COLON_OR_DASH = /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}/g;
const CISCO = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/g;
// Runs of hex digits and separators (/[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g), then the two shapes inside. The runs are
// found by a walk over a table, not by that regex: tried at every hex letter of prose ("face", "bed"), it cost more
// than the rest of the recognizer (1.4% of the fast path). 1: hex digit, 2: separator, by character code.
const HEX_CLASS = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX_CLASS[c.charCodeAt(0)] = 1;
for (const c of ':.-') HEX_CLASS[c.charCodeAt(0)] = 2;
const RUN_MIN = 14;

/** The matches of /[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g, as [start, end) pairs. */
export function hexRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i++);
    if (c >= 128 || HEX_CLASS[c] !== 1) continue;
    const start = i - 1;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d >= 128 || HEX_CLASS[d] === 0) break;
      i++;
    }
    if (i - start >= RUN_MIN) runs.push([start, i]);
  }
  return runs;
}

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
    for (const [runStart, runEnd] of hexRuns(text)) {
      const run = text.slice(runStart, runEnd);
      for (const re of [COLON_OR_DASH, CISCO]) {
        for (const sub of run.matchAll(re)) {
          const m = { 0: sub[0], index: runStart + sub.index };
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
