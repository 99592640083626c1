import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { nhsMod11 } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { nextMatch } from '../text';
import { digitRunBoundedIn } from '../scan';

/**
 * UK_NHS: ten digits, usually written 3-3-4, with the NHS mod-11 check digit. A 3-3-4 number is also the shape
 * of a US phone number and 1 in 11 random numbers passes the check, so context is required.
 */

const NHS = /\d{3}([ -]?)\d{3}\1\d{4}/g;
const CONTEXT = contextWords(['nhs', 'health', 'patient', 'nhs number', 'hospital', 'gp', 'chi', 'medical', 'nhsno']);

export const ukNhsRecognizer: Recognizer = {
  id: 'uk-nhs',
  phase: 'validated',
  types: ['UK_NHS'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    // Without context the score (0.1) is below any sensible threshold: skip the scan.
    if (scan.minScore > 0.1 && !/nhs|health|patient|hospital|\bgp\b|\bchi\b|medical/i.test(text)) return out;
    NHS.lastIndex = 0;
    for (let m = nextMatch(NHS, text); m; m = nextMatch(NHS, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!digitRunBoundedIn(scan, start, end)) continue;
      const digits = m[0].replace(/\D/g, '');
      if (!nhsMod11(digits) || /^(\d)\1+$/.test(digits)) continue;
      const score = boosted(0.1, hasContext(scan, start, end, CONTEXT, 6, 2), 0.95);
      out.push({ type: 'UK_NHS', start, end, score, recognizer: 'uk-nhs' });
    }
    return out;
  },
};
