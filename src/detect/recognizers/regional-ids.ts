import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * NATIONAL_ID (label = country) for identity numbers other tools report and employees paste: the Korean resident
 * registration number (RRN: birth date, a sex/century digit, weighted mod-11 check digit), the Indian PAN (income-tax
 * number: 5 letters, the 4th the holder's kind, 4 digits, 1 letter), the US ITIN (9XX-[50-65, 70-88, 90-92,
 * 94-99]-XXXX: taxpayer numbers for people without an SSN; with its word), the US Medicare Beneficiary Identifier (MBI: 11
 * characters with a letter or digit fixed at each place, no S L O I B Z), the UK driving licence number (surname,
 * birth date with the month + 50 for women, initials, check letters) and the UK passport number (2 letters, 7
 * digits: only with "passport" near). Where the format has no checksum, the shape must be one no ordinary token has
 * (dashes in place, a date inside) or a context word must be near.
 */

const RRN = /(\d{2})(\d{2})(\d{2})(-?)([1-4])\d{6}/g;
const PAN = /[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]/g;
const ITIN = /9\d{2}([- ]?)(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\1\d{4}/g;
// MBI: C A AN N - A AN N - A A N N (A: letters without S L O I B Z).
const A = '[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]';
const AN = '[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]';
const MBI = new RegExp(`[1-9]${A}${AN}\\d(-?)${A}${AN}\\d\\1${A}${A}\\d\\d`, 'g');
// The licence from its digits on: a search that starts at every letter of a text (the surname part) cost more than
// all the other shapes together. The five characters before are checked in code (LEAD).
const UK_DL = /\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Za-z9]{2}\d[A-Za-z]{2}/g;
const UK_DL_LEAD = /^[A-Za-z9]{5}$/;
const UK_PASSPORT = /[A-Z]{2}\d{7}/g;

const RRN_CONTEXT = contextWords(['rrn', '주민등록번호', '주민번호', 'resident registration', 'korean']);
const PAN_CONTEXT = contextWords(['pan', 'permanent account number', 'income tax', 'pan card']);
const ITIN_CONTEXT = contextWords(['itin', 'taxpayer', 'tin', 'tax id']);
const MBI_CONTEXT = contextWords(['mbi', 'medicare', 'beneficiary']);
const DL_CONTEXT = contextWords(['licence', 'license', 'driving', 'dvla', 'driver']);
const PASSPORT_CONTEXT = contextWords(['passport']);

const alone = (text: string, start: number, end: number): boolean =>
  !isWordChar(text[start - 1]) && !isWordChar(text[end]) && text[start - 1] !== '-' && text[end] !== '-';

/** RRN check digit: 11 - (Σ digit × 2,3,4,5,6,7,8,9,2,3,4,5 mod 11), mod 10 (numbers issued before October 2020). */
export function rrnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * ((i % 8) + 2);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}

interface Shape {
  re: RegExp;
  label: string;
  ctx: ReturnType<typeof contextWords>;
  /**
   * For a shape that reaches the threshold only with its context word: a stem of those words. A text without one
   * is not searched for the shape at all.
   */
  gate?: RegExp;
  /** The value starts this many characters before the match, and they must match `lead`. */
  back?: number;
  lead?: RegExp;
  /** The base score of a match (0: drop it), before context; `value` is the whole value (with `back`). */
  score(m: RegExpExecArray, value: string): number;
}

const SHAPES: readonly Shape[] = [
  {
    re: RRN,
    label: 'KR',
    ctx: RRN_CONTEXT,
    score: (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
      const dashed = m[4] === '-';
      const checked = rrnOk(m[0].replace('-', ''));
      return dashed ? (checked ? 0.85 : 0.4) : checked ? 0.4 : 0.2;
    },
  },
  { re: PAN, label: 'IN', ctx: PAN_CONTEXT, gate: /pan|permanent|income/i, score: () => 0.3 },
  // Dashed like an SSN, and part numbers are written so too ("Part no. 941-75-4757"): the word decides.
  { re: ITIN, label: 'US', ctx: ITIN_CONTEXT, gate: /tin|taxpayer|tax/i, score: (m) => (m[1] ? 0.4 : 0.2) },
  { re: MBI, label: 'US', ctx: MBI_CONTEXT, score: (m) => (m[1] ? 0.6 : 0.4) },
  {
    re: UK_DL,
    label: 'GB',
    ctx: DL_CONTEXT,
    back: 5,
    lead: UK_DL_LEAD,
    // Upper case as issued; a surname field of 9s alone is no licence.
    score: (_, v) => (v.startsWith('99999') ? 0 : v === v.toUpperCase() ? 0.6 : 0.3),
  },
  { re: UK_PASSPORT, label: 'GB', ctx: PASSPORT_CONTEXT, gate: /passport/i, score: () => 0.2 },
];

export const regionalIdsRecognizer: Recognizer = {
  id: 'regional-ids',
  phase: 'validated',
  types: ['NATIONAL_ID'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (const { re, label, ctx, gate, back = 0, lead, score } of SHAPES) {
      // 0.4 is the highest score a gated shape has without its word.
      if (gate && scan.minScore > 0.4 && !gate.test(text)) continue;
      re.lastIndex = 0;
      for (let m = nextMatch(re, text); m; m = nextMatch(re, text)) {
        const start = m.index - back;
        const end = m.index + m[0].length;
        if (start < 0 || (lead && !lead.test(text.slice(start, m.index)))) continue;
        const base = alone(text, start, end) ? score(m, text.slice(start, end)) : 0;
        if (!base) continue;
        const s = boosted(base, hasContext(scan, start, end, ctx), 0.85);
        if (s >= 0.1) out.push({ type: 'NATIONAL_ID', start, end, score: s, label, recognizer: 'regional-ids' });
      }
    }
    return out;
  },
};
