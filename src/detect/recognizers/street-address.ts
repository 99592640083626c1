import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { contextWords, hasContext } from '../context';
import {
  ADDRESS_CONTEXT,
  STREET_COMPOUNDS,
  STREET_COMPOUNDS_LOWER,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  STREET_WORDS_AFTER,
  UNIT_WORDS,
} from '../data/streets';

/**
 * STREET_ADDRESS in US/UK ("221B Baker Street", "1600 Pennsylvania Ave NW"), continental ("Hauptstraße 5",
 * "Rue de Rivoli 12", "12 rue de la Paix", "ul. Długa 3", "Via Roma 1", "Rákóczi út 13."), PO boxes, US
 * military addresses (PSC/Unit … APO/FPO/DPO) and "the corner of X and Y".
 *
 * An anchor (house number + street) is found first, then extended line by line over what usually follows:
 * unit ("Apt. 4"), city, state/region code, postcode, country. Each component recognised adds confidence, as
 * do address words nearby ("lives at", "ship to", "address:"). A bare "Name 12" counts only with such evidence.
 */

const cased = (list: string): string =>
  list
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .filter((w, i, a) => a.indexOf(w) === i)
    .join('|');

const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*";
const NUM = '\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?';
const ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';
const PARTICLE = 'de|del|della|dei|des|du|la|le|van|von|der|den|of|the|e|y|da|do|dos|das|di';
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

const SUFFIX = `(?:${cased(STREET_SUFFIXES)})`;
const UNIT = `(?:${cased(UNIT_WORDS)})`;
const NAME_WORD = `(?:${CAP}|${ORDINAL}|${PARTICLE})`;

// Lower-case street prefixes that are safe in prose ("12 rue de la Paix"); "via", "place", "route" are not.
const SAFE_LOWER_PREFIXES = 'rue|calle|rua|ul|ulica|viale|piazza|corso|avenida|carrer|strada|calea';
const PREFIX_CAPS = STREET_PREFIXES.split('|')
  .filter((w) => /^[a-zà-ÿ]/.test(w))
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .concat(SAFE_LOWER_PREFIXES.split('|'), ['ul\\.', 'al\\.', 'pl\\.', 'os\\.', 'c/', 'C/'])
  .join('|');

const LOWER_WORD = "\\p{Ll}[\\p{Ll}\\p{M}'’-]*";
const LOWER_LINE = (text: string, pos: number): boolean => {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return !/\p{Lu}/u.test(text.slice(s, e));
};

interface Anchor {
  re: RegExp;
  score: number;
  kind: string;
  /** Cheap test on the whole text; when it fails the anchor cannot match. */
  pre?: RegExp;
  check?: (scan: Scan, m: RegExpExecArray) => boolean;
}

