import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { nextMatch } from '../text';
import { digitRunBoundedIn } from '../scan';

/**
 * BANK_ACCOUNT: US ABA routing numbers (9 digits, a Federal Reserve prefix 00-12, 21-32, 61-72 or 80, and the
 * 3-7-1 weighted checksum; also written 4-4-1 with dashes, "0711-0130-7") and bank account numbers (8-17 digits)
 * next to words that say so ("routing", "account number", "acct", "Kontonummer"). A bare nine-digit number passes
 * the checksum one time in ten, and account numbers have no checksum at all, so both need their context word; the
 * 4-4-1 routing shape is written nowhere else and stands on its checksum.
 */

// Single words only: such a list is read in place from the word index (a phrase builds a window per candidate).
const ROUTING_CONTEXT = contextWords(['routing', 'aba', 'rtn', 'transit', 'bankleitzahl']);
const ACCOUNT_CONTEXT = contextWords([
  'account',
  'acct',
  'bank',
  'checking',
  'savings',
  'kontonummer',
  'konto',
  'compte',
  'cuenta',
  'conta',
  'rekeningnummer',
  'beneficiary',
]);
// Some context word's stem somewhere in the text: without one, only the dashed routing shape can be reported, and
// the 8-17 digit numbers of the text (phones, orders, cards) are not looked at one by one.
const ANY_CONTEXT =
  /rout|aba|rtn|transit|acc(?:oun)?t|bank|checking|saving|konto|compte|cuenta|conta|rekening|beneficiar/i;

const NUMBER = /\d{4}-\d{4}-\d|\d{8,17}/g;
const DASHED = /\d{4}-\d{4}-\d/g;

const WEIGHTS = [3, 7, 1];

export function abaOk(d: string): boolean {
  if (d.length !== 9) return false;
  const prefix = Number(d.slice(0, 2));
  if (!(prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80))
    return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * WEIGHTS[i % 3]!;
  return sum % 10 === 0 && !/^(\d)\1+$/.test(d);
}

export const bankAccountRecognizer: Recognizer = {
  id: 'bank-account',
  phase: 'validated',
  types: ['BANK_ACCOUNT'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    const re = ANY_CONTEXT.test(text) ? NUMBER : DASHED;
    re.lastIndex = 0;
    for (let m = nextMatch(re, text); m; m = nextMatch(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!digitRunBoundedIn(scan, start, end)) continue;
      const digits = m[0].replace(/-/g, '');
      let score = 0;
      let label = 'ABA';
      if (abaOk(digits)) {
        if (m[0].includes('-')) score = 0.6;
        if (hasContext(scan, start, end, ROUTING_CONTEXT, 5, 2)) score = 0.85;
      }
      if (!score && !m[0].includes('-') && hasContext(scan, start, end, ACCOUNT_CONTEXT, 5, 2)) {
        score = 0.75;
        label = 'account';
      }
      if (score) out.push({ type: 'BANK_ACCOUNT', start, end, score, label, recognizer: 'bank-account' });
    }
    return out;
  },
};
