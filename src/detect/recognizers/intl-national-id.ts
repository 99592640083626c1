import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { hetuOk, nricOk, peselOk, tcknOk, verhoeffOk } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * NATIONAL_ID of countries whose numbers carry a checksum (issue 20): PL PESEL, TR T.C. Kimlik No, IN Aadhaar
 * (Verhoeff), FI henkilötunnus, SG NRIC/FIN. A bare run of 11 or 12 digits passes a mod-10 check one time in ten,
 * so PESEL, TCKN and Aadhaar need their context word (or Aadhaar's 4-4-4 grouping); the HETU and the NRIC have a
 * shape no other number has (a century sign, a letter at both ends) and stand on their checksum.
 */

const PESEL_CONTEXT = contextWords(['pesel']);
const TCKN_CONTEXT = contextWords(['tc', 'tckn', 'kimlik', 'tcno', 't.c.']);
const AADHAAR_CONTEXT = contextWords(['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार']);

const ELEVEN = /\d{11}/g;
const AADHAAR = /[2-9]\d{3}([ -]?)\d{4}\1\d{4}/g;
const HETU = /(\d{6})([-+ABCDEFUVWXY])(\d{3})([0-9A-FHJ-NPR-Y])/g;
const NRIC = /[STFG]\d{7}[A-Z]/gi;

const standsAlone = (text: string, start: number, end: number): boolean =>
  !isWordChar(text[start - 1]) && !isWordChar(text[end]) && text[start - 1] !== '-' && text[end] !== '-';

function push(out: Finding[], start: number, end: number, score: number, label: string): void {
  if (score >= 0.1) out.push({ type: 'NATIONAL_ID', start, end, score, label, recognizer: 'intl-national-id' });
}

export const intlNationalIdRecognizer: Recognizer = {
  id: 'intl-national-id',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    ELEVEN.lastIndex = 0;
    for (let m = nextMatch(ELEVEN, text); m; m = nextMatch(ELEVEN, text)) {
      const start = m.index;
      const end = start + 11;
      if (!standsAlone(text, start, end)) continue;
      if (peselOk(m[0])) push(out, start, end, boosted(0.2, hasContext(scan, start, end, PESEL_CONTEXT), 0.85), 'PL');
      else if (tcknOk(m[0]))
        push(out, start, end, boosted(0.2, hasContext(scan, start, end, TCKN_CONTEXT), 0.85), 'TR');
    }
    AADHAAR.lastIndex = 0;
    for (let m = nextMatch(AADHAAR, text); m; m = nextMatch(AADHAAR, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!standsAlone(text, start, end) || !verhoeffOk(m[0].replace(/\D/g, ''))) continue;
      const grouped = m[1] !== '';
      push(out, start, end, boosted(grouped ? 0.4 : 0.2, hasContext(scan, start, end, AADHAAR_CONTEXT), 0.85), 'IN');
    }
    HETU.lastIndex = 0;
    for (let m = nextMatch(HETU, text); m; m = nextMatch(HETU, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const day = Number(m[1]!.slice(0, 2));
      const month = Number(m[1]!.slice(2, 4));
      if (!standsAlone(text, start, end) || day < 1 || day > 31 || month < 1 || month > 12) continue;
      if (hetuOk(m[1]!, m[3]!, m[4]!)) push(out, start, end, 0.85, 'FI');
    }
    NRIC.lastIndex = 0;
    for (let m = nextMatch(NRIC, text); m; m = nextMatch(NRIC, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (standsAlone(text, start, end) && nricOk(m[0])) push(out, start, end, 0.85, 'SG');
    }
    return out;
  },
};
