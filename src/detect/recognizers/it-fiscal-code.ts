import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { codiceFiscaleOk } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar } from '../text';

/**
 * NATIONAL_ID (IT): codice fiscale, 16 characters: surname (3 letters), name (3), year (2), month letter
 * (ABCDEHLMPRST), day (01-31, +40 for women), municipality (letter + 3), check letter (D.M. 23/12/1976).
 * Digits may be replaced by LMNPQRSTUV (omocodia) when codes collide.
 */

const OMO = '[0-9LMNPQRSTUV]';
const CF = new RegExp(`[A-Z]{6}${OMO}{2}[ABCDEHLMPRST]${OMO}{2}[A-Z]${OMO}{3}[A-Z]`, 'gi');
const CONTEXT = contextWords(['codice', 'fiscale', 'cf', 'c.f', 'tessera', 'sanitaria', 'fiscal', 'tax']);

export const itFiscalCodeRecognizer: Recognizer = {
  id: 'it-fiscal-code',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (const m of text.matchAll(CF)) {
      const start = m.index;
      const end = start + 16;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      if (!codiceFiscaleOk(m[0])) continue;
      const score = boosted(0.85, hasContext(scan, start, end, CONTEXT, 6, 2), 1);
      out.push({ type: 'NATIONAL_ID', start, end, score, label: 'IT', recognizer: 'it-fiscal-code' });
    }
    return out;
  },
};
