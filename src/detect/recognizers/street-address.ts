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
import { isDigitCode, isSpaceAt, matchesAt, nextMatch, wordSlot } from '../text';

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

// The first letters of PREFIX_CAPS, as a class.
const PREFIX_FIRST = [...new Set(PREFIX_CAPS.split('|').map((w) => w[0]!))]
  .map((c) => c.replace(/[\\\]^-]/, '\\$&'))
  .join('');

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
// German small words that start a street name ("Am Wambacher Hof 9", "In der Dasladen 65b"), keys only with a capital.
const GERMAN_SMALL = new Set('am im zum zur beim der dem den an in auf unter hinter vor'.split(' '));
const PREFIX_SET = new Set([...words(STREET_PREFIXES), ...GERMAN_SMALL]);

interface SuffixNode {
  /** Bit k set: a word of ending list k ends here. */
  ends: number;
  next: Map<number, SuffixNode>;
}

/**
 * A test for "w ends with one of these words", for several `|`-separated lists at once: a trie of the reversed
 * words, walked from the end of w, giving bit k when w ends with a word of lists[k]. A few map lookups on char
 * codes and no allocation, where an end-anchored alternation is tried at every position of the word.
 */
function endingsOf(lists: readonly (string | undefined)[]): (w: string) => number {
  const root: SuffixNode = { ends: 0, next: new Map() };
  lists.forEach((list, k) => {
    if (list === undefined) return;
    for (const word of list.split('|')) {
      let node = root;
      for (let i = word.length - 1; i >= 0; i--) {
        const c = word.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { ends: 0, next: new Map() }));
        node = child;
      }
      node.ends |= 1 << k;
    }
  });
  // The first step by array for ASCII last letters: most words stop there.
  const ascii = Array.from({ length: 128 }, (_, c) => root.next.get(c));
  // A word can end in an ending of two letters or more only if its last two letters end one: a table of those
  // pairs (by their codes' low bytes, collisions only let more words through) turns away ~80% of the bench prompts'
  // words before the walk, which asks a map per letter. A one-letter ending would turn the table off.
  const pairs = new Uint8Array(1 << 16);
  const pairSlot = (w: string): number =>
    ((w.charCodeAt(w.length - 2) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff);
  for (const list of lists) {
    for (const word of list?.split('|') ?? []) {
      if (word.length < 2) pairs.fill(1);
      else pairs[pairSlot(word)] = 1;
    }
  }
  return (w) => {
    if (w.length < 2 || pairs[pairSlot(w)] === 0) return 0;
    const last = w.charCodeAt(w.length - 1);
    let node = last < 128 ? ascii[last] : root.next.get(last);
    let bits = 0;
    for (let i = w.length - 2; node; i--) {
      bits |= node.ends;
      node = i >= 0 ? node.next.get(w.charCodeAt(i)) : undefined;
    }
    return bits;
  };
}
const COMPOUND_END = STREET_COMPOUNDS.replace(/\\\./g, '');
/** The word index's form of a keyword: its first token ("v.le" -> "v", "rond-point" -> "rond"). */
const firstToken = (w: string): string =>
  w
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .find(Boolean) ?? '';
const tokens = (list: Iterable<string>): Set<string> => new Set([...list].map(firstToken).filter(Boolean));

interface Anchor {
  re: RegExp;
  score: number;
  kind: string;
  /** Cheap test on the whole text; when it fails the anchor cannot match. */
  pre?: RegExp;
  /**
   * The text's words (lower case, as the word index has them) one of which every match contains, and how far a
   * match reaches before and after that word (chars). The regex runs only in those windows, not over the text.
   */
  keys?: { readonly list: ReadonlySet<string> } | { readonly ending: string };
  reach?: readonly [number, number];
  /** Every match starts with a house number: tried only at the numbers within reach before a key word. */
  numFirst?: boolean;
  /** Key words that count only when written with a capital ("In der", "Am", not "in", "am"). */
  capitalOnly?: ReadonlySet<string>;
  check?: (scan: Scan, m: RegExpExecArray) => boolean;
}

