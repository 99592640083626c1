import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { AGAINST_TOKENS, contextWords, hasContext, hasNegativeContext, negativeWords } from '../context';
import { isWordChar, matchesAt } from '../text';

/**
 * US_DRIVER_LICENSE: state formats vary (1-2 letters + 4-14 digits, 7-9 digits, 3-4/2-3/3-4 dashed groups,
 * WA's 12-character alphanumerics). Presidio's version fires on "H1", base64 and UUID fragments
 * (presidio#1063); here context words are required, compared by whole word, and the candidate must contain
 * at least 6 digits.
 */

// Letters + digits (most states), dashed groups, Washington's old "LLLLLFM###XX" and its 2018+ "WDL" + 9 characters.
const DL = /WDL[A-Z0-9]{9}|[A-Za-z]{0,3}-?\d[\d-]{4,16}[A-Za-z]?|[A-Za-z*]{5,7}\d{3}[A-Za-z0-9]{2}/g;

/**
 * The matches of DL, as a search over the whole text finds them, tried only where one can start: every match
 * starts with "WDL" or has a digit among its first eight characters (the letter-first alternatives would
 * otherwise be tried at every letter of the text).
 */
export function licenceCandidates(text: string): RegExpExecArray[] {
  const may = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) may.fill(1, Math.max(0, i - 7), i + 1);
  }
  for (let at = text.indexOf('WDL'); at >= 0; at = text.indexOf('WDL', at + 1)) may[at] = 1;
  const starts: number[] = [];
  for (let at = 0; at < may.length; at++) if (may[at]) starts.push(at);
  return matchesAt(DL, text, starts);
}
const DRIVER = contextWords(['driver', 'drivers', 'driving', 'dl', 'dln', 'dmv', 'motorist']);
const LICENSE = contextWords(['license', 'licence', 'licenses', 'licences', 'permit']);
// "license key", "MIT license", "product licence": software, not a driver.
const TRAILING_DASHES = /-+$/;
const SOFTWARE = negativeWords(
  ['key', 'software', 'product', 'activation', 'serial', 'mit', 'apache', 'gpl', 'bsd', 'spdx'],
  AGAINST_TOKENS,
);

export const usDriverLicenseRecognizer: Recognizer = {
  id: 'us-driver-license',
  phase: 'contextual',
  types: ['US_DRIVER_LICENSE'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    // Context is required, so without any context word there is nothing to find.
    if (!/driv|licen|\bdln?\b|dmv|permit|motorist/i.test(text)) return out;
    for (const m of licenceCandidates(text)) {
      const raw = m[0].replace(TRAILING_DASHES, '');
      const start = m.index;
      const end = start + raw.length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      const digits = raw.replace(/\D/g, '').length;
      const wa = /^WDL[A-Z0-9]{9}$/.test(raw);
      if ((!wa && (digits < 6 || digits > 15)) || /--/.test(raw)) continue;
      // A driver word nearby, or "license" without software words around it.
      const driver = hasContext(scan, start, end, DRIVER, 6, 2);
      if (
        !driver &&
        !(hasContext(scan, start, end, LICENSE, 4, 0) && !hasNegativeContext(scan, start, end, SOFTWARE, 4, 1))
      )
        continue;
      out.push({ type: 'US_DRIVER_LICENSE', start, end, score: 0.75, recognizer: 'us-driver-license' });
    }
    return out;
  },
};
