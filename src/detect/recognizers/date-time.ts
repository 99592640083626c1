import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { isDigit, isSpaceAt, isWordChar, nextMatch } from '../text';

/**
 * DATE_TIME: calendar dates (ISO 8601 with optional time, d/m/y and m/d/y with "/", "." or "-", and written
 * dates with month names in English, German, French, Spanish, Italian, Dutch and Portuguese). A date alone is
 * not personal data: the score (0.3) sits below the default threshold, so it is neutral unless a caller lowers
 * it. date-of-birth.ts turns a date with birth context into DATE_OF_BIRTH.
 */

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|' +
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maart|mei|augustus|december|' +
  'janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro';

// Longest first, so that "mars" is not cut to "mar".
const MONTH_ALT = [...new Set(MONTHS.split('|'))].sort((a, b) => b.length - a.length).join('|');

const ISO = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g;
const NUMERIC = /\d{1,4}([./-])\d{1,2}\1\d{2,4}/g;
const WRITTEN = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?\\s+(?:of\\s+|de\\s+)?(?:${MONTH_ALT})\\.?(?:,?\\s+(?:de\\s+)?\\d{4})?|(?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|(?:${MONTH_ALT})\\.?,?\\s+\\d{4})`,
  'giu',
);

function plausibleNumeric(s: string): boolean {
  const parts = s.split(/[./-]/).map(Number);
  const [a, b, c] = parts as [number, number, number];
  const sep = s.match(/[./-]/)![0];
  if (String(parts[0]).length === 4 || s.indexOf(sep) === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31; // y-m-d
  const year = c;
  const yearOk = s.length - s.lastIndexOf(sep) - 1 === 2 || (year >= 1900 && year <= 2100);
  const dayMonth = (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
  return yearOk && dayMonth;
}

let memo: { text: string; dates: { start: number; end: number }[] } | undefined;

/**
 * Date spans in the text (or in text[from, to), widened to whole words), sorted and disjoint (a written date is not
 * also reported as its digits). The whole-text answer is memoised.
 */
export function findDates(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const whole = from <= 0 && to >= text.length;
  if (whole && memo?.text === text) return memo.dates;
  // A window must not cut a date: widen it to whitespace (a date has at most a few spaces in it).
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  for (let k = 0; a > 0 && k < 24 && !isSpaceAt(text, a - 1); k++) a--;
  for (let k = 0; b < text.length && k < 24 && !isSpaceAt(text, b); k++) b++;
  const part = whole ? text : text.slice(a, b);
  const offset = whole ? 0 : a;
  const all: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    start += offset;
    end += offset;
    if (!isWordChar(text[start - 1]) && !isWordChar(text[end])) all.push({ start, end });
  };
  // The patterns themselves, not matchAll (which copies each of them per call: per window, for date-of-birth).
  ISO.lastIndex = 0;
  for (let m = nextMatch(ISO, part); m; m = nextMatch(ISO, part)) push(m.index, m.index + m[0].length);
  NUMERIC.lastIndex = 0;
  for (let m = nextMatch(NUMERIC, part); m; m = nextMatch(NUMERIC, part)) {
    const end = offset + m.index + m[0].length;
    const start = offset + m.index;
    // Part of a longer dotted number (version, IP) or a phone number ("01.84.17.61.18").
    if (/[./-]/.test(text[end] ?? '') && isDigit(text[end + 1])) continue;
    if (/[./-]/.test(text[start - 1] ?? '') && isDigit(text[start - 2])) continue;
    if (plausibleNumeric(m[0])) push(m.index, m.index + m[0].length);
  }
  if (/\d/.test(part)) {
    WRITTEN.lastIndex = 0;
    for (let m = nextMatch(WRITTEN, part); m; m = nextMatch(WRITTEN, part)) push(m.index, m.index + m[0].length);
  }
  // Longest first at each start, then drop anything overlapping what was kept.
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const dates: { start: number; end: number }[] = [];
  for (const d of all) if (!dates.length || d.start >= dates[dates.length - 1]!.end) dates.push(d);
  if (whole) memo = { text, dates };
  return dates;
}

export const dateTimeRecognizer: Recognizer = {
  id: 'date-time',
  phase: 'contextual',
  types: ['DATE_TIME'],
  find(scan) {
    // Dates score 0.3 (neutral): under a higher threshold there is nothing to report.
    if (scan.minScore > 0.3) return [];
    return findDates(scan.text).map((d): Finding => ({
      type: 'DATE_TIME',
      start: d.start,
      end: d.end,
      score: 0.3,
      recognizer: 'date-time',
    }));
  },
};
