import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { boosted, contextWords, hasContext, hasNegativeContext, negativeWords } from '../context';
import { nextMatch } from '../text';
import { digitRunBoundedIn } from '../scan';

/**
 * US_SSN: AAA-GG-SSSS with dashes, spaces or dots (one kind), or 9 bare digits (very weak without context).
 * SSA validity rules (SSA POMS RM 10201.035; randomisation since 2011): area not 000, 666 or 900-999 (those are
 * ITINs), group not 00, serial not 0000; plus Presidio's invalidation of numbers that were published as samples
 * or are all one digit.
 */

const SSN = /\d{3}([- .]?)\d{2}\1\d{4}/g;

// Published or advertising numbers (078-05-1120 Woolworth wallet card, 219-09-9999 SSA pamphlet) and sequences.
const SAMPLES = new Set(['078051120', '219099999', '123456789', '987654321', '012345678', '111223333']);

export function ssnValid(digits: string): boolean {
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits) || SAMPLES.has(digits)) return false;
  return true;
}

const CONTEXT = contextWords([
  'ssn',
  'ssns',
  'social',
  'security',
  'social security',
  'ss',
  'ssa',
  'taxpayer',
  'tin',
  'itin',
]);

const NEGATIVE = negativeWords([
  'part',
  'sku',
  'model',
  'order',
  'item',
  'ref',
  'reference',
  'invoice',
  'ticket',
  'case',
  'phone',
  'tel',
  'fax',
  'zip',
  'isbn',
  'serial',
  'tracking',
  'account',
  'routing',
]);

export const usSsnRecognizer: Recognizer = {
  id: 'us-ssn',
  phase: 'validated',
  types: ['US_SSN'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    SSN.lastIndex = 0;
    for (let m = nextMatch(SSN, text); m; m = nextMatch(SSN, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!digitRunBoundedIn(scan, start, end)) continue;
      const digits = m[0].replace(/\D/g, '');
      if (!ssnValid(digits)) continue;
      const sep = m[1]!;
      // Presidio: 0.5 for dashed, 0.05 ("very weak") for bare digits; spaces and dots are in between.
      const base = sep === '-' ? 0.5 : sep === '' ? 0.05 : 0.3;
      const ctx = hasContext(scan, start, end, CONTEXT, 6, 2);
      if (!ctx && hasNegativeContext(scan, start, end, NEGATIVE, 4, 0)) continue;
      out.push({ type: 'US_SSN', start, end, score: boosted(base, ctx, 0.9), recognizer: 'us-ssn' });
    }
    return out;
  },
};
