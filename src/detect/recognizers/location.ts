import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Lexicon } from '../lexicon';
import type { Scan } from '../scan';
import type { WordIndex } from '../words';
import { cueBefore } from './person-cues';
import { PLACE_WORDS } from './person';
import { PLACE_COLUMN_WORDS } from '../data/columns';
import { isSpaceAt, isWordChar, matchesAt, nextMatch } from '../text';
import { DELIMITERS } from '../table';
import { isPlaceholder, PLACEHOLDER_SOURCE } from '../placeholder';

const WORD_OR_PLACEHOLDER_AFTER = new RegExp(String.raw`^[ \t]([\p{L}\p{M}'’-]+|${PLACEHOLDER_SOURCE})`, 'u');

/**
 * LOCATION:
 *  - the place lexicon (countries, regions, cities: compromise's lists plus data/places.ts), as capitalised or
 *    ALL-CAPS phrases of up to four words;
 *  - capitalised runs built with a place word ("Port Arthur", "Coral Springs", "West Valley City", "Lake Placid");
 *  - a capitalised cell in a table column named city/country/location…;
 *  - after a preposition of place ("based in X", "from X to Y"), a capitalised word that no list knows: in the
 *    full path (which has a dictionary) when it is no dictionary word, in the fast path when it is shaped like a
 *    place name (-ville, -burg, -ton, -stadt…).
 * Names that are also people ("Jordan", "Georgia") need a locative cue; a single-word place right next to a
 * capitalised name-like word ("Kaylah Metz", "Geneva Russel") is taken as part of a name. Places on code lines
 * are skipped. The full path adds compromise's places() on top.
 */

const LOCATIVE =
  /\b(?:in|at|from|to|near|into|visit(?:ing|ed)?|live[sd]?|living|moved|flew|fly(?:ing)?|travel(?:l?ing|l?ed)?|based|born|located|around|across|outside|inside|via|through|toward|towards|of)\s+(?:the\s+)?$/i;
// Places that are also first names, surnames or common words.
const AMBIGUOUS = new Set(
  (
    'jordan georgia chad turkey china nice reading mobile split bath florence paris sydney austin dallas houston ' +
    'victoria lincoln washington madison jackson chester york kent essex devon orange independence hope ' +
    'phoenix aurora columbia charlotte savannah regina marion alexandria troy eugene salem warren bristol ' +
    'cambridge oxford wales jersey guernsey man java bali cuba peru chile niger mali oman togo gabon nauru ' +
    'lima sofia santiago providence concord mercury orlando'
  ).split(/\s+/),
);

// "in Sutri", "arrived at Khandallah", "from ΛΕΥΚΩΣΙΑ": a preposition of place, then 1-3 capitalised words.
// "to" only after a verb or noun of travel: "returned to Altoona", not "Introduction to Algorithms".
// A first letter of the preposition is tested before the look-behind: a leading look-behind runs at every position.
export const AFTER_LOCATIVE =
  /(?=[iafnvowgmtrdchbj])(?<![\p{L}])(?:in|at|from|near|visit(?:ing|ed)?|outside|around|(?:went|go(?:ing)?|moved?|moving|flew|fly(?:ing)?|travel(?:l?ed|l?ing)?|returned|return(?:ing)?|drove|driv(?:e|ing)|walked|came|com(?:e|ing)|head(?:ed|ing)|back|relocated?|trip|journey|flight|train|bus|ticket|road)[ \t]+to)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;
// Longest words of AFTER_LOCATIVE: a preposition ("visiting") and a verb before "to" ("travelling").
const LONGEST_PREPOSITION = 8;
const LONGEST_VERB = 10;

/**
 * Where AFTER_LOCATIVE can match, in text order: a superset, tried with the sticky copy, which finds what a search
 * over the whole text finds (~30 µs per 2,000 chars, at every position holding one of its first letters). Every
 * match ends its preposition (or "to") at the end of a word of the index, followed by spaces and a capital; the
 * preposition, or the verb before "to", ends the word before and starts after no ASCII letter.
 */
