import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { dniLetterOk } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * NATIONAL_ID (ES): DNI (8 digits + control letter) and NIE (X/Y/Z + 7 digits + letter; X=0, Y=1, Z=2 for the
 * computation). The letter is TRWAGMYFPDXBNJZSQVHLCKE[number mod 23] (Real Decreto 1553/2005). Accepts
 * "12345678Z", "12345678-Z", "12.345.678-Z", "X1234567L".
 */

const DNI = /(\d{2}\.?\d{3}\.?\d{3}|[XYZxyz][- ]?\d{7})[- ]?([A-Za-z])/g;
const CONTEXT = contextWords([
  'dni',
  'nie',
  'nif',
  'documento',
  'identidad',
  'dni/nie',
  'id',
  'identificación',
  'identificacion',
]);

export const esDniRecognizer: Recognizer = {
  id: 'es-dni',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    DNI.lastIndex = 0;
    for (let m = nextMatch(DNI, text); m; m = nextMatch(DNI, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      const raw = m[1]!.replace(/[.\- ]/g, '').toUpperCase();
      const number = raw.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2');
      if (!dniLetterOk(number, m[2]!)) continue;
      // 1 in 23 random "8 digits + letter" strings pass: a plain-looking code needs context, an NIE less so.
      const base = /^[XYZ]/.test(raw) ? 0.6 : 0.5;
      const score = boosted(base, hasContext(scan, start, end, CONTEXT, 6, 2), 0.95);
      out.push({ type: 'NATIONAL_ID', start, end, score, label: 'ES', recognizer: 'es-dni' });
    }
    return out;
  },
};
