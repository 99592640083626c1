import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * US_PASSPORT: 9 digits (older books) or one letter + 8 digits (Next Generation Passport, 2021+).
 * Nothing about the number itself is checkable, so context is required: without "passport" nearby it is not
 * reported at all.
 */

const PASSPORT = /[A-Za-z]?\d{8,9}/g;
const CONTEXT = contextWords(['passport', 'passports', 'passport#', 'travel document', 'ppt']);

export const usPassportRecognizer: Recognizer = {
  id: 'us-passport',
  phase: 'contextual',
  types: ['US_PASSPORT'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    if (!/passport|\bppt\b|travel document/i.test(text)) return out;
    PASSPORT.lastIndex = 0;
    for (let m = nextMatch(PASSPORT, text); m; m = nextMatch(PASSPORT, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      const letter = /^[A-Za-z]/.test(m[0]);
      if ((letter && m[0].length !== 9) || (!letter && m[0].length !== 9)) continue;
      if (!hasContext(scan, start, end, CONTEXT, 6, 2)) continue;
      out.push({ type: 'US_PASSPORT', start, end, score: 0.8, recognizer: 'us-passport' });
    }
    return out;
  },
};