function locativeStarts(text: string, idx: WordIndex): number[] {
  const out: number[] = [];
  const add = (start: number, end: number, longest: number) => {
    for (let p = Math.max(start, end - longest); p < end; p++) {
      const c = p > 0 ? text.charCodeAt(p - 1) | 32 : 0;
      if (c < 97 || c > 122) out.push(p);
    }
  };
  const isBlank = (c: number): boolean => c === 32 || c === 9;
  for (let i = 0; i < idx.ends.length; i++) {
    const e = idx.ends[i]!;
    if (!isBlank(text.charCodeAt(e))) continue;
    let k = e + 1;
    while (isBlank(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    if (c < 128 && (c < 65 || c > 90)) continue; // no capital (a non-ASCII letter may be one)
    const s = idx.starts[i]!;
    // "went to X": the verb ends the word before, blanks between.
    if (e - s === 2 && text.startsWith('to', s) && i > 0 && isBlank(text.charCodeAt(s - 1))) {
      let b = s - 1;
      while (isBlank(text.charCodeAt(b - 1))) b--;
      if (idx.ends[i - 1] === b) add(idx.starts[i - 1]!, b, LONGEST_VERB);
    }
    add(s, e, LONGEST_PREPOSITION);
  }
  return out;
}

/**
 * The matches of AFTER_LOCATIVE in text order, as a search over the whole text finds them: the sticky copy tried at
 * locativeStarts, none inside an earlier match.
 */
export function locativeMatches(text: string, idx: WordIndex): RegExpExecArray[] {
  return matchesAt(AFTER_LOCATIVE, text, locativeStarts(text, idx));
}

// "from Bountiful to Gresham": the second place of a from-to pair.
const FROM_TO =
  /(?=f)(?<![\p{L}])from[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]+to[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;
// Endings of place names in English, German, Dutch, Nordic and French usage.
const PLACE_SHAPE =
  /(?:ville|burg|borough|bury|ford|ton|ham|field|wood|port|mouth|dale|haven|stadt|heim|hausen|dorf|ingen|stad|sund|holm|by|berg|bourg|court|land)$/;
// "Cyprus (Greek)", "Unionville (Orange)": a short qualifier in brackets belongs to the place.
const QUALIFIER = /^[ \t]*\(\p{Lu}[\p{L}\p{M} ]{1,20}\)/u;
// The look-behind after the first letter: cheaper than before it, at every position of the text.
const CAP_RUN = /\p{Lu}(?<![\p{L}\p{N}_]\p{Lu})[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu;
const PLACE_COLUMNS = PLACE_COLUMN_WORDS;

/** A dictionary word, allowing for English plurals the lexicon does not list ("algorithms", "policies"). */
function isWordLike(lexicon: Lexicon, w: string): boolean {
  if (lexicon.isWord(w)) return true;
  if (w.endsWith('ies') && lexicon.isWord(`${w.slice(0, -3)}y`)) return true;
  if (w.endsWith('es') && lexicon.isWord(w.slice(0, -2))) return true;
  return w.endsWith('s') && lexicon.isWord(w.slice(0, -1));
}

/** A capitalised, name-like word right before or after [start, end) on the same line ("Kaylah Metz"). */
function nextToName(scan: Scan, start: number, end: number): boolean {
  const { text, lexicon } = scan;
  const nameLike = (w: string | undefined): boolean =>
    !!w &&
    /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w) &&
    !lexicon.isCommon(w.toLowerCase()) &&
    !lexicon.place(w.toLowerCase()) &&
    !PLACE_WORDS.has(w.toLowerCase());
  const before = /(\S+)[ \t]$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_OR_PLACEHOLDER_AFTER.exec(text.slice(end, end + 30))?.[1];
  // A placeholder next to it stands for a redacted value that was probably that name ("London [NAME_1]").
  const placeholder = (w: string | undefined): boolean => !!w && isPlaceholder(w);
  const b = before?.replace(/[.,:;]$/, '') === before ? before : undefined;
  return nameLike(b) || nameLike(after) || placeholder(b) || placeholder(after);
}

/**
 * Where step 2's runs can be: around a capitalised place word (on its line), and the rows of tables with a place
 * column. Sorted, merged, widened to whitespace; the rest of the text is not given to CAP_RUN.
 */
function placeRegions(scan: Scan): [number, number][] {
  const { text } = scan;
  const idx = scan.words();
  const regions: [number, number][] = [];
  const add = (from: number, to: number) => {
    for (let k = 0; k < 40 && from > 0 && !isSpaceAt(text, from - 1); k++) from--;
    for (let k = 0; k < 40 && to < text.length && !isSpaceAt(text, to); k++) to++;
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  };
  const places: [number, number][] = [];
  for (let i = 0; i < idx.lower.length; i++) {
    // The capital first: a char code test, where the set lookup hashes every word of the text.
    const start = idx.starts[i]!;
    const c = text.charCodeAt(start);
    if (c < 128 ? c < 65 || c > 90 : text[start] === text[start]!.toLowerCase()) continue;
    if (!PLACE_WORDS.has(idx.lower[i]!)) continue;
    const [ls, le] = scan.lineAt(start);
    places.push([Math.max(ls, start - 100), Math.min(le, idx.ends[i]! + 100)]);
  }
  const rows: [number, number][] = [];
  if (text.includes('\n')) {
    // Only a line with a delimiter can be a table row (table.ts): the others are not given to it, which reads
    // and caches every line it is asked about. The next occurrence of each delimiter is kept (indexOf, not a
    // loop over the characters).
    const next = DELIMITERS.map((d) => text.indexOf(d)); // -1: none left
    for (let ls = 0; ls < text.length;) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      let delimited = false;
      for (let d = 0; d < DELIMITERS.length; d++) {
        if (next[d]! >= 0 && next[d]! < ls) next[d] = text.indexOf(DELIMITERS[d]!, ls);
        if (next[d]! >= 0 && next[d]! < le) delimited = true;
      }
      if (delimited && scan.headerRow(ls).some((w) => PLACE_COLUMNS.has(w))) rows.push([ls, le]);
      ls = le + 1;
    }
  }
  for (const [from, to] of [...places, ...rows].sort((a, b) => a[0] - b[0])) add(from, to);
  return regions;
}

// Module constants: a regex literal in a function is a new RegExp object at every evaluation.
const WORD_GAP = /^\.?[ \t-]{1,2}$/;
const GAPS = /\.?[ \t]+/g;
const POSSESSIVE = /['’]s$/;
const BLANK = /[ \t]/;

function runsIn(scan: Scan, regions: readonly [number, number][]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const [from, to] of regions) {
    // CAP_RUN itself, not matchAll (which copies the regex for every region).
    const part = scan.text.slice(from, to);
    CAP_RUN.lastIndex = 0;
    for (let m = nextMatch(CAP_RUN, part); m; m = nextMatch(CAP_RUN, part)) {
      // A region cut inside a word (no whitespace near): the text's character before decides, as CAP_RUN would.
      if (m.index === 0 && from > 0 && isWordChar(scan.text[from - 1])) continue;
      m.index += from;
      out.push(m);
    }
  }
  return out;
}

export const locationRecognizer: Recognizer = {
  id: 'location',
  phase: 'contextual',
  types: ['LOCATION'],
  find(scan) {
    const { text, lexicon } = scan;
    const out: Finding[] = [];
    const push = (start: number, end: number, score: number, label: string) => {
      const q = QUALIFIER.exec(text.slice(end, end + 30));
      out.push({ type: 'LOCATION', start, end: end + (q ? q[0].length : 0), score, label, recognizer: 'location' });
    };

    // 1. The lexicon: a capitalised word that starts a known place name, then the longest known phrase of up
    //    to four adjacent words ("New Zealand", "St. Petersburg", "Baden-Württemberg").
    const idx = scan.words();
    const n = idx.lower.length;
    for (let i = 0; i < n; i++) {
      const start = idx.starts[i]!;
      const code = text.charCodeAt(start);
      // Capitalised only (ASCII decided without allocating).
      if (code < 128 ? code < 65 || code > 90 : text[start] === text[start]!.toLowerCase()) continue;
      if (!lexicon.isPlaceStart(idx.lower[i]!)) continue;
      if (isWordChar(text[start - 1])) continue;
      let last = i;
      for (let j = i + 1; j < n && j < i + 4; j++) {
        if (!WORD_GAP.test(text.slice(idx.ends[j - 1]!, idx.starts[j]!))) break;
        last = j;
      }
      let hit = -1;
      let kind: ReturnType<typeof lexicon.place>;
      for (let j = last; j >= i && hit < 0; j--) {
        kind = lexicon.place(text.slice(start, idx.ends[j]!).toLowerCase().replace(GAPS, ' ').replace(POSSESSIVE, ''));
        if (kind) hit = j;
      }
      if (hit < 0 || !kind) continue;
      let end = idx.ends[hit]!;
      if (POSSESSIVE.test(text.slice(start, end))) end -= 2;
      // Glued to a following letter or digit ("London221B"): part of some other token.
      if (isWordChar(text[end])) continue;
      const lower = text.slice(start, end).toLowerCase();
      const cue = LOCATIVE.test(text.slice(Math.max(0, start - 30), start));
      let score = kind === 'country' ? 0.75 : 0.65;
      if (AMBIGUOUS.has(lower) || lexicon.isFirstName(lower)) score = cue ? 0.6 : 0.3;
      else if (cue) score = Math.min(0.9, score + 0.15);
      // One word next to a name-like word, or after a name label ("Given names: Raleigh"): a person's name.
      if (hit === i && !cue && (nextToName(scan, start, end) || cueBefore(text, start) === 'strong')) score = 0.3;
      if (scan.isCode(start)) score *= 0.5;
      push(start, end, score, kind);
      i = hit;
    }

    // 2. Capitalised runs made with a place word, and capitalised cells of a place column (where the lexicon
    //    found nothing already).
    const known = out.map((f) => [f.start, f.end] as const);
    let done = -1;
    for (const m of runsIn(scan, placeRegions(scan))) {
      if (m.index < done) continue;
      done = m.index + m[0].length;
      const words = m[0].split(BLANK);
      const lower = words.map((w) => w.toLowerCase());
      const start = m.index;
      const end = start + m[0].length;
      const placeWord = words.length >= 2 && lower.some((w) => PLACE_WORDS.has(w));
      if (known.some(([s, e]) => s < end && start < e)) continue;
      if (isWordChar(text[end]) || scan.isCode(start)) continue;
      const column = !placeWord && scan.columnHeader(start).some((w) => PLACE_COLUMNS.has(w));
      if (!column && !placeWord) continue;
      // Not a sentence of everyday words ("New Feature", "West Coast Team").
      const content = lower.filter((w) => !PLACE_WORDS.has(w));
      if (content.length && content.every((w) => lexicon.isCommon(w))) continue;
      push(start, end, column ? 0.7 : 0.6, column ? 'column' : 'place-word');
    }

    // 3. After a preposition of place, a capitalised word no list knows. With a full dictionary (full path) it
    //    is most likely a place; without one (fast path) only when shaped like a place name.
    const unknownScore = lexicon.hasDictionary ? 0.55 : 0.35;
    const candidates: [number, string][] = [];
    for (const m of locativeMatches(text, idx)) candidates.push([m.index + m[0].length - m[1]!.length, m[1]!]);
    FROM_TO.lastIndex = 0;
    for (let m = text.includes('from') ? nextMatch(FROM_TO, text) : null; m; m = nextMatch(FROM_TO, text)) {
      candidates.push([m.index + m[0].length - m[2]!.length, m[2]!]);
    }
    for (const [start, value] of candidates) {
      const words = value.toLowerCase().split(/[ \t]+/);
      if (words.some((w) => isWordLike(lexicon, w) || lexicon.isFirstName(w) || lexicon.isSurname(w))) continue;
      if (lexicon.place(words.join(' ')) || /^\p{Lu}{2,5}$/u.test(value) || scan.isCode(start)) continue;
      const shaped = PLACE_SHAPE.test(words[words.length - 1]!);
      const score = lexicon.hasDictionary ? unknownScore : shaped ? 0.55 : unknownScore;
      if (score < scan.minScore) continue;
      push(start, start + value.length, score, 'unknown');
    }
    return out;
  },
};
