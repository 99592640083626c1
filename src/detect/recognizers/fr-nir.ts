import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { nirKeyOk } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * NATIONAL_ID (FR): NIR / numéro de sécurité sociale (INSEE): sex (1, 2; 3, 4, 7, 8 for provisional numbers),
 * year (2), month (01-12, or 20-42/50-99 when unknown), department (2 digits or 2A/2B), commune (3), order (3),
 * then the 2-digit key = 97 - (first 13 digits mod 97). Written compact or "1 85 05 78 006 084 36".
 */

const NIR = /([1-478]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})/gi;
const CONTEXT = contextWords([
  'nir',
  'insee',
  'sécu',
  'secu',
  'sécurité',
  'securite',
  'sociale',
  'social',
  'ss',
  'vitale',
  'numéro',
  'numero',
]);

export const frNirRecognizer: Recognizer = {
  id: 'fr-nir',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    NIR.lastIndex = 0;
    for (let m = nextMatch(NIR, text); m; m = nextMatch(NIR, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      const month = Number(m[3]);
      if (month === 0 || (month > 12 && month < 20)) continue;
      const body = `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}`.toUpperCase();
      if (!nirKeyOk(body, m[7]!)) continue;
      // Structure + mod-97 key leave ~1 in 100 random 15-digit strings; context makes it certain.
      const score = boosted(0.75, hasContext(scan, start, end, CONTEXT, 6, 2), 1);
      out.push({ type: 'NATIONAL_ID', start, end, score, label: 'FR', recognizer: 'fr-nir' });
    }
    return out;
  },
};
