import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';

/**
 * LOCATION from the place lexicon (countries, regions, cities: compromise's lists plus data/places.ts):
 * capitalised (or ALL-CAPS) phrases of up to four words. Names that are also people or everyday words
 * ("Jordan", "Georgia", "Nice", "Reading") need a locative cue before them ("in", "from", "to", "near").
 * Places on code lines are skipped. The full path adds compromise's places() on top.
 */

const PHRASE = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:of|de|del|la|le|the|and|am|an|der|sur|upon)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}/gu;
const LOCATIVE = /\b(?:in|at|from|to|near|into|visit(?:ing|ed)?|live[sd]?|living|moved|flew|fly(?:ing)?|travel(?:l?ing|l?ed)?|based|born|located|around|across|outside|inside|via|through|toward|towards|of)\s+(?:the\s+)?$/i;
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
const AFTER_LOCATIVE = /(?<![\p{L}])(?:in|at|from|near|to|visit(?:ing|ed)?|outside|around)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;
// "Cyprus (Greek)", "Unionville (Orange)": a short qualifier in brackets belongs to the place.
const QUALIFIER = /^[ \t]*\(\p{Lu}[\p{L}\p{M} ]{1,20}\)/u;

export const locationRecognizer: Recognizer = {
  id: 'location',
  types: ['LOCATION'],
  find(scan) {
    const { text, lexicon } = scan;
    const out: Finding[] = [];
    for (const m of text.matchAll(PHRASE)) {
      const words = [...m[0].matchAll(/\S+/g)].map((w) => ({
        start: m.index + w.index,
        end: m.index + w.index + w[0].replace(/[.'’]+$/, '').length,
        text: w[0].replace(/[.'’]+$/, ''),
      }));
      for (let i = 0; i < words.length; i++) {
        if (!lexicon.isPlaceStart(words[i]!.text.toLowerCase())) continue;
        // Longest known phrase starting at this word.
        let hit = 0;
        let kind: ReturnType<typeof lexicon.place>;
        for (let n = Math.min(4, words.length - i); n >= 1 && !hit; n--) {
          kind = lexicon.place(
            words
              .slice(i, i + n)
              .map((w) => w.text)
              .join(' ')
              .toLowerCase(),
          );
          if (kind) hit = n;
        }
        if (!hit || !kind) continue;
        const start = words[i]!.start;
        const end = words[i + hit - 1]!.end;
        const lower = text.slice(start, end).toLowerCase();
        const cue = LOCATIVE.test(text.slice(Math.max(0, start - 30), start));
        let score = kind === 'country' ? 0.75 : 0.65;
        if (AMBIGUOUS.has(lower) || lexicon.isFirstName(lower)) score = cue ? 0.6 : 0.3;
        else if (cue) score = Math.min(0.9, score + 0.15);
        if (scan.isCode(start)) score *= 0.5;
        const q = QUALIFIER.exec(text.slice(end, end + 30));
        out.push({ type: 'LOCATION', start, end: end + (q ? q[0].length : 0), score, label: kind, recognizer: 'location' });
        i += hit - 1;
      }
    }
    // With a full dictionary (full path), a capitalised word no list knows after "in/at/from" is most likely a
    // place; without one (fast path) too many ordinary words would qualify, so it stays below the threshold.
    for (const m of text.matchAll(AFTER_LOCATIVE)) {
      const value = m[1]!;
      const start = m.index + m[0].length - value.length;
      const words = value.toLowerCase().split(/[ \t]+/);
      if (words.some((w) => lexicon.isWord(w) || lexicon.isFirstName(w) || lexicon.isSurname(w))) continue;
      if (lexicon.place(words.join(' ')) || /^\p{Lu}{2,5}$/u.test(value) || scan.isCode(start)) continue;
      const score = lexicon.hasDictionary ? 0.55 : 0.35;
      out.push({ type: 'LOCATION', start, end: start + value.length, score, label: 'unknown', recognizer: 'location' });
    }
    return out;
  },
};
