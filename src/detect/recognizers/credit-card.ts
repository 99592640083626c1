import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { luhn } from '../checksum';
import { contextWords, hasContext, hasNegativeContext, negativeWords } from '../context';
import { digitGroupsEnd, digitRunBounded, isDigitCode, nextDigit } from '../text';

/**
 * CREDIT_CARD: 12-19 digits, compact or in groups separated by one consistent space or dash, Luhn-valid
 * (ISO/IEC 7812). Known issuer ranges score high; an unknown prefix needs context. Well-known test numbers
 * (documented by Stripe, Visa, Adyen...) score below the threshold.
 */

// Candidates are runs of digit groups with single space/dash separators (digitGroupsEnd: linear, no backtracking on
// 100 KB of "1 1 1 ..."); boundaries are checked in code.

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
const NEGATIVE = negativeWords([
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
  'uuid',
  'digits',
  'regex',
  'erp',
  'account',
  'customer',
  'member',
  'loyalty',
  'barcode',
  'ean',
  'gtin',
  'upc',
  'build',
  'version',
  'timestamp',
  'epoch',
]);

interface Group {
  start: number;
  end: number;
  /** Separator before this group ('' for the first). */
  sep: string;
}

/**
 * Candidates starting at group `i` of a run, longest first: a compact 12-19 digit group, or 4-digit-first groups
 * (Amex/Diners 4-6-5 and 4-6-4 included) joined by one consistent separator. Returned as [last group, digits].
 */
function candidatesAt(run: string, groups: readonly Group[], i: number): [number, string][] {
  const first = groups[i]!;
  const len = first.end - first.start;
  if (len >= 12 && len <= 19) return [[i, run.slice(first.start, first.end)]];
  if (len !== 4) return [];
  const out: [number, string][] = [];
  let digits = run.slice(first.start, first.end);
  for (let j = i + 1; j < groups.length; j++) {
    const g = groups[j]!;
    if (g.end - g.start > 6 || (j > i + 1 && g.sep !== groups[i + 1]!.sep)) break;
    digits += run.slice(g.start, g.end);
    if (digits.length > 19) break;
    if (digits.length >= 12) out.push([j, digits]);
  }
  return out.reverse();
}

/**
 * A compact number next to same-length numbers that fail Luhn is one of a list of IDs ("order numbers are 16
 * digits, e.g. 8574084382183245 and 4667189487466697"): real cards in a list all pass, random IDs 90% fail.
 */
function hasInvalidSibling(text: string, start: number, end: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(Math.max(lineStart, start - 300), Math.min(lineEnd, end + 300));
  for (const m of line.matchAll(/\d+/g)) if (m[0].length === length && !luhn(m[0])) return true;
  return false;
}

function score(scan: Scan, start: number, end: number, digits: string, grouped: boolean): Finding | undefined {
  if (!luhn(digits) || /^(\d)\1+$/.test(digits)) return undefined;
  const { text } = scan;
  // Inside a colon-delimited identifier ("arn:aws:iam::599480500017:role"): an account ID, not a card.
  if (text[start - 1] === ':' && text[end] === ':') return undefined;
  const brand = cardBrand(digits);
  const ctx = hasContext(scan, start, end, CONTEXT, 6, 3);
  // Grouped 4-4-4-4 with a known issuer is a card whatever the label; a compact run needs no sign of being an ID.
  const neg =
    !ctx &&
    !grouped &&
    (hasNegativeContext(scan, start, end, NEGATIVE, 8, 0) || hasInvalidSibling(text, start, end, digits.length));
  let s: number;
  if (TEST_NUMBERS.has(digits)) s = 0.3;
  else if (brand) s = ctx ? 1 : neg ? 0.3 : grouped ? 0.95 : digits.length < 14 ? 0.4 : 0.8;
  else s = ctx ? 0.85 : 0.3;
  const f: Finding = { type: 'CREDIT_CARD', start, end, score: s, recognizer: 'credit-card' };
  if (brand) f.label = brand;
  return f;
}

export const creditCardRecognizer: Recognizer = {
  id: 'credit-card',
  phase: 'validated',
  types: ['CREDIT_CARD'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (let at = nextDigit(text, 0); at >= 0; at = nextDigit(text, at)) {
      const runStart = at;
      at = digitGroupsEnd(text, runStart);
      if (at - runStart < 12) continue;
      const run = text.slice(runStart, at);
      // The digit groups (/\d+/g, read in place: matchAll made a regex copy, an iterator and a match per group).
      const groups: Group[] = [];
      for (let k = nextDigit(run, 0); k >= 0; k = nextDigit(run, k)) {
        const start = k;
        while (k < run.length && isDigitCode(run.charCodeAt(k))) k++;
        groups.push({ start, end: k, sep: start > 0 ? run[start - 1]! : '' });
      }
      // A card may sit among other numbers ("IBAN … 4526018159083012"): try each group as a start.
      for (let i = 0; i < groups.length;) {
        let next = i + 1;
        for (const [j, digits] of candidatesAt(run, groups, i)) {
          const start = runStart + groups[i]!.start;
          const end = runStart + groups[j]!.end;
          if (!digitRunBounded(text, start, end)) continue;
          const f = score(scan, start, end, digits, end - start !== digits.length);
          if (f) {
            out.push(f);
            // A weak reading (e.g. an unknown issuer without context) does not consume the groups: a real card
            // may start inside it ("+44 20 7946 0958 4526 0181 5908 3012").
            if (f.score >= scan.minScore) {
              next = j + 1;
              break;
            }
          }
        }
        i = next;
      }
    }
    return out;
  },
};
