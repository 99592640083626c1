import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, REGIONS } from './data/lexicon.generated';
import { frontDecode } from './data/packed';
import { AMBIGUOUS_FIRST_NAMES } from './data/names';
import { COMMON_WORDS, LABEL_WORDS } from './data/common-words';
import { wordSlot } from './text';

export type PlaceKind = 'country' | 'region' | 'city';

/**
 * Word lists the name and place recognizers consult. All lookups take a lower-case word (or phrase of up to
 * four words for places). The fast path uses BUILTIN_LEXICON; the full path extends it with compromise's
 * lexicon (see nlp/lexicon.ts).
 */
export interface Lexicon {
  /** True when isWord knows a full dictionary (the full path); unknown capitalised words are then telling. */
  readonly hasDictionary: boolean;
  isFirstName(word: string): boolean;
  isSurname(word: string): boolean;
  /** A first name that is also an everyday word ("Will", "Grace"): weak evidence alone. */
  isAmbiguousName(word: string): boolean;
  /** An everyday (English) word or tech term: never a name on its own, nor a surname. */
  isCommon(word: string): boolean;
  /**
   * A dictionary word (the full path knows compromise's ~20k words; the fast path only its common list).
   * Not a name on its own, but may be a surname right after a first name ("John Baker").
   */
  isWord(word: string): boolean;
  place(phrase: string): PlaceKind | undefined;
  /** True when some known place name starts with this (lower-case) word: a cheap gate before phrase lookups. */
  isPlaceStart(word: string): boolean;
}

/** Removes diacritics ("Jürgen" -> "Jurgen"); ASCII words are returned as they are, cheaply. */
export const fold = (w: string): string =>
  nonAscii(w) ? (latin1Fold(w) ?? w.normalize('NFD').replace(/\p{M}/gu, '')) : w;

// Latin-1 letters without their diacritics, as NFD + mark removal gives them ("é" -> "e", "ß" and "æ" stay).
const LATIN1 = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c).normalize('NFD').replace(/\p{M}/gu, ''));

/** fold() for a word of Latin-1 characters only (most accented words of the default languages), by table. */
function latin1Fold(w: string): string | undefined {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x100) return undefined;
    out += LATIN1[c]!;
  }
  return out;
}

export function wordSet(lists: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const w of list.split(/[\s|]+/)) {
      if (!w) continue;
      set.add(w);
      set.add(fold(w));
    }
  }
  return set;
}

/** A set from a front-coded list, with diacritic-free copies ("jürgen" and "jurgen"). */
function packedSet(packed: string): Set<string> {
  const set = new Set<string>();
  for (const w of frontDecode(packed)) {
    set.add(w);
    set.add(fold(w));
  }
  return set;
}

/** True when the word has a non-ASCII character: a loop, not a regex call (lookups run for most words of a text). */
function nonAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return true;
  return false;
}

export interface LexiconSets {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Dictionary words beyond `common` (empty on the fast path). */
  words?: ReadonlySet<string>;
  places: ReadonlyMap<string, PlaceKind>;
}

const FIRST = 1;
const LAST = 2;
const AMBIGUOUS = 4;
const COMMON = 8;
const WORD = 16;
const PLACE_START = 32;

/**
 * One map from word to a bit set of the lists holding it: a name recognizer asks several questions about each
 * word, and one hash lookup (plus one more without diacritics, for non-ASCII words) answers them all.
 */
export function lexiconFrom(sets: LexiconSets): Lexicon {
  const flags = new Map<string, number>();
  const mark = (list: Iterable<string>, bit: number) => {
    for (const w of list) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  mark(sets.first, FIRST);
  mark(sets.last, LAST);
  mark(sets.ambiguous, AMBIGUOUS);
  mark(sets.common, COMMON | WORD);
  if (sets.words) mark(sets.words, WORD);
  // Place heads are also marked in a 64K table (wordSlot): the location recognizer asks about every capitalised
  // word, and ~90% of them are turned away there (the built-in gazetteer has ~1,100 heads) before the big map.
  const heads = new Uint8Array(1 << 16);
  const markHead = (w: string) => {
    flags.set(w, (flags.get(w) ?? 0) | PLACE_START);
    heads[wordSlot(w)] = 1;
  };
  for (const key of sets.places.keys()) {
    const head = key.split(' ')[0]!;
    markHead(head);
    // Heads are looked up as written; the folded form is marked too, as the sets hold both.
    const folded = fold(head);
    if (folded !== head) markHead(folded);
  }
  // A non-ASCII word is looked up as written and without diacritics ("josé" may be listed as "jose" only).
  // The recognizers ask several questions about one word in a row: the last answer is kept.
  let lastWord: string | undefined;
  let lastFlags = 0;
  const of = (w: string): number => {
    if (w === lastWord) return lastFlags;
    const f = flags.get(w) ?? 0;
    lastWord = w;
    lastFlags = nonAscii(w) ? f | (flags.get(fold(w)) ?? 0) : f;
    return lastFlags;
  };
  return {
    // A non-ASCII word is also asked for without diacritics (see `of`): the table is no answer for it.
    isPlaceStart: (w) => (heads[wordSlot(w)] === 1 || nonAscii(w)) && (of(w) & PLACE_START) !== 0,
    hasDictionary: sets.words !== undefined && sets.words.size > 0,
    isFirstName: (w) => (of(w) & FIRST) !== 0,
    isSurname: (w) => (of(w) & LAST) !== 0,
    isAmbiguousName: (w) => (of(w) & AMBIGUOUS) !== 0,
    isCommon: (w) => (of(w) & COMMON) !== 0,
    isWord: (w) => (of(w) & WORD) !== 0,
    place: (p) => sets.places.get(p) ?? (nonAscii(p) ? sets.places.get(fold(p)) : undefined),
  };
}

function placeMap(): Map<string, PlaceKind> {
  const map = new Map<string, PlaceKind>();
  const add = (packed: string, kind: PlaceKind) => {
    for (const w of frontDecode(packed)) {
      if (!map.has(w)) map.set(w, kind);
      if (!map.has(fold(w))) map.set(fold(w), kind);
    }
  };
  add(COUNTRIES, 'country');
  add(REGIONS, 'region');
  add(CITIES, 'city');
  return map;
}

let builtinCache: LexiconSets | undefined;

/** The lists shipped with the fast path, built on first use (a few ms). */
export function builtinSets(): LexiconSets {
  return (builtinCache ??= {
    first: packedSet(FIRST_NAMES),
    // Multi-word surnames ("van der Berg") are listed by their parts; the particles are handled by the recognizer.
    last: packedSet(LAST_NAMES),
    ambiguous: wordSet([AMBIGUOUS_FIRST_NAMES]),
    common: wordSet([COMMON_WORDS, LABEL_WORDS]),
    places: placeMap(),
  });
}

let builtin: Lexicon | undefined;
const lazyBuiltin = (): Lexicon => (builtin ??= lexiconFrom(builtinSets()));

/** The fast path's lexicon. Its sets are built on first use, so importing the detector stays cheap. */
export const BUILTIN_LEXICON: Lexicon = {
  hasDictionary: false,
  isFirstName: (w) => lazyBuiltin().isFirstName(w),
  isSurname: (w) => lazyBuiltin().isSurname(w),
  isAmbiguousName: (w) => lazyBuiltin().isAmbiguousName(w),
  isCommon: (w) => lazyBuiltin().isCommon(w),
  isWord: (w) => lazyBuiltin().isWord(w),
  place: (p) => lazyBuiltin().place(p),
  isPlaceStart: (w) => lazyBuiltin().isPlaceStart(w),
};
