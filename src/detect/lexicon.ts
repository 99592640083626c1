import {
  CP_CITIES,
  CP_COUNTRIES,
  CP_FIRST_NAMES,
  CP_LAST_NAMES,
  CP_REGIONS,
} from './data/compromise-lexicon.generated';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES_EXTRA, NAME_PARTICLES, SURNAMES_EXTRA } from './data/names';
import { COMMON_WORDS } from './data/common-words';
import { EXTRA_CITIES, EXTRA_COUNTRIES } from './data/places';
import { FIRST_NAMES_MORE, SURNAMES_MORE } from './data/names-more';

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

const NON_ASCII = /[\u0080-\uffff]/;
/** Removes diacritics ("Jürgen" -> "Jurgen"); ASCII words are returned as they are, cheaply. */
export const fold = (w: string): string => (NON_ASCII.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w);

export function wordSet(lists: readonly string[], skip: ReadonlySet<string> = new Set()): Set<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const w of list.split(/[\s|]+/)) {
      if (!w || skip.has(w)) continue;
      set.add(w);
      set.add(fold(w));
    }
  }
  return set;
}

/** Looks a word up as written and without diacritics. */
export const inSet = (set: ReadonlySet<string>, w: string): boolean =>
  set.has(w) || (NON_ASCII.test(w) && set.has(fold(w)));

export interface LexiconSets {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Dictionary words beyond `common` (empty on the fast path). */
  words?: ReadonlySet<string>;
  places: ReadonlyMap<string, PlaceKind>;
}

export function lexiconFrom(sets: LexiconSets): Lexicon {
  const heads = new Set<string>();
  for (const key of sets.places.keys()) heads.add(key.split(' ')[0]!);
  return {
    isPlaceStart: (w) => heads.has(w) || (NON_ASCII.test(w) && heads.has(fold(w))),
    hasDictionary: sets.words !== undefined && sets.words.size > 0,
    isFirstName: (w) => inSet(sets.first, w),
    isSurname: (w) => inSet(sets.last, w),
    isAmbiguousName: (w) => inSet(sets.ambiguous, w),
    isCommon: (w) => inSet(sets.common, w),
    isWord: (w) => inSet(sets.common, w) || (sets.words !== undefined && inSet(sets.words, w)),
    place: (p) => sets.places.get(p) ?? (NON_ASCII.test(p) ? sets.places.get(fold(p)) : undefined),
  };
}

function placeMap(): Map<string, PlaceKind> {
  const map = new Map<string, PlaceKind>();
  const add = (list: string, kind: PlaceKind) => {
    for (const p of list.split('|')) {
      const w = p.trim();
      if (w && !map.has(w)) map.set(w, kind);
      if (w && !map.has(fold(w))) map.set(fold(w), kind);
    }
  };
  add(CP_COUNTRIES, 'country');
  add(EXTRA_COUNTRIES, 'country');
  add(CP_REGIONS, 'region');
  add(CP_CITIES, 'city');
  add(EXTRA_CITIES, 'city');
  return map;
}

let builtinCache: LexiconSets | undefined;

/** The lists shipped with the fast path, built on first use (a few ms). */
export function builtinSets(): LexiconSets {
  return (builtinCache ??= {
    first: wordSet([CP_FIRST_NAMES, FIRST_NAMES_EXTRA, FIRST_NAMES_MORE]),
    // Multi-word surnames ("van der Berg") are listed by their parts; the particles are handled by the recognizer.
    last: wordSet([CP_LAST_NAMES, SURNAMES_EXTRA, SURNAMES_MORE], NAME_PARTICLES),
    ambiguous: wordSet([AMBIGUOUS_FIRST_NAMES]),
    common: wordSet([COMMON_WORDS]),
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
