import nlp from 'compromise';
import { builtinSets, lexiconFrom, type Lexicon } from '../lexicon';

/**
 * The full path's lexicon: the built-in lists plus compromise's whole lexicon (~24k entries, MIT). Its
 * dictionary words let the person recognizer tell "Orchestra" from "Kreutzmann"; its names and places
 * are already in the built-in lists (compromise-lexicon.generated.ts). Built once, on first use.
 */

type Tags = string | string[];
const NAME_OR_PLACE = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'City',
  'Country',
  'Region',
  'Place',
  'ProperNoun',
  'Organization',
  'SportsTeam',
  'Honorific',
]);

let full: Lexicon | undefined;

export function fullLexicon(): Lexicon {
  if (full) return full;
  const base = builtinSets();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;
  const words = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((t) => NAME_OR_PLACE.has(t))) continue;
    words.add(word);
  }
  full = lexiconFrom({ ...base, words });
  return full;
}
