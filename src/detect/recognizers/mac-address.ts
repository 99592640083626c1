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
// Runs of hex digits and separators (/[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g), then the two shapes inside. Both shapes
// hold a separator, so only runs with one are wanted: they are found from the separators (indexOf), not by that
// regex nor by a walk over every character: tried at every hex letter of prose ("face", "bed"), the regex cost more
// than the rest of the recognizer (1.4% of the fast path), the walk still ~1%. 1: hex digit, 2: separator.
const HEX_CLASS = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX_CLASS[c.charCodeAt(0)] = 1;
for (const c of ':.-') HEX_CLASS[c.charCodeAt(0)] = 2;
const RUN_MIN = 14;
const SEPARATORS = [':', '.', '-'];

const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? HEX_CLASS[c]! : 0;
};

function holdsSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (classAt(text, i) === 2) return true;
  return false;
}

/** The matches of /[0-9A-Fa-f][0-9A-Fa-f:.-]{13,}/g that hold a ":", "." or "-", as [start, end) pairs. */
export function separatedHexRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const next = SEPARATORS.map((s) => text.indexOf(s));
  let done = 0; // the text before this offset is settled
  for (;;) {
    // The next separator at or after `done`.
    let p = -1;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! >= 0 && next[k]! < done) next[k] = text.indexOf(SEPARATORS[k]!, done);
      if (next[k]! >= 0 && (p < 0 || next[k]! < p)) p = next[k]!;
    }
    if (p < 0) return runs;
    // Its stretch of hex digits and separators; the run starts at the stretch's first hex digit.
    let start = p;
    while (start > done && classAt(text, start - 1) !== 0) start--;
    let end = p + 1;
    while (end < text.length && classAt(text, end) !== 0) end++;
    while (start < end && classAt(text, start) !== 1) start++;
    // The separator found may have been one of the leading ones just cut off.
    if (end - start >= RUN_MIN && (p >= start || holdsSeparator(text, start, end))) runs.push([start, end]);
    done = end;
  }
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
  phase: 'validated',
  types: ['MAC_ADDRESS'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (const [runStart, runEnd] of separatedHexRuns(text)) {
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
