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
const PARTICLE =
  'de|del|della|dei|des|du|la|le|van|von|der|den|of|the|e|y|da|do|dos|das|di|am|an|im|bei|sur|sous|en|aan|op|sul|sulla';
// Not glued to a word, nor continuing a number ("…3012-221B Baker Street" is one dashed number to the card check).
const NB = '(?<![\\p{L}\\p{N}]|\\p{N}[-./,])';
const NA = '(?![\\p{L}\\p{N}])';

// Street types, singular or plural ("Reinhold Ridges", "Nels Spurs").
const SUFFIX = `(?:${cased(STREET_SUFFIXES)})s?`;
const UNIT = `(?:${cased(UNIT_WORDS)})`;
const NAME_WORD = `(?:${CAP}|${ORDINAL}|${PARTICLE})`;

// Lower-case street prefixes that are safe in prose ("12 rue de la Paix"); "via", "place", "route" are not.
const SAFE_LOWER_PREFIXES = 'rue|calle|rua|ul|ulica|viale|piazza|corso|avenida|carrer|strada|calea';
// German "Am Wambacher Hof 9", "In der Dasladen 65b": small words that start a street name.
const GERMAN_PREFIXES =
  'Am|Im|Zum|Zur|Beim|In der|In den|An der|An den|Auf der|Auf dem|Auf den|Unter den|Hinter der|Hinter den|Vor dem';
const PREFIX_CAPS = STREET_PREFIXES.split('|')
  .filter((w) => /^[a-zà-ÿ]/.test(w))
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .concat(SAFE_LOWER_PREFIXES.split('|'), ['ul\\.', 'al\\.', 'pl\\.', 'os\\.', 'c/', 'C/'], GERMAN_PREFIXES.split('|'))
  .join('|');

const LOWER_WORD = "\\p{Ll}[\\p{Ll}\\p{M}'’-]*";
const LOWER_LINE = (text: string, pos: number): boolean => {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return !/\p{Lu}/u.test(text.slice(s, e));
};

// Word-level prefilters: an anchor whose street vocabulary does not occur in the text is not run at all.
const words = (list: string): Set<string> =>
  new Set(list.split('|').map((w) => w.replace(/\\/g, '').replace(/\.$/, '')));
const SUFFIX_SET = new Set([...words(STREET_SUFFIXES)].flatMap((w) => [w, `${w}s`]));
const SINGLE_WORD_STREETS =
  'woodlands|woodside|parkside|riverside|hillside|lakeside|meadows|orchards|paddocks|gardens|the green|the drive|the avenue|the crescent|the close|the grove|the mews|the paddock';
const SINGLE_SET = words(SINGLE_WORD_STREETS.replace(/the /g, ''));
const UNIT_SET = words(UNIT_WORDS);
const AFTER_SET = words(STREET_WORDS_AFTER);
const PREFIX_SET = new Set([...words(STREET_PREFIXES), ...'am im zum zur beim der dem den an in auf'.split(' ')]);
const COMPOUND_END = new RegExp(`(?:${STREET_COMPOUNDS.replace(/\\\./g, '')})$`);
const COMPOUND_LOWER_END = new RegExp(`(?:${STREET_COMPOUNDS_LOWER})$`);
const hasAny =
  (set: ReadonlySet<string>) =>
  (textWords: ReadonlySet<string>): boolean => {
    const [small, large] = set.size < textWords.size ? [set, textWords] : [textWords, set];
    for (const w of small) if (large.has(w)) return true;
    return false;
  };
const hasEnding =
  (re: RegExp) =>
  (textWords: ReadonlySet<string>): boolean => {
    for (const w of textWords) if (w.length >= 3 && re.test(w)) return true;
    return false;
  };

interface Anchor {
  re: RegExp;
  score: number;
  kind: string;
  /** Cheap test on the whole text; when it fails the anchor cannot match. */
  pre?: RegExp;
  /** Cheap test on the text's distinct words; when it fails the anchor cannot match. */
  words?: (words: ReadonlySet<string>) => boolean;
  check?: (scan: Scan, m: RegExpExecArray) => boolean;
}