const ANCHORS: Anchor[] = [
  // 1600 Pennsylvania Avenue / 33787 590 Edington Drive / 14 Crown Street
  {
    re: new RegExp(`${NB}${NUM}(?:\\s${NUM})?\\s(?:${NAME_WORD}\\s){0,3}${CAP}\\s${SUFFIX}\\.?${NA}`, 'gu'),
    score: 0.7,
    kind: 'us',
  },
  // the same, typed in lower case: "3911 fourth avenue" (only on all-lower-case lines, name words not everyday words)
  {
    re: new RegExp(`${NB}${NUM}(?:\\s${NUM})?\\s((?:${LOWER_WORD}\\s){1,3})(?:${STREET_SUFFIXES})\\.?${NA}`, 'gu'),
    score: 0.6,
    kind: 'us-lower',
    check: (scan, m) =>
      LOWER_LINE(scan.text, m.index) && !m[1]!.trim().split(/\s+/).every((w) => scan.lexicon.isCommon(w)),
  },
  // 2505 Heatherleigh Suite 620: number, name, then a unit.
  {
    re: new RegExp(`${NB}${NUM}(?:\\s${NUM})?\\s(?:${CAP}\\s){1,3}(?=${UNIT}\\.?\\s?#?\\d)`, 'gu'),
    score: 0.55,
    kind: 'us-unit',
  },
  // Hauptstraße 5 / Kalverstraat 12a / Östbygatan 14
  {
    re: new RegExp(
      `${NB}(?:${CAP}\\s){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*?(?:${STREET_COMPOUNDS})\\s${NUM}${NA}`,
      'gu',
    ),
    score: 0.65,
    kind: 'compound',
    // The compound word must not be an everyday word that merely ends like one ("During" ends in "ring").
    check: (scan, m) => !scan.lexicon.isWord(/([\p{L}\p{M}'’.-]+)\s\S+$/u.exec(m[0])![1]!.toLowerCase().replace(/\.$/, '')),
  },
  // hersnapvej 18 (lower case, distinctive compounds only)
  {
    re: new RegExp(`${NB}${LOWER_WORD}?(?:${STREET_COMPOUNDS_LOWER})\\s${NUM}${NA}`, 'gu'),
    score: 0.6,
    kind: 'compound-lower',
    check: (scan, m) => !scan.lexicon.isWord(m[0].split(/\s/)[0]!),
  },
  // Villacher Strasse 89 / Rákóczi út 13 / Árpád fejedelem útja 3 / Trenerys gate 232
  {
    re: new RegExp(
      `${NB}${CAP}\\s(?:${WORD}\\s){0,2}(?:${cased(STREET_WORDS_AFTER)})\\s${NUM}${NA}`,
      'gu',
    ),
    score: 0.65,
    kind: 'word-after',
  },
  // Rue de Rivoli 12 / Via dei Fiorentini 17 / ul. Zamkowa 33 / Rua Vinte e Cinco de Setembro 1257
  {
    re: new RegExp(`${NB}(?:${PREFIX_CAPS})\\.?\\s(?:${WORD}\\s){0,4}${CAP}\\s${NUM}${NA}`, 'gu'),
    score: 0.65,
    kind: 'prefix',
  },
  // 12 rue de la Paix / 20 Rue Hsine Eloued
  {
    re: new RegExp(`${NB}${NUM},?\\s(?:${PREFIX_CAPS})\\.?\\s(?:(?:${PARTICLE})\\s){0,2}${CAP}(?:\\s${CAP}){0,3}`, 'gu'),
    score: 0.65,
    kind: 'num-prefix',
  },
  // PSC 1234, Box 5678 APO AE 12345 / USS Nimitz FPO AP 96620
  {
    re: /\b(?:(?:PSC|Unit|CMR)\s\d{3,5},?\s+Box\s\d{3,5}|(?:USNS|USNV|USS|USCGC)\s\p{L}+(?:\s\p{L}+)?)\s*[\n,]?\s*(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}\b/giu,
    score: 0.9,
    kind: 'military',
    pre: /[ADF]PO\s/i,
  },
  // P.O. Box 104 / Postfach 12 34
  {
    re: /\b(?:P\.?\s?O\.?\s?Box|Post\sOffice\sBox|Postfach|Apartado(?:\sde\sCorreos)?|Casilla|Boîte\spostale|BP)\s\d{1,6}(?:\s\d{2,4})?\b/giu,
    score: 0.8,
    kind: 'pobox',
    pre: /box|postfach|apartado|casilla|postale|\bBP\b/i,
  },
];

// "Harjukuja 54": a capitalised word and a number, an address only with other evidence.
const BARE = new RegExp(`${NB}(?:${CAP}\\s){0,2}(${CAP})\\s(\\d{1,4}[A-Za-z]?)(?![\\p{L}\\p{N}]|[.,:/-]\\d)`, 'gu');

// "the corner of Main St and 5th Avenue"
const STREETISH = `(?:(?:${WORD}|${NUM}|${ORDINAL}|${SUFFIX}\\.?|ul\\.)\\s){0,4}(?:${WORD}|${NUM}|${SUFFIX}\\.?)`;
const CORNER = new RegExp(`${NB}(?:[Tt]he\\s)?[Cc]orner\\sof\\s${STREETISH}\\s(?:and|&)\\s${STREETISH}`, 'gu');

// Not street names, even when followed by a number.
const BARE_STOP = new Set(
  (
    'chapter section page figure fig table version level round day week phase step part volume vol issue episode ' +
    'season room grade class group team player model series gate terminal platform track bus line flight route ' +
    'iphone galaxy pixel windows office python java node ios android php firefox chrome ubuntu debian fedora ' +
    'centos macos excel gpt claude llama gemini mistral top under over about approximately only covid psalm ' +
    'article art paragraph clause exhibit appendix annex item no nr number box unit suite apt floor year years ' +
    'hours minutes seconds points rank tier stage task story sprint release build patch api http error code ' +
    'order invoice ticket case id ref size age vs and or of in on at by to for from with'
  ).split(' '),
);

// Components after an anchor, tried at the current position (sticky).
// Spaces, a comma, up to two line breaks (quoted "> " lines too); a dot right before a line break ("u. 97.\n").
const SEP = /(?:\.(?=[ \t]*\r?\n))?[ \t]*,?[ \t]*(?:\r?\n[ \t>]*(?:\r?\n[ \t>]*)?,?[ \t]*)?/y;
const C_UNIT = new RegExp(`${UNIT}\\.?\\s?#?\\s?\\d{1,5}[A-Za-z]?${NA}`, 'uy');
const POSTCODE =
  '(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|\\d{4}\\s?[A-Z]{2}|\\d{5}(?:-\\d{3,4})?|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,6})';
const POST_END = '(?![\\p{L}\\p{N}]|[-.]\\d|[ \\t]\\d)';
const C_POSTCODE = new RegExp(`${POSTCODE}${POST_END}`, 'uy');
const C_STATE = new RegExp(`(?:[A-Z]{2,3}|[a-z]{2,3}(?=\\s+${POSTCODE}${POST_END}))${NA}`, 'uy');
const C_WORDS = new RegExp(`(?:${CAP})(?:[ -](?:${CAP}|${PARTICLE})){0,3}${NA}`, 'uy');
const C_PAREN = /[ \t]*\([^()\n]{1,24}\)/y;

const CONTEXT = contextWords(ADDRESS_CONTEXT);

interface Span {
  start: number;
  end: number;
  score: number;
}

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** True when `phrase` is a place the lexicon knows, or looks like a city line (ends at a line/comma break). */
function placeLike(scan: Scan, words: string, end: number): boolean {
  const lower = words.toLowerCase();
  if (scan.lexicon.place(lower)) return true;
  const parts = lower.split(/[ -]/);
  if (parts.every((p) => scan.lexicon.isCommon(p))) return false;
  // "NUNGATTA Australia": a city and a country on one line.
  for (let i = 1; i < parts.length; i++) if (scan.lexicon.place(parts.slice(i).join(' ')) === 'country') return true;
  const rest = scan.text.slice(end, end + 12);
  return /^(?:[ \t]*(?:[,\n\r]|$)|\.(?:\s|$)|[ \t]+(?:[A-Z]{2,3}\b|(?:[A-Za-z]{2,3}[ \t]+)?\d{3,}|\())/.test(rest);
}

/** Extends an anchor over the components that follow it; returns the new end and how many were found. */
function extend(scan: Scan, end: number): { end: number; parts: number } {
  const { text } = scan;
  let parts = 0;
  for (let step = 0; step < 8; step++) {
    const sep = stickyAt(SEP, text, end);
    const p = end + (sep ? sep[0].length : 0);
    const blankLine = sep ? /\n[ \t>]*\r?\n/.test(sep[0]) : false;
    let next = -1;
    let m: RegExpExecArray | null;
    if (!blankLine && (m = stickyAt(C_UNIT, text, p))) next = p + m[0].length;
    else if ((m = stickyAt(C_POSTCODE, text, p))) next = p + m[0].length;
    else if ((m = stickyAt(C_WORDS, text, p)) && placeLike(scan, m[0], p + m[0].length)) {
      // Country/city words; a blank line is only crossed for a known place or a "Place 12345" line.
      if (blankLine && !scan.lexicon.place(m[0].toLowerCase()) && !/^[ \t]+\d{3,}/.test(text.slice(p + m[0].length)))
        break;
      next = p + m[0].length;
      const paren = stickyAt(C_PAREN, text, next);
      if (paren) next += paren[0].length;
    } else if (!blankLine && (m = stickyAt(C_STATE, text, p))) next = p + m[0].length;
    if (next < 0) break;
    end = next;
    parts++;
  }
  return { end, parts };
}

const BACK = new RegExp(`(?:${UNIT}\\.?\\s?#?\\d{1,5}[A-Za-z]?\\s)?(?:\\d{1,6}\\s){1,2}$`, 'u');

/** Numbers (house number, postcode) and a unit just before the anchor on the same line. */
function extendBack(text: string, start: number): { start: number; parts: number } {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = BACK.exec(before);
  if (!m || /[\p{L}\p{N}]/u.test(before[m.index - 1] ?? '')) return { start, parts: 0 };
  return { start: start - m[0].length, parts: 1 };
}

function bareAllowed(scan: Scan, word: string): boolean {
  const w = word.toLowerCase();
  return (
    !BARE_STOP.has(w) &&
    !scan.lexicon.isWord(w) &&
    !scan.lexicon.isFirstName(w) &&
    !/^\p{Lu}{2,}$/u.test(word) && // acronyms: "ISO 9001", "RFC 822"
    !/\p{Ll}\p{Lu}/u.test(word) // camelCase: "iPhone 15", "macOS 14"
  );
}

export const streetAddressRecognizer: Recognizer = {
  id: 'street-address',
  types: ['STREET_ADDRESS'],
  find(scan) {
    const { text } = scan;
    if (!/\d/.test(text) && !/corner/i.test(text)) return [];
    const spans: Span[] = [];
    const add = (start: number, end: number, base: number) => {
      if (scan.isCode(start)) return;
      const back = extendBack(text, start);
      const fwd = extend(scan, end);
      let score = base + 0.1 * Math.min(3, back.parts + fwd.parts);
      if (hasContext(scan, back.start, fwd.end, CONTEXT, 8, 0)) score = Math.max(score + 0.2, 0.75);
      spans.push({ start: back.start, end: fwd.end, score: Math.min(0.95, score) });
    };
    for (const a of ANCHORS) {
      if (a.pre && !a.pre.test(text)) continue;
      for (const m of text.matchAll(a.re)) {
        if (!a.check || a.check(scan, m)) add(m.index, m.index + m[0].trimEnd().length, a.score);
      }
    }
    // "corner of X and Y" only when X or Y looks like a street (a number, a capital, a street word).
    for (const m of text.includes('orner') ? text.matchAll(CORNER) : []) {
      if (/\d|\p{Lu}/u.test(m[0].replace(/^[Tt]he\s|^[Cc]orner/, ''))) add(m.index, m.index + m[0].length, 0.75);
    }
    // Bare "Name 12" only where no anchored address already is (anchored spans sorted; one forward pointer).
    const anchored = spans.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
    let i = 0;
    let coveredTo = -1;
    for (const m of text.matchAll(BARE)) {
      while (i < anchored.length && anchored[i]![0] <= m.index) coveredTo = Math.max(coveredTo, anchored[i++]![1]);
      if (m.index < coveredTo || !bareAllowed(scan, m[1]!)) continue;
      // "Since 2019", "Summer 1999": a year is not a house number.
      add(m.index, m.index + m[0].length, /^(?:19|20)\d\d$/.test(m[2]!) ? 0.15 : 0.3);
      // What the extension swallowed is not looked at again.
      coveredTo = Math.max(coveredTo, spans[spans.length - 1]?.end ?? coveredTo);
    }
    return spans.map((s) => ({ type: 'STREET_ADDRESS', ...s, recognizer: 'street-address' }) as Finding);
  },
};
