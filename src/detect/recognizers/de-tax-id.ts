import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { iso7064Mod11_10 } from '../checksum';
import { boosted, contextWords, hasContext } from '../context';
import { nextMatch } from '../text';
import { digitRunBoundedIn } from '../scan';

/**
 * NATIONAL_ID (DE): Steuerliche Identifikationsnummer, 11 digits, first digit not 0. Among the first ten digits
 * exactly one digit occurs two or three times (two before 2016) and the others at most once; the last digit is
 * the ISO/IEC 7064 MOD 11,10 check digit (BZSt specification). Written compact or as "12 345 678 901".
 */

const TAX_ID = /[1-9]\d(?: ?\d{3}){3}/g;
const CONTEXT = contextWords([
  'steuer',
  'steuerid',
  'steuer-id',
  'steuernummer',
  'steueridentifikationsnummer',
  'identifikationsnummer',
  'idnr',
  'tin',
  'tax',
  'steuerliche',
  'finanzamt',
]);

export function deTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const d of digits.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return iso7064Mod11_10(digits);
}

export const deTaxIdRecognizer: Recognizer = {
  id: 'de-tax-id',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    TAX_ID.lastIndex = 0;
    for (let m = nextMatch(TAX_ID, text); m; m = nextMatch(TAX_ID, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!digitRunBoundedIn(scan, start, end)) continue;
      if (!deTaxIdValid(m[0].replace(/ /g, ''))) continue;
      // The check digit and the digit-distribution rule together pass ~0.4% of random 11-digit numbers, so a
      // valid one is reported without context; written in the official 2-3-3-3 grouping it is all but certain.
      const base = m[0].includes(' ') ? 0.7 : 0.55;
      const score = boosted(base, hasContext(scan, start, end, CONTEXT, 6, 2), 0.95);
      out.push({ type: 'NATIONAL_ID', start, end, score, label: 'DE', recognizer: 'de-tax-id' });
    }
    return out;
  },
};