const ANCHORS: Anchor[] = [
  // 1600 Pennsylvania Avenue / 33787 590 Edington Drive / 14 Crown Street
  {
    re: new RegExp(
      `${NB}${NUM}(?:[ \\t]${NUM})?[ \\t](?:${NAME_WORD}[ \\t]){0,3}(?:${CAP}|${ORDINAL})[ \\t]${SUFFIX}\\.?${NA}`,
      'gu',
    ),
    score: 0.7,
    kind: 'us',
    words: hasAny(SUFFIX_SET),
  },
  // the same, typed in lower case: "3911 fourth avenue" (only on all-lower-case lines, name words not everyday words)
  {
    re: new RegExp(
      `${NB}${NUM}(?:[ \\t]${NUM})?[ \\t]((?:${LOWER_WORD}[ \\t]){1,3})(?:${STREET_SUFFIXES})\\.?${NA}`,
      'gu',
    ),
    score: 0.6,
    kind: 'us-lower',
    words: hasAny(SUFFIX_SET),
    check: (scan, m) =>
      LOWER_LINE(scan.text, m.index) &&
      !m[1]!
        .trim()
        .split(/\s+/)
        .every((w) => scan.lexicon.isCommon(w)),
  },
  // 2505 Heatherleigh Suite 620: number, name, then a unit.
  {
    re: new RegExp(`${NB}${NUM}(?:[ \\t]${NUM})?[ \\t](?:${CAP}[ \\t]){1,3}(?=${UNIT}\\.?[ \\t]?#?\\d)`, 'gu'),
    score: 0.55,
    kind: 'us-unit',
    words: hasAny(UNIT_SET),
  },
  // 67 Woodlands / 1 Woodside / 278 The Paddocks: a number and a one-word street name (UK).
  {
    re: new RegExp(`${NB}${NUM}[ \\t](?:The[ \\t])?(?:${cased(SINGLE_WORD_STREETS)})${NA}`, 'gu'),
    score: 0.55,
    kind: 'us-single',
    words: hasAny(SINGLE_SET),
  },
  // Hauptstraße 5 / Kalverstraat 12a / Friedrich-Engels-Str. 601 / Hitdorfer Str. 46b (one compound word, after
  // at most an adjective in -er or a small word: German nouns are all capitalised, "Wohnung Werrastr." is not one name)
  {
    re: new RegExp(
      `${NB}(?:(?:\\p{Lu}[\\p{L}\\p{M}'’-]*er|Alte|Neue|Große|Kleine|Obere|Untere|Am|An|Auf|Im|In|Zum|Zur|van|de|der|den|het)[ \\t]){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*?(?:${cased(STREET_COMPOUNDS)})[ \\t]${NUM}${NA}`,
      'gu',
    ),
    score: 0.65,
    kind: 'compound',
    words: hasEnding(COMPOUND_END),
    // The compound word must not be an everyday word that merely ends like one ("During" ends in "ring").
    check: (scan, m) =>
      !scan.lexicon.isWord(/([\p{L}\p{M}'’.-]+)\s\S+$/u.exec(m[0])![1]!.toLowerCase().replace(/\.$/, '')),
  },
  // hersnapvej 18 (lower case, distinctive compounds only)
  {
    re: new RegExp(`${NB}${LOWER_WORD}?(?:${STREET_COMPOUNDS_LOWER})[ \\t]${NUM}${NA}`, 'gu'),
    score: 0.6,
    kind: 'compound-lower',
    words: hasEnding(COMPOUND_LOWER_END),
    check: (scan, m) => !scan.lexicon.isWord(m[0].split(/\s/)[0]!),
  },
  // Villacher Strasse 89 / Rákóczi út 13 / Árpád fejedelem útja 3 / Trenerys gate 232
  {
    re: new RegExp(`${NB}${CAP}[ \\t](?:${WORD}[ \\t]){0,2}(?:${cased(STREET_WORDS_AFTER)})[ \\t]${NUM}${NA}`, 'gu'),
    score: 0.65,
    kind: 'word-after',
    words: hasAny(AFTER_SET),
  },
  // Rue de Rivoli 12 / Via dei Fiorentini 17 / ul. Zamkowa 33 / Rua Vinte e Cinco de Setembro 1257
  {
    // the number may follow a comma ("Puente Hernán, 73") or be "s/n" (sin número)
    re: new RegExp(
      `${NB}(?:${PREFIX_CAPS})\\.?[ \\t](?:${WORD}[ \\t]){0,4}${CAP},?[ \\t](?:${NUM}${NA}|s\\/n\\.?)`,
      'gu',
    ),
    score: 0.65,
    kind: 'prefix',
    words: hasAny(PREFIX_SET),
  },
  // 12 rue de la Paix / 20 Rue Hsine Eloued
  {
    re: new RegExp(
      `${NB}${NUM},?[ \\t](?:${PREFIX_CAPS})\\.?[ \\t](?:(?:${PARTICLE})[ \\t]){0,2}(?:[dl]['’])?${CAP}(?:[ \\t](?:(?:${PARTICLE})[ \\t])?(?:[dl]['’])?${CAP}){0,3}`,
      'gu',
    ),
    score: 0.65,
    kind: 'num-prefix',
    words: hasAny(PREFIX_SET),
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
// Found from the number backwards (digits are rarer than capitals, so the engine has less to try).
const BARE_NUMBER = /(?<=[\p{L}\p{M}'’-]\s)\d{1,4}[A-Za-z]?(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
const BARE_WORDS = new RegExp(`${NB}(?:${CAP}\\s){0,2}(${CAP})\\s$`, 'u');

// "the corner of Main St and 5th Avenue"
// One token class (words and numbers alike), so the engine has a single way to read each token.
const STREET_TOKEN = "[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d'’.-]*";
const STREETISH = `(?:${STREET_TOKEN}\\s){0,4}${STREET_TOKEN}`;
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
const SEP = /(?:\.(?=[ \t]*\r?\n))?[ \t]*(?:,|-(?=[ \t]))?[ \t]*(?:\r?\n[ \t>]*(?:\r?\n[ \t>]*)?,?[ \t]*)?/y;
// A unit ("Apt. 4B"), or the Dutch/French floor or number suffix after a house number ("413 I", "12 bis").
const C_UNIT = new RegExp(
  `(?:${UNIT}\\.?\\s?#?\\s?\\d{1,5}[A-Za-z]?|(?:I{1,3}|IV|hs|bis|ter)(?=[ \\t]*[,\\n]))${NA}`,
  'uy',
);
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
  const rest0 = scan.text.slice(end, end + 16);
  // Followed by a state code and postcode (", NV 95282"): a town, whatever its name ("University").
  if (/^,?[ \t]+[A-Z]{2}[ \t,]+\d{4,5}\b/.test(rest0)) return true;
  const parts = lower.split(/[ -]/);
  if (parts.every((p) => scan.lexicon.isCommon(p))) return false;
  // "NUNGATTA Australia": a city and a country on one line.
  for (let i = 1; i < parts.length; i++) if (scan.lexicon.place(parts.slice(i).join(' ')) === 'country') return true;
  const rest = scan.text.slice(end, end + 12);
  return /^(?:[ \t]*(?:[,\n\r"')\]]|$)|\.(?:\s|$)|[ \t]+(?:-[ \t]+)?(?:[A-Z]{2,3}\b|(?:[A-Za-z]{2,3}[ \t]+)?\d{3,}|\())/.test(
    rest,
  );
}

/** Extends an anchor over the components that follow it; returns the new end and how many were found. */
function extend(scan: Scan, end: number): { end: number; parts: number } {
  const { text } = scan;
  let parts = 0;
  let afterPostcode = false;
  for (let step = 0; step < 8; step++) {
    const sep = stickyAt(SEP, text, end);
    const p = end + (sep ? sep[0].length : 0);
    const blankLine = sep ? /\n[ \t>]*\r?\n/.test(sep[0]) : false;
    let next = -1;
    let m: RegExpExecArray | null;
    if (!blankLine && (m = stickyAt(C_UNIT, text, p))) next = p + m[0].length;
    else if ((m = stickyAt(C_POSTCODE, text, p))) {
      next = p + m[0].length;
      afterPostcode = true;
      end = next;
      parts++;
      continue;
    } else if (
      (m = stickyAt(C_WORDS, text, p)) &&
      // "10115 Berlin": after a postcode, capitalised words are the town (continental order)
      ((afterPostcode && !sep?.[0].includes('\n') && !scan.lexicon.isCommon(m[0].toLowerCase())) ||
        placeLike(scan, m[0], p + m[0].length))
    ) {
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
    afterPostcode = false;
  }
  return { end, parts };
}

// Same line only: a phone number on the line above is not a house number.
const BACK = new RegExp(`(?:${UNIT}\\.?[ \\t]?#?\\d{1,5}[A-Za-z]?[ \\t])?(?:\\d{1,6}[ \\t]){1,2}$`, 'u');

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
    const textWords = scan.wordSet();
    for (const a of ANCHORS) {
      if (a.pre && !a.pre.test(text)) continue;
      if (a.words && !a.words(textWords)) continue;
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
    for (const n of text.matchAll(BARE_NUMBER)) {
      const w = BARE_WORDS.exec(text.slice(Math.max(0, n.index - 100), n.index));
      if (!w) continue;
      const start = n.index - w[0].length;
      while (i < anchored.length && anchored[i]![0] <= start) coveredTo = Math.max(coveredTo, anchored[i++]![1]);
      if (start < coveredTo || !bareAllowed(scan, w[1]!)) continue;
      // "Since 2019", "Summer 1999": a year is not a house number.
      add(start, n.index + n[0].length, /^(?:19|20)\d\d$/.test(n[0]) ? 0.15 : 0.3);
      // What the extension swallowed is not looked at again.
      coveredTo = Math.max(coveredTo, spans[spans.length - 1]?.end ?? coveredTo);
    }
    // Two anchors can find the same address ("12 rue de la Paix, 75002 Paris"): one finding per span.
    const unique = new Map<string, Span>();
    for (const s of spans) {
      const key = `${s.start}:${s.end}`;
      const prev = unique.get(key);
      if (!prev || prev.score < s.score) unique.set(key, s);
    }
    return [...unique.values()].map((s) => ({ type: 'STREET_ADDRESS', ...s, recognizer: 'street-address' }) as Finding);
  },
};
