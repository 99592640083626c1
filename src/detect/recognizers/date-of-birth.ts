import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { findDates } from './date-time';
import { nextMatch } from '../text';

/**
 * DATE_OF_BIRTH: a date (see date-time.ts) with birth context within a few words: "born", "DOB", "date of
 * birth", "birthday", and the same in German, French, Spanish, Italian, Dutch and Portuguese.
 */

const CONTEXT = contextWords([
  'born',
  'birth',
  'birthday',
  'birthdate',
  'dob',
  'bday',
  // ("date of birth" is no phrase here: "birth" alone is listed, and a list without phrases is read in place.)
  'geboren',
  'geburtsdatum',
  'geburtstag',
  'geb',
  'né',
  'née',
  'naissance',
  'nacido',
  'nacida',
  'nacimiento',
  'nato',
  'nata',
  'nascita',
  'geboortedatum',
  'geboren',
  'nascimento',
  'nasceu',
  'nascido',
  'nascida',
]);
// "D.O.B." is three one-letter words to the tokenizer; look for it literally.
const DOB_ABBREV = /d\.\s?o\.\s?b\.?\s*:?\s*$/i;

// Where birth context may be (the cheap gate for the whole text, then the places to look for dates).
const CUE = /born|birth|\bdob\b|d\.\s?o\.\s?b|geb|né|naci|nato|nata|nasc|bday/gi;
// Context is read six words before a date and two after: a date starts at most this far after a cue (and ends at
// most AFTER chars before one). Generous: hasContext decides.
const BEFORE = 120;
const AFTER = 40;

export const dateOfBirthRecognizer: Recognizer = {
  id: 'date-of-birth',
  phase: 'contextual',
  types: ['DATE_OF_BIRTH'],
  find(scan) {
    const { text } = scan;
    const out: Finding[] = [];
    // Dates are looked for only in windows around the cues, not in the whole text (most dates are not births).
    const windows: [number, number][] = [];
    CUE.lastIndex = 0;
    for (let m = nextMatch(CUE, text); m; m = nextMatch(CUE, text)) {
      const from = Math.max(0, m.index - AFTER);
      const to = Math.min(text.length, m.index + m[0].length + BEFORE);
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = to;
      else windows.push([from, to]);
    }
    let done = 0;
    for (const [from, to] of windows) {
      for (const d of findDates(text, from, to)) {
        if (d.start < done) continue;
        const before = text.slice(Math.max(0, d.start - 12), d.start);
        if (hasContext(scan, d.start, d.end, CONTEXT, 6, 2) || DOB_ABBREV.test(before)) {
          out.push({ type: 'DATE_OF_BIRTH', start: d.start, end: d.end, score: 0.9, recognizer: 'date-of-birth' });
          done = d.end;
        }
      }
    }
    return out;
  },
};
