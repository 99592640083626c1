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
const CF_SHAPE = new RegExp(`^[A-Z]{6}${OMO}{2}[ABCDEHLMPRST]${OMO}{2}[A-Z]${OMO}{3}[A-Z]$`, 'i');

const CONTEXT = contextWords(['codice', 'fiscale', 'cf', 'c.f', 'tessera', 'sanitaria', 'fiscal', 'tax']);

export const itFiscalCodeRecognizer: Recognizer = {
  id: 'it-fiscal-code',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    // Words of exactly 16 characters, from the word index (built once per scan anyway).
    const idx = scan.words();
    for (let i = 0; i < idx.starts.length; i++) {
      const start = idx.starts[i]!;
      const end = idx.ends[i]!;
      if (end - start !== 16) continue;
      const m = [text.slice(start, end)] as const;
      if (!CF_SHAPE.test(m[0]) || isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      if (!codiceFiscaleOk(m[0])) continue;
      const score = boosted(0.85, hasContext(scan, start, end, CONTEXT, 6, 2), 1);
      out.push({ type: 'NATIONAL_ID', start, end, score, label: 'IT', recognizer: 'it-fiscal-code' });
    }
    return out;
  },
};
