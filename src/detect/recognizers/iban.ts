import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { ibanMod97 } from '../checksum';
import { isWordChar } from '../text';

/**
 * IBAN_CODE: country code, two check digits, then the BBAN, compact or in groups (spaces or dashes), any case.
 * The length must be the country's (SWIFT IBAN Registry, release 99) and ISO 7064 MOD 97-10 must hold.
 * Taking exactly the country's length means trailing words or numbers are never swallowed.
 */

// IBAN length per country, from the SWIFT IBAN Registry.
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
}; // prettier-ignore

const START = /[A-Za-z]{2}\d{2}/g;

const isAlnum = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0) | 0x20; // fold ASCII case
  return (x >= 97 && x <= 122) || (c >= '0' && c <= '9');
};

/** Reads `want` alphanumerics from `start`, allowing one consistent single separator between groups. */
function take(text: string, start: number, want: number): { end: number; value: string } | undefined {
  let value = '';
  let sep: string | undefined;
  let i = start;
  while (value.length < want && i < text.length) {
    const c = text[i]!;
    if (isAlnum(c)) {
      value += c;
      i++;
    } else if ((c === ' ' || c === '-' || c === '\u00a0') && isAlnum(text[i + 1]) && value.length >= 4) {
      if (sep !== undefined && sep !== c) return undefined;
      sep = c;
      i++;
    } else return undefined;
  }
  if (value.length !== want || isAlnum(text[i])) return undefined;
  return { end: i, value: value.toUpperCase() };
}

export const ibanRecognizer: Recognizer = {
  id: 'iban',
  phase: 'validated',
  types: ['IBAN_CODE'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
      if (isWordChar(text[m.index - 1])) continue;
      const cc = m[0].slice(0, 2).toUpperCase();
      const len = LENGTHS[cc];
      if (!len) continue;
      const got = take(text, m.index, len);
      if (!got || !ibanMod97(got.value)) continue;
      out.push({ type: 'IBAN_CODE', start: m.index, end: got.end, score: 1, label: cc, recognizer: 'iban' });
      START.lastIndex = got.end;
    }
    return out;
  },
};
