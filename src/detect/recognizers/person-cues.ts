/**
 * Cues around a candidate name, checked by whole words on a short slice of text (no regex anchored at the
 * end of a slice, which costs a scan per start position). Used by person.ts.
 */

import { classOf, LETTER as LETTER_BIT } from '../chars';
import { lowerSlice } from '../words';

export type Cue = 'strong' | 'quote' | 'medium' | undefined;

// The next words are a name, whatever they are (unless everyday words).
const STRONG_WORDS = new Set(
  'dear hi hello hey hallo bonjour hola ciao cher chère chere liebe lieber liebes estimado estimada gentile attn signed'.split(
    ' ',
  ),
);
const STRONG_PHRASES = [
  'my name is',
  "my name's",
  'name is',
  'names is',
  'i am called',
  'je m’appelle',
  "je m'appelle",
  'ich heiße',
  'ich heisse',
  'me llamo',
  'mi chiamo',
  'mein name ist',
  'mon nom est',
  'mi nombre es',
  'sehr geehrte',
  'sehr geehrter',
  'sehr geehrte frau',
  'sehr geehrter herr',
  'sign it',
  'signed by',
  'name on license',
  'name on card',
  'name on the card',
  'cardholder name',
];
// "Label:" before a name.
const LABELS = new Set(
  (
    'name fullname from to cc bcc contact patient client customer employee author assignee reporter owner user ' +
    'recipient sender applicant candidate attn attention signed by requester approver manager tenant guest ' +
    'passenger traveller traveler insured beneficiary surname names forename forenames given spouse employee ' +
    'holder cardholder payee payer driver patient child parent father mother witness signatory student ' +
    'firstname lastname fullname displayname nickname'
  ).split(' '),
);
const SIGN_OFFS = new Set(
  'regards thanks cheers sincerely best yours br grüße gruesse gruß cordialement saludos saluti thx love'.split(' '),
);
const QUOTE_WORDS = new Set('says said asked wrote replied explained added'.split(' '));
// A name often follows these, but so do other things.
const MEDIUM_WORDS = new Set(
  (
    'named called call says said asked ask tell told meet met with by and from to for email emailed cc contact ' +
    'thanks thank visit invite married son daughter wife husband brother sister mother father mom dad friend ' +
    'colleague boss manager patient client doctor nurse mr mrs ms dr uncle aunt cousin grandma grandpa partner'
  ).split(' '),
);
const MEDIUM_PHRASES = ['i am', "i'm", 'i’m', 'this is', 'according to'];

// Spaces, tabs and the zero-width characters redaction strips: all the same gap to a reader.
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || (c !== undefined && c >= '\u200B' && c <= '\u200F') || c === '\u2060' || c === '\uFEFF';
const LETTER = /\p{L}/u;
/** A letter or an apostrophe; ASCII is decided without a regex (this runs for every character looked at). */
function isWordPart(c: string): boolean {
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || x === 39;
  return c === '’' || LETTER.test(c);
}

// A line break, a placeholder's "]", a masked span (\uE000) or a digit ends the look-back: what came before
// them ("Hi 06 12 34 56 78 Berlin") does not address the word after them.
const STOPS = '\n]\uE0000123456789';

/**
 * Where the word nearest before `end` ends, what is not a word skipped; -1 when a stop (a placeholder's "]", a line
 * break…) or `floor` comes first.
 */
function wordEndBefore(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && !isWordPart(text[i - 1]!) && !STOPS.includes(text[i - 1]!)) i--;
  return i <= floor || STOPS.includes(text[i - 1]!) ? -1 : i;
}

/** Where the word ending at `wordEnd` starts. */
function wordStart(text: string, wordEnd: number, floor: number): number {
  let i = wordEnd;
  while (i > floor && isWordPart(text[i - 1]!)) i--;
  return i;
}

/** Up to `n` lower-case words ending before `end` on the same line (nearest last), by a backward scan. */
function lastWords(text: string, end: number, n: number, floor: number): string[] {
  const out: string[] = [];
  for (let e = wordEndBefore(text, end, floor); e >= 0 && out.length < n;) {
    const start = wordStart(text, e, floor);
    out.push(text.slice(start, e).toLowerCase());
    e = wordEndBefore(text, start, floor);
  }
  return out.reverse();
}

/** lastWords(text, end, 1, floor)[0], without the array. */
function lastWord(text: string, end: number, floor: number): string | undefined {
  const e = wordEndBefore(text, end, floor);
  return e < 0 ? undefined : lowerSlice(text, wordStart(text, e, floor), e);
}

// Last words of the strong cues and labels: only after one of these can a strong cue end.
const CUE_TAILS = new Set([...STRONG_WORDS, ...LABELS, ...STRONG_PHRASES.map((p) => p.split(' ').pop()!)]);

/** Cheap pre-check for cueBefore: the previous word or character could end a strong cue. */
export function mayPrecedeName(prevWord: string, text: string, start: number): boolean {
  if (CUE_TAILS.has(prevWord) || SIGN_OFFS.has(prevWord)) return true;
  let i = start;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return text[i - 1] === ':' || text[i - 1] === '\n';
}

