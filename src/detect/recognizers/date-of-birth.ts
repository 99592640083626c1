import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { contextWords, hasContext } from '../context';
import { findDates } from './date-time';

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
  'date of birth',
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

export const dateOfBirthRecognizer: Recognizer = {
  id: 'date-of-birth',
  types: ['DATE_OF_BIRTH'],
  find(scan) {
    const out: Finding[] = [];
    if (!/born|birth|\bdob\b|d\.\s?o\.\s?b|geb|né|naci|nato|nata|nasc/i.test(scan.text)) return out;
    for (const d of findDates(scan.text)) {
      const before = scan.text.slice(Math.max(0, d.start - 12), d.start);
      if (hasContext(scan, d.start, d.end, CONTEXT, 6, 2) || DOB_ABBREV.test(before)) {
        out.push({ type: 'DATE_OF_BIRTH', start: d.start, end: d.end, score: 0.9, recognizer: 'date-of-birth' });
      }
    }
    return out;
  },
};
