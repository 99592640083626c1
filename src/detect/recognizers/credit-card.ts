import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { luhn } from '../checksum';
import { contextWords, hasContext } from '../context';
import { digitRunBounded } from '../text';

/**
 * CREDIT_CARD: 12-19 digits, compact or in groups separated by one consistent space or dash, Luhn-valid
 * (ISO/IEC 7812). Known issuer ranges score high; an unknown prefix needs context. Well-known test numbers
 * (documented by Stripe, Visa, Adyen...) score below the threshold.
 */

// A run of digit groups with single space/dash separators. Nothing follows the greedy part, so the engine never
// backtracks into it (no catastrophic cases on 100 KB of "1 1 1 ..."); boundaries are checked in code.
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;

interface Brand {
  name: string;
  /** Prefix ranges as [low, high] on the first `digits` digits. */
  ranges: readonly (readonly [number, number])[];
  lengths: readonly number[];
}

// Issuer identification ranges (ISO/IEC 7812 IINs as published by the networks; summary after Wikipedia "Payment card number").
const BRANDS: readonly Brand[] = [
  { name: 'Visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  {
    name: 'Mastercard',
    ranges: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  },
  {
    name: 'Amex',
    ranges: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  },
  {
    name: 'Diners',
    ranges: [
      [300, 305],
      [3095, 3095],
      [36, 36],
      [38, 39],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
  {
    name: 'Discover',
    ranges: [
      [6011, 6011],
      [644, 649],
      [65, 65],
      [622126, 622925],
    ],
    lengths: [16, 17, 18, 19],
  },
  { name: 'JCB', ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  {
    name: 'JCB',
    ranges: [
      [1800, 1800],
      [2131, 2131],
    ],
    lengths: [15],
  },
  { name: 'UnionPay', ranges: [[62, 62]], lengths: [16, 17, 18, 19] },
  { name: 'Mir', ranges: [[2200, 2204]], lengths: [16, 17, 18, 19] },
  {
    name: 'Maestro',
    ranges: [
      [50, 50],
      [56, 69],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
  {
    name: 'RuPay',
    ranges: [
      [60, 60],
      [81, 82],
      [508, 508],
    ],
    lengths: [16],
  },
  { name: 'Troy', ranges: [[9792, 9792]], lengths: [16] },
  { name: 'UATP', ranges: [[1, 1]], lengths: [15] },
];

export function cardBrand(digits: string): string | undefined {
  for (const b of BRANDS) {
    if (!b.lengths.includes(digits.length)) continue;
    for (const [lo, hi] of b.ranges) {
      const n = Number(digits.slice(0, String(lo).length));
      if (n >= lo && n <= hi) return b.name;
    }
  }
  return undefined;
}

// Published test numbers; flagging them annoys developers and protects nothing.
const TEST_NUMBERS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4000056655665556',
  '4012888888881881',
  '4222222222222',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
  '6200000000000005',
  '4000000000000002',
  '4000000000009995',
]);

const CONTEXT = contextWords([
  'card',
  'credit',
  'debit',
  'cc',
  'visa',
  'mastercard',
  'amex',
  'american express',
  'discover',
  'jcb',
  'diners',
  'maestro',
  'unionpay',
  'cvv',
  'cvc',
  'expiry',
  'exp',
  'expires',
  'payment',
  'pay',
  'kreditkarte',
  'karte',
  'carte',
  'tarjeta',
  'carta',
  'cartão',
  'kaart',
  'pan',
]);

// Words that make a digit run an identifier of something else.
const NEGATIVE = contextWords([
  'order',
  'invoice',
  'tracking',
  'shipment',
  'isbn',
  'imei',
  'serial',
  'sku',
  'ticket',
  'ref',
  'reference',
  'transaction',
  'txn',
  'id',
  'uuid',
  'build',
  'version',
  'timestamp',
  'epoch',
]);

/** Splits a run into candidate digit strings: the whole run, or its leading groups when trailing text was glued on. */
function candidates(run: string): { len: number; digits: string }[] {
  const groups = run.split(/[ -]/);
  const seps = run.match(/[ -]/g) ?? [];
  if (seps.some((s) => s !== seps[0])) return [];
  const out: { len: number; digits: string }[] = [];
  // Grouped numbers start with a 4-digit group (Amex/Diners 4-6-5 and 4-6-4 included); compact ones stand alone.
  if (groups.length === 1) return run.length >= 12 && run.length <= 19 ? [{ len: run.length, digits: run }] : [];
  if (groups[0]!.length !== 4) return [];
  let digits = '';
  let len = -1;
  for (const g of groups) {
    if (g.length > 6) break;
    digits += g;
    len += g.length + 1;
    if (digits.length > 19) break;
    if (digits.length >= 12) out.push({ len, digits });
  }
  return out.reverse();
}

function score(scan: Scan, start: number, end: number, digits: string, grouped: boolean): Finding | undefined {
  if (!luhn(digits) || /^(\d)\1+$/.test(digits)) return undefined;
  const brand = cardBrand(digits);
  const ctx = hasContext(scan, start, end, CONTEXT, 6, 3);
  const neg = !ctx && hasContext(scan, start, end, NEGATIVE, 3, 0);
  let s: number;
  if (TEST_NUMBERS.has(digits)) s = 0.3;
  else if (brand) s = ctx ? 1 : neg ? 0.3 : grouped ? 0.95 : 0.8;
  else s = ctx ? 0.85 : 0.3;
  const f: Finding = { type: 'CREDIT_CARD', start, end, score: s, recognizer: 'credit-card' };
  if (brand) f.label = brand;
  return f;
}

export const creditCardRecognizer: Recognizer = {
  id: 'credit-card',
  types: ['CREDIT_CARD'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (const m of text.matchAll(DIGIT_RUN)) {
      if (m[0].length < 12 || !digitRunBounded(text, m.index, m.index + m[0].length)) continue;
      for (const c of candidates(m[0])) {
        const f = score(scan, m.index, m.index + c.len, c.digits, c.len !== c.digits.length);
        if (f) {
          out.push(f);
          break;
        }
      }
    }
    return out;
  },
};