/** The cue just before `start` (within ~40 characters, same line except after a sign-off). */
export function cueBefore(text: string, start: number): Cue {
  const floor = Math.max(0, start - 40);
  let i = start;
  while (i > floor && isSpace(text[i - 1])) i--;
  const lastChar = text[i - 1];
  // "Regards,\nJohn" - a sign-off line right above.
  if (lastChar === '\n' || (lastChar === '\r' && text[i - 2] === '\n')) {
    const words = lastWords(text, i - 1, 4, floor);
    const word = words[words.length - 1] ?? '';
    return SIGN_OFFS.has(word) && words.length <= 3 ? 'strong' : undefined;
  }
  if (lastChar === '.' || lastChar === '!' || lastChar === '?') return undefined;
  // Most candidates follow no cue: the nearest word alone decides that, and the four words a phrase needs are
  // read only when it could end one.
  const last = lastWord(text, i, floor);
  if (!last) return undefined;
  if (lastChar === ':' || lastChar === '=') return LABELS.has(last) ? 'strong' : undefined;
  // "first_name": "Reid" / name = 'Ann' / <name>Ann: a key naming the value, then an opening quote.
  if (lastChar === '"' || lastChar === "'" || lastChar === '>') {
    const key = /([A-Za-z][\w-]*)["']?\s*[:=>]\s*["']?$/.exec(text.slice(floor, i));
    const keyWords = key ? key[1]!.split(/[_-]|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase()) : [];
    return keyWords.some((w) => LABELS.has(w)) ? 'strong' : undefined;
  }
  if (STRONG_WORDS.has(last) || endsPhrase(STRONG, last, text, i, floor)) return 'strong';
  if (QUOTE_WORDS.has(last) || endsPhrase(ACCORDING_TO, last, text, i, floor)) return 'quote';
  if (MEDIUM_WORDS.has(last) || endsPhrase(MEDIUM, last, text, i, floor)) return 'medium';
  return undefined;
}

/** Whether the (up to four) words before `end`, the nearest being `last`, end with one of the phrases. */
function endsPhrase(phrases: Phrases, last: string, text: string, end: number, floor: number): boolean {
  if (!phrases.tails.has(last) && !endsWithAny(last, phrases.words)) return false;
  const joined = lastWords(text, end, 4, floor).join(' ');
  return phrases.all.some((p) => joined.endsWith(p));
}

/** words.some((w) => s.endsWith(w)), without a closure per call. */
function endsWithAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.endsWith(w)) return true;
  return false;
}

/**
 * Phrases a look-back may end with, and what its nearest word must be for that: the last word of a phrase of
 * several words (words are joined by single spaces), or a word ending with a one-word phrase ("i'm").
 */
interface Phrases {
  all: readonly string[];
  tails: ReadonlySet<string>;
  words: readonly string[];
}
function phrases(all: readonly string[]): Phrases {
  const multi = all.filter((p) => p.includes(' '));
  return {
    all,
    tails: new Set(multi.map((p) => p.slice(p.lastIndexOf(' ') + 1))),
    words: all.filter((p) => !p.includes(' ')),
  };
}
const STRONG = phrases(STRONG_PHRASES);
const MEDIUM = phrases(MEDIUM_PHRASES);
const ACCORDING_TO = phrases(['according to']);

// After a name: reporting verbs and "is/was", which usually follow a person.
const AFTER_WORDS = new Set(
  (
    'says said asked wrote told replied explained added called emailed texted lives lived works worked moved ' +
    'arrived joined left sent met went came wants needs thinks knows is was had has will would can could born'
  ).split(' '),
);

// After a lone word, verbs only people are the subject of ("Tomomi shouted", "Alvir spent a year at…", "Reed lives
// in…"): enough to take an unknown capitalised word for a name, which "is" or "has" are not ("Kubernetes is…").
const HUMAN_AFTER_WORDS = new Set(
  (
    'says said asked wrote told replied explained shouted whispered yelled screamed laughed smiled cried sighed ' +
    'lives lived works worked spent married texted emailed phoned studied graduated retired resigned apologised ' +
    'apologized promised admitted insisted complained'
  ).split(' '),
);

/** The word right after `end` (past a comma and spaces), lower-cased, or "" when none within 20 characters. */
function wordAfter(text: string, end: number): string {
  const m = /^,?[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 24));
  return m ? m[1]!.toLowerCase() : '';
}

/** A verb only people are the subject of follows the name (see HUMAN_AFTER_WORDS). */
export function humanVerbAfter(text: string, end: number): boolean {
  return HUMAN_AFTER_WORDS.has(wordAfter(text, end));
}

export function cueAfter(text: string, end: number): boolean {
  // /^(?:['’]s\b|,?[ \t]+(\p{L}+))/u on text.slice(end, end + 20), read without the slice and the match array.
  const limit = Math.min(text.length, end + 20);
  const c = text.charCodeAt(end);
  if (c === 39 || c === 0x2019) {
    if (end + 1 >= limit || text.charCodeAt(end + 1) !== 115 /* s */) return false;
    return end + 2 >= limit || !isRegexWordChar(text.charCodeAt(end + 2));
  }
  let i = c === 44 /* , */ ? end + 1 : end;
  const spaces = i;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === spaces) return false;
  const word = i;
  while (i < limit) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // A pair cut by the slice's end is a lone surrogate there: no letter.
    if (i + width > limit || (classOf(cp) & LETTER_BIT) === 0) break;
    i += width;
  }
  return i > word && AFTER_WORDS.has(text.slice(word, i).toLowerCase());
}

/** \w of a regex without the i flag: [A-Za-z0-9_]. */
function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** "Alice: hi there" - a speaker label in a transcript. */
export function speakerAfter(text: string, end: number): boolean {
  return text[end] === ':' && /^:[ \t]*\S/.test(text.slice(end, end + 4));
}