// A leading look-behind (NB) is tried at every position of a window; the windowed anchors first test their
// first letter (a look-ahead of what their first token needs), which the engine does far more cheaply.
const ANCHORS: Anchor[] = [
  // 1600 Pennsylvania Avenue / 33787 590 Edington Drive / 14 Crown Street
  {
    re: new RegExp(
      `${NB}${NUM}(?:[ \\t]${NUM})?[ \\t](?:${NAME_WORD}[ \\t]){0,3}(?:${CAP}|${ORDINAL})[ \\t]${SUFFIX}\\.?${NA}`,
      'gu',
    ),
    score: 0.7,
    kind: 'us',
    keys: { list: tokens(SUFFIX_SET) },
    reach: [100, 2],
    numFirst: true,
  },
  // the same, typed in lower case: "3911 fourth avenue" (only on all-lower-case lines, name words not everyday words)
  {
    re: new RegExp(
      `${NB}${NUM}(?:[ \\t]${NUM})?[ \\t]((?:${LOWER_WORD}[ \\t]){1,3})(?:${STREET_SUFFIXES})\\.?${NA}`,
      'gu',
    ),
    score: 0.6,
    kind: 'us-lower',
    keys: { list: tokens(SUFFIX_SET) },
    reach: [100, 2],
    numFirst: true,
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
    keys: { list: tokens(UNIT_SET) },
    reach: [100, 0],
    numFirst: true,
  },
  // 67 Woodlands / 1 Woodside / 278 The Paddocks: a number and a one-word street name (UK).
  {
    re: new RegExp(`${NB}${NUM}[ \\t](?:The[ \\t])?(?:${cased(SINGLE_WORD_STREETS)})${NA}`, 'gu'),
    score: 0.55,
    kind: 'us-single',
    keys: { list: tokens(SINGLE_SET) },
    reach: [24, 2],
    numFirst: true,
  },
  // Hauptstraße 5 / Kalverstraat 12a / Friedrich-Engels-Str. 601 / Hitdorfer Str. 46b (one compound word, after
  // at most an adjective in -er or a small word: German nouns are all capitalised, "Wohnung Werrastr." is not one name)
  {
    re: new RegExp(
      `(?=[\\p{Lu}vdh])${NB}(?:(?:\\p{Lu}[\\p{L}\\p{M}'’-]*er|Alte|Neue|Große|Kleine|Obere|Untere|Am|An|Auf|Im|In|Zum|Zur|van|de|der|den|het)[ \\t]){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*?(?:${cased(STREET_COMPOUNDS)})[ \\t]${NUM}${NA}`,
      'gu',
    ),
    score: 0.65,
    kind: 'compound',
    keys: { ending: COMPOUND_END },
    reach: [80, 30],
    // The compound word must not be an everyday word that merely ends like one ("During" ends in "ring").
    check: (scan, m) =>
      !scan.lexicon.isWord(/([\p{L}\p{M}'’.-]+)\s\S+$/u.exec(m[0])![1]!.toLowerCase().replace(/\.$/, '')),
  },
  // hersnapvej 18 (lower case, distinctive compounds only)
  {
    re: new RegExp(`(?=\\p{Ll})${NB}${LOWER_WORD}?(?:${STREET_COMPOUNDS_LOWER})[ \\t]${NUM}${NA}`, 'gu'),
    score: 0.6,
    kind: 'compound-lower',
    keys: { ending: STREET_COMPOUNDS_LOWER },
    reach: [40, 30],
    check: (scan, m) => !scan.lexicon.isWord(m[0].split(/\s/)[0]!),
  },
  // Villacher Strasse 89 / Rákóczi út 13 / Árpád fejedelem útja 3 / Trenerys gate 232
  {
    re: new RegExp(
      `(?=\\p{Lu})${NB}${CAP}[ \\t](?:${WORD}[ \\t]){0,2}(?:${cased(STREET_WORDS_AFTER)})[ \\t]${NUM}${NA}`,
      'gu',
    ),
    score: 0.65,
    kind: 'word-after',
    keys: { list: tokens(AFTER_SET) },
    reach: [120, 30],
  },
  // Rue de Rivoli 12 / Via dei Fiorentini 17 / ul. Zamkowa 33 / Rua Vinte e Cinco de Setembro 1257
  {
    // the number may follow a comma ("Puente Hernán, 73") or be "s/n" (sin número)
    re: new RegExp(
      `(?=[${PREFIX_FIRST}])${NB}(?:${PREFIX_CAPS})\\.?[ \\t](?:${WORD}[ \\t]){0,4}${CAP},?[ \\t](?:${NUM}${NA}|s\\/n\\.?)`,
      'gu',
    ),
    score: 0.65,
    kind: 'prefix',
    keys: { list: tokens(PREFIX_SET) },
    reach: [12, 200],
    capitalOnly: GERMAN_SMALL,
  },
  // 12 rue de la Paix / 20 Rue Hsine Eloued
  {
    re: new RegExp(
      `${NB}${NUM},?[ \\t](?:${PREFIX_CAPS})\\.?[ \\t](?:(?:${PARTICLE})[ \\t]){0,2}(?:[dl]['’])?${CAP}(?:[ \\t](?:(?:${PARTICLE})[ \\t])?(?:[dl]['’])?${CAP}){0,3}`,
      'gu',
    ),
    score: 0.65,
    kind: 'num-prefix',
    keys: { list: tokens(PREFIX_SET) },
    reach: [30, 200],
    numFirst: true,
    capitalOnly: GERMAN_SMALL,
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
    // A match starts with one of these words ("P.O." is "p" to the word index); the rarest case foldings of the
    // `iu` flags ("Poſt", long s) are not keys.
    keys: { list: new Set(['p', 'po', 'post', 'postfach', 'apartado', 'casilla', 'boîte', 'bp']) },
    reach: [0, 48],
  },
];

// "Harjukuja 54": a capitalised word and a number, an address only with other evidence. On one line: a name on
// the line above a number ("Lenya Bohge\n3182 Allée…") is no street.
// Found from the number backwards (digits are rarer than capitals, so the engine has less to try); the
// look-behind comes after the first digit, so that it is tried at digits only.
const BARE_NUMBER = /\d(?<=[\p{L}\p{M}'’-][^\S\r\n]\d)\d{0,3}[A-Za-z]?(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
// Sticky, tried only at capitals of the three tokens before the number (a "$"-anchored search over a slice
// would be retried at every character of it, for every number of a long text).
const BARE_WORDS = new RegExp(`${NB}(?:${CAP}[^\\S\\r\\n]){0,2}(${CAP})[^\\S\\r\\n]`, 'uy');
const UPPER = /\p{Lu}/u;
const isUpper = (c: number, ch: string): boolean => (c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch));

/** The capitalised words (one to three) right before the number at `pos`, as BARE_WORDS matches them. */
function bareWordsBefore(text: string, pos: number): RegExpExecArray | undefined {
  const starts: number[] = [];
  let q = pos - 1; // the whitespace before the number (BARE_NUMBER's lookbehind)
  for (let k = 0; k < 3 && q > 0; k++) {
    let s = q;
    while (s > 0 && pos - s < 100 && !isSpaceAt(text, s - 1)) s--;
    if (s === q) break;
    for (let j = q - 1; j >= s; j--) if (isUpper(text.charCodeAt(j), text[j]!)) starts.push(j);
    // An earlier word joins only through a token that is a capitalised word from its first letter.
    if (!isUpper(text.charCodeAt(s), text[s]!)) break;
    q = s - 1;
  }
  // Leftmost first, as the search from the left would find it.
  for (let k = starts.length - 1; k >= 0; k--) {
    BARE_WORDS.lastIndex = starts[k]!;
    const m = BARE_WORDS.exec(text);
    if (m && starts[k]! + m[0].length === pos) return m;
  }
  return undefined;
}

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
// UK, Canada, NL, US ZIP(+4), India's PIN written "560 001", SE/CZ/GR "123 45", PL, PT, and bare 4-6 digits.
const POSTCODE =
  '(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|\\d{4}\\s?[A-Z]{2}|\\d{5}(?:-\\d{3,4})?|[1-9]\\d{2}\\s\\d{3}|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,6})';
const POST_END = '(?![\\p{L}\\p{N}]|[-.]\\d|[ \\t]\\d)';
const C_POSTCODE = new RegExp(`${POSTCODE}${POST_END}`, 'uy');
const C_STATE = new RegExp(`(?:[A-Z]{2,3}|[a-z]{2,3}(?=\\s+${POSTCODE}${POST_END}))${NA}`, 'uy');
const C_WORDS = new RegExp(`(?:${CAP})(?:[ -](?:${CAP}|${PARTICLE})){0,3}${NA}`, 'uy');
const C_PAREN = /[ \t]*\([^()\n]{1,24}\)/y;
const BLANK_LINE = /\n[ \t>]*\r?\n/;
const SHORT_CODE = /^\p{Lu}{2,3}$/u;
// US street quadrants ("1600 Pennsylvania Avenue NW").
const DIRECTIONS = new Set(['NE', 'NW', 'SE', 'SW']);
const POSTCODE_AHEAD = new RegExp(`[ \\t,]+${POSTCODE}${POST_END}`, 'uy');

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
  // A bare 2-3 letter code ("CA", "MI", "NSW") is a state or province after a town, or before a postcode; right
  // after the street it is more likely an acronym of the sentence ("…Baker Street. NHS number", "Street SSN").
  let sawTown = false;
  const codeOk = (code: string, after: number): boolean =>
    sawTown ||
    DIRECTIONS.has(code) ||
    !!scan.lexicon.place(code.toLowerCase()) ||
    stickyAt(POSTCODE_AHEAD, text, after) !== null;
  for (let step = 0; step < 8; step++) {
    const sep = stickyAt(SEP, text, end);
    const p = end + (sep ? sep[0].length : 0);
    const blankLine = sep ? BLANK_LINE.test(sep[0]) : false;
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
      (!SHORT_CODE.test(m[0]) || codeOk(m[0], p + m[0].length)) &&
      // "10115 Berlin": after a postcode, capitalised words are the town (continental order)
      ((afterPostcode && !sep?.[0].includes('\n') && !scan.lexicon.isCommon(m[0].toLowerCase())) ||
        placeLike(scan, m[0], p + m[0].length))
    ) {
      // Country/city words; a blank line is only crossed for a known place or a "Place 12345" line.
      if (blankLine && !scan.lexicon.place(m[0].toLowerCase()) && !/^[ \t]+\d{3,}/.test(text.slice(p + m[0].length)))
        break;
      next = p + m[0].length;
      sawTown = true;
      const paren = stickyAt(C_PAREN, text, next);
      if (paren) next += paren[0].length;
    } else if (!blankLine && (m = stickyAt(C_STATE, text, p)) && codeOk(m[0], p + m[0].length)) {
      next = p + m[0].length;
    }
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_AT = (text: string, i: number): boolean => i <= 0 || i >= text.length || isSpaceAt(text, i);

/**
 * Matches of an anchor (index relative to the text), as a search over the whole text finds them, but only
 * looked for near its key words: from the numbers within reach before a key (numFirst), or in windows around
 * the keys. Most text has no street vocabulary near a number, so most of it is never given to the regex.
 */
function anchorMatches(scan: Scan, a: Anchor, keyAt: readonly number[] | undefined): RegExpExecArray[] {
  const { text } = scan;
  const out: RegExpExecArray[] = [];
  if (!a.keys || !a.reach) {
    a.re.lastIndex = 0;
    for (let m = nextMatch(a.re, text); m; m = nextMatch(a.re, text)) out.push(m);
    return out;
  }
  if (!keyAt?.length) return out;
  const idx = scan.words();
  if (a.numFirst) {
    // Sticky attempts at each number start within reach before a key, in text order, none inside a match. The keys
    // come in text order, so the stretches before them are read left to right, each character once.
    const candidates: number[] = [];
    let scanned = 0;
    for (const i of keyAt) {
      const key = idx.starts[i]!;
      for (let p = Math.max(scanned, key - a.reach[0]); p < key; p++) {
        if (isDigitCode(text.charCodeAt(p)) && (p === 0 || !isDigitCode(text.charCodeAt(p - 1)))) candidates.push(p);
      }
      scanned = Math.max(scanned, key);
    }
    return matchesAt(a.re, text, candidates);
  }
  const windows: [number, number][] = [];
  for (const i of keyAt) {
    // Widened to whitespace, so that no word (nor the regex's look-behind) is cut.
    let from = Math.max(0, idx.starts[i]! - a.reach[0]);
    let to = Math.min(text.length, idx.ends[i]! + a.reach[1]);
    for (let k = 0; k < 40 && !SPACE_AT(text, from - 1); k++) from--;
    for (let k = 0; k < 40 && !SPACE_AT(text, to); k++) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  for (const [from, to] of windows) {
    // The anchor's own global regex, not matchAll (which copies the regex for every window).
    const part = text.slice(from, to);
    a.re.lastIndex = 0;
    for (let m = nextMatch(a.re, part); m; m = nextMatch(a.re, part)) {
      const end = from + m.index + m[0].length;
      // At a window edge that is not whitespace, the text's neighbour decides (as in the whole-text search).
      if (m.index === 0 && from > 0 && LETTER_OR_DIGIT.test(text[from - 1]!)) continue;
      if (end === to && to < text.length && LETTER_OR_DIGIT.test(text[to]!)) continue;
      m.index += from;
      out.push(m);
    }
  }
  return out;
}

// Which anchors each listed key word belongs to (bit k: ANCHORS[k]).
const KEY_BITS = new Map<string, number>();
ANCHORS.forEach((a, k) => {
  if (a.keys && 'list' in a.keys) for (const w of a.keys.list) KEY_BITS.set(w, (KEY_BITS.get(w) ?? 0) | (1 << k));
});

// A one-hash Bloom filter of the key words (wordSlot): a table lookup turns away most words of a text (6.5% of the
// bench prompts' words pass) before the map is asked, which would hash each.
const KEY_FILTER = new Uint8Array(1 << 16);
for (const w of KEY_BITS.keys()) KEY_FILTER[wordSlot(w)] = 1;
const mayBeKey = (w: string): boolean => KEY_FILTER[wordSlot(w)] === 1;

// The anchors keyed by word endings ("…straße", "…gatan"): one trie for all of them, bit k for ANCHORS[k].
const ENDING_BITS = endingsOf(ANCHORS.map((a) => (a.keys && 'ending' in a.keys ? a.keys.ending : undefined)));

/**
 * For each anchor, the indexes of its key words in the word index: one pass over the words for all anchors. Each
 * word is looked up where it occurs (a map lookup, a trie walk that mostly stops at its last letter): cheaper than
 * collecting the distinct words first (a Set of every word of the text, built for this alone).
 */
function keyOccurrences(scan: Scan): (number[] | undefined)[] {
  const { text } = scan;
  const out: (number[] | undefined)[] = [];
  const idx = scan.words();
  for (let i = 0; i < idx.lower.length; i++) {
    const w = idx.lower[i]!;
    let b = mayBeKey(w) ? (KEY_BITS.get(w) ?? 0) : 0;
    if (w.length >= 3) b |= ENDING_BITS(w);
    if (!b) continue;
    const c = text.charCodeAt(idx.starts[i]!);
    for (let k = 0; k < ANCHORS.length; k++) {
      if (!(b & (1 << k))) continue;
      if (ANCHORS[k]!.capitalOnly?.has(w) && (c < 65 || c > 90)) continue;
      (out[k] ??= []).push(i);
    }
  }
  return out;
}

export const streetAddressRecognizer: Recognizer = {
  id: 'street-address',
  phase: 'contextual',
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
    const keys = keyOccurrences(scan);
    ANCHORS.forEach((a, k) => {
      // No key word, no match (anchorMatches): decided before the whole-text test.
      if ((a.keys && a.reach && !keys[k]?.length) || (a.pre && !a.pre.test(text))) return;
      for (const m of anchorMatches(scan, a, keys[k])) {
        if (!a.check || a.check(scan, m)) add(m.index, m.index + m[0].trimEnd().length, a.score);
      }
    });
    // "corner of X and Y" only when X or Y looks like a street (a number, a capital, a street word).
    for (const m of text.includes('orner') ? text.matchAll(CORNER) : []) {
      if (/\d|\p{Lu}/u.test(m[0].replace(/^[Tt]he\s|^[Cc]orner/, ''))) add(m.index, m.index + m[0].length, 0.75);
    }
    // Bare "Name 12" only where no anchored address already is (anchored spans sorted; one forward pointer).
    const anchored = spans.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
    let i = 0;
    let coveredTo = -1;
    BARE_NUMBER.lastIndex = 0;
    for (let n = nextMatch(BARE_NUMBER, text); n; n = nextMatch(BARE_NUMBER, text)) {
      const w = bareWordsBefore(text, n.index);
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
