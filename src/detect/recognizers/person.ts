import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { HONORIFICS, NAME_PARTICLES } from '../data/names';
import { ADDRESS_COLUMN_WORDS, PERSON_COLUMN_WORDS, PLACE_COLUMN_WORDS } from '../data/columns';
import { cueAfter, cueBefore, humanVerbAfter, mayPrecedeName, speakerAfter } from './person-cues';
import { allTokens, capTokens, type SpanSink } from './name-tokens';
import { classOf, LETTER, NUMBER } from '../chars';
import { lowerSlice } from '../words';
import { holds, isAsciiLower, isDigitCode } from '../text';
import { PLACEHOLDER, PLACEHOLDER_SOURCE, placeholderRegex } from '../placeholder';

/**
 * PERSON from name evidence, without a statistical model (the full path adds compromise on top, nlp/full.ts):
 *  - runs of capitalised words (or of any words on an all-lower-case or ALL-CAPS line) are classified word by
 *    word against the lexicon: known first name, known surname, everyday word, unknown;
 *  - cues raise confidence (person-cues.ts): "my name is", "Dear", "Hi", "Name:", "From:", honorifics,
 *    sign-offs ("Regards,\n"), reporting verbs ("says"), chat-transcript speakers ("Alice: …");
 *  - "Last, First" is joined; list neighbours of a confident name are lifted ("Kónya, Becker and Vasquez");
 *    words that also occur in an email's local part count as evidence ("Chris Singh - chrissingh@…").
 * Everyday words split runs, places and organisation words veto them, code lines weaken them.
 */

const ALL_CAPS = /^[\p{Lu}\p{M}'’-]{2,}$/u;
const NON_LATIN = /[^\p{Script=Latin}\p{M}'’-]/u;
/** NON_LATIN.test of a token text[start, end) (letters, marks, apostrophes, hyphens): ASCII ones without it. */
function nonLatin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return NON_LATIN.test(text.slice(start, end));
  return false;
}
/** "-", "'" or "’": dropped from the end of a token. */
const isTrailing = (c: number): boolean => c === 45 || c === 39 || c === 0x2019;
// Single characters (UTF-16 units, as the regexes saw them): \p{N}, \p{L}, [0-9].
const isNumber = (c: string): boolean => (classOf(c.charCodeAt(0)) & NUMBER) !== 0;
const isLetter = (c: string): boolean => (classOf(c.charCodeAt(0)) & LETTER) !== 0;
const LOWER = /^[\p{Ll}\p{M}'’-]+$/u;

// Words that make a capitalised run a place, not a person ("San Angelo", "Port Arthur", "Niagara Falls").
export const PLACE_WORDS = new Set(
  (
    'san santa santo são sao fort port saint st ste mount mt lake glen cape new north south east west upper lower ' +
    'falls city beach springs heights valley harbor harbour bay creek hills island islands estates village park ' +
    'grove point junction crossing town township county ville burg ranch rancho oaks rio palm'
  ).split(' '),
);
// Table columns that hold places or people (see table.ts).
const PLACE_COLUMNS = new Set([...PLACE_COLUMN_WORDS, ...ADDRESS_COLUMN_WORDS]);
const PERSON_COLUMNS = PERSON_COLUMN_WORDS;

// Words that make a capitalised run an organisation, not a person.
const ORG_WORDS = new Set(
  (
    'inc ltd llc plc corp corporation co company companies group holdings gmbh ag sa sas sarl srl spa bv nv ab oy ' +
    'as asa kg ug limited partners associates foundation institute university college school bank hospital ' +
    'clinic agency ministry department council association society club trust fund capital ventures labs ' +
    'systems solutions technologies technology software services consulting media studios records airlines ' +
    'airways motors industries international global network networks orchestra band'
  ).split(' '),
);

const MAX_RUN = 6;

interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
}

type Kind =
  | 'first'
  | 'ambiguous'
  | 'surname'
  | 'common'
  | 'word'
  | 'unknown'
  | 'initial'
  | 'particle'
  | 'honorific'
  | 'caps'
  | 'org';

const UPPER = /\p{Lu}/u;
/** An upper-case letter; ASCII without a regex (called for every word). */
function isUpper(c: string): boolean {
  const x = c.charCodeAt(0);
  return x < 128 ? x >= 65 && x <= 90 : UPPER.test(c);
}

/** True when text[start, end) ends in a possessive "'s" / "’s" (/['’]s$/ without a slice). */
function possessiveAt(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 115 /* s */) return false;
  const q = text.charCodeAt(end - 2);
  return q === 39 || q === 0x2019;
}

function classify(scan: Scan, t: Tok, lineMode: boolean): Kind {
  // t.lower without its possessive, and without a final dot for the honorific test (no regex per token).
  const w = possessiveAt(t.lower, 0, t.lower.length) ? t.lower.slice(0, -2) : t.lower;
  const lex = scan.lexicon;
  if (HONORIFICS.has(w.endsWith('.') ? w.slice(0, -1) : w)) return 'honorific';
  if (t.text.length <= 2 && isUpper(t.text[0]!) && (t.text.length === 1 || t.text[1] === '.')) return 'initial';
  if (NAME_PARTICLES.has(w) && (LOWER.test(t.text) || w.length <= 3)) return 'particle';
  if (ORG_WORDS.has(w)) return 'org';
  const first = lex.isFirstName(w);
  const surname = lex.isSurname(w);
  // Everyday words win over rare names ("CAN" is also a Turkish first name, "my" a Vietnamese one).
  if (lex.isCommon(w)) return !lineMode && (first || surname) ? 'ambiguous' : 'common';
  if (first && lex.isAmbiguousName(w)) return surname ? 'surname' : 'ambiguous';
  if (first) return 'first';
  if (surname && !(lineMode && lex.isCommon(w))) return 'surname';
  // An ALL-CAPS word alone in mixed-case text is an acronym ("SSN", "API"); in a run of capitals it may be a
  // name ("DEONTE CRONIN"): the run decides (see collectPieces), like for dictionary words.
  if (!lineMode && t.text.length >= 2 && ALL_CAPS.test(t.text)) return 'caps';
  if (lex.isCommon(w)) return 'common';
  // "api-credentials", "read-only": hyphenated everyday words.
  if (w.includes('-') && w.split('-').every((p) => !p || lex.isCommon(p) || lex.isWord(p))) return 'common';
  // A place is a name's part only next to a first name ("Kaylah Metz"): decided like a dictionary word.
  if (lex.place(w)) return 'word';
  // Very short unknowns ("Ok", "Re") are not names.
  if (w.length < 2) return 'common';
  return lex.isWord(w) ? 'word' : 'unknown';
}

const SURNAME_SHAPE =
  /(?:son|sen|ssen|sson|ez|ov|ova|ev|eva|ski|ska|sky|wicz|czyk|vić|vic|ić|escu|eanu|opoulos|poulos|akis|idis|ini|elli|etti|ucci|mann|stein|berg|burg|feld|baum|thal|oğlu|oglu|yan|ian|shvili|dze|enko|chuk|yuk|gaard|ström|strom|qvist|quist|lund|dóttir|dottir|ovich|evich|ovic|ovski|ewski|owski|inski|ynski|ová|ský|ská|aitis|ius|aite|iene)$/;

/** Score of the piece kinds[from, to), whose last word is `lastLower`. */
function scoreRun(kinds: readonly Kind[], from: number, to: number, lastLower: string, allCaps: boolean): number {
  let first = 0;
  let surnames = 0;
  let ambiguous = 0;
  let unknown = 0;
  let names = 0;
  let initial = false;
  for (let i = from; i < to; i++) {
    const k = kinds[i]!;
    if (k === 'initial') initial = true;
    if (k === 'initial' || k === 'particle') continue;
    names++;
    if (k === 'first') first++;
    else if (k === 'surname') surnames++;
    else if (k === 'ambiguous') ambiguous++;
    else if (k === 'unknown') unknown++;
  }
  const hasInitial = names >= 2 && initial;
  let s: number;
  if (names === 1) {
    if (first) s = 0.6;
    else if (surnames) s = 0.4;
    else s = unknown && SURNAME_SHAPE.test(lastLower) ? 0.35 : 0.2;
  } else if (first && (surnames || unknown || first > 1)) s = surnames ? 0.9 : 0.85;
  else if (surnames && (unknown || surnames > 1)) s = 0.75;
  else if (ambiguous && (surnames || unknown)) s = surnames ? 0.75 : 0.55;
  else if (unknown >= 2) s = SURNAME_SHAPE.test(lastLower) || hasInitial ? 0.55 : 0.4;
  else s = 0.3;
  if (hasInitial) s = Math.min(0.95, s + 0.1);
  if (allCaps && first + surnames === 0) s = Math.min(s, 0.2);
  return s;
}

/** [A-Za-z0-9._-] by character code. */
function localPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45;
}

/** Lower-case tokens of every email local part in the text ("chris.singh", "ChrisSingh" -> chris, singh). */
function emailNameParts(text: string): Set<string> {
  const out = new Set<string>();
  // From each "@", back over the local part (a scan per "@", not a regex tried at every letter).
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && localPartChar(text.charCodeAt(s - 1))) s--;
    if (at - s < 2 || !hasAsciiLetter(text, s, at)) continue;
    // Parts are the runs of letters, cut where a lower-case letter meets a capital ("chrisSingh"); read by
    // character rather than by regex replaces and a split (the local part is ASCII: [A-Za-z0-9._-]).
    let whole = '';
    let part = -1; // start of the current part
    let run = -1; // start of the current run of letters
    for (let i = s; i <= at; i++) {
      const c = i < at ? text.charCodeAt(i) : 0;
      const letter = isAsciiLetter(c);
      if (part >= 0 && (!letter || (c <= 90 && isAsciiLower(text.charCodeAt(i - 1))))) {
        if (i - part >= 3) out.add(text.slice(part, i).toLowerCase());
        part = -1;
      }
      if (run >= 0 && !letter) {
        whole += text.slice(run, i).toLowerCase();
        run = -1;
      }
      if (letter && part < 0) part = i;
      if (letter && run < 0) run = i;
    }
    // "chrissingh": also keep the whole run so that "Chris Singh" can be matched by concatenation.
    out.add(whole);
  }
  return out;
}

const isAsciiLetter = (c: number): boolean => isAsciiLower(c) || (c >= 65 && c <= 90);
function hasAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiLetter(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The scan's lines, each asked once per call whether it is caseless (no [start, end) pair allocated per question).
 */
class Lines {
  /** Per line: 0 not asked yet, 1 caseless, 2 not. */
  private readonly modes: Uint8Array;

  constructor(private readonly scan: Scan) {
    this.modes = new Uint8Array(scan.lineCount());
  }

  get count(): number {
    return this.modes.length;
  }

  /** Index of the line holding `pos`. */
  at(pos: number): number {
    return this.scan.lineOf(pos);
  }

  start(k: number): number {
    return this.scan.startOfLine(k);
  }

  end(k: number): number {
    return this.scan.endOfLine(k);
  }

  /** Lines written all in lower case (or all caps) are read with case ignored. */
  caseless(k: number): boolean {
    let m = this.modes[k]!;
    if (m === 0) {
      const start = this.start(k);
      const { scan } = this;
      m = caselessLine(scan.text, start, Math.min(this.end(k), start + 1000)) && !scan.isCode(start) ? 1 : 2;
      this.modes[k] = m;
    }
    return m === 1;
  }

  caselessAt(pos: number): boolean {
    return this.caseless(this.at(pos));
  }
}

const PLACEHOLDER_IN = PLACEHOLDER;

/**
 * Six letters or more, all of one case. One pass that stops at the first letter of the other case (most lines
 * are mixed and stop within a few words). Veil's placeholders and masked spans stand for values that were written
 * in some case: they make a line mixed, so that redacting the capitalised words of a line never makes it
 * caseless. Code is often all lower case; it is not prose typed without capitals (the caller checks).
 */
function caselessLine(text: string, start: number, end: number): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c === 0xe000) return false;
    else if (c >= 128) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    } else continue;
    if (lower && upper) return false;
  }
  if (lower + upper < 6) return false;
  const line = text.slice(start, end);
  return !(line.includes('[') && PLACEHOLDER_IN.test(line));
}

/** [start, end) pairs in a buffer reused from call to call (person.find is synchronous and not re-entered). */
class Spans implements SpanSink {
  data = new Int32Array(512);
  length = 0;

  push(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }
}
const TOKENS = new Spans();

/**
 * Candidate name tokens in text order, as [start, end) pairs: on caseless lines every word, elsewhere only
 * capitalised words and particles (see name-tokens.ts). Lines are read separately; no token spans a line break.
 * The result is the shared TOKENS buffer, valid until the next call.
 */
function nameTokens(text: string, lines: Lines): Spans {
  const out = TOKENS;
  out.length = 0;
  let from = 0; // start of the stretch of lines read for capitalised tokens
  for (let k = 0; k < lines.count; k++) {
    if (lines.caseless(k)) {
      capTokens(text, from, lines.start(k), out);
      allTokens(text, lines.start(k), lines.end(k), out);
      from = lines.end(k);
    }
  }
  capTokens(text, from, text.length, out);
  return out;
}

/** One or two spaces or tabs in text[from, to), zero-width characters aside (redaction strips them). */
function spaceGap(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) n++;
    else if (!((c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff)) return false;
  }
  return n >= 1 && n <= 2;
}

/** Groups tokens into runs: adjacent (one or two spaces between), name-like, particles allowed inside. */
const RUN: Tok[] = [];

/**
 * lowerSlice(text, start, end) for tokens met in text order, taken from the scan's word index when the token is
 * exactly one of its words without an apostrophe (its lower-case form is then the same string): most tokens of
 * caseless lines are, and their strings are then neither made again nor hashed again by the lexicon.
 */
function indexedLower(scan: Scan): (start: number, end: number) => string {
  const { text } = scan;
  const idx = scan.words();
  let w = 0;
  return (start, end) => {
    while (w < idx.starts.length && idx.starts[w]! < start) w++;
    if (w < idx.starts.length && idx.starts[w] === start && idx.ends[w] === end && !hasApostrophe(text, start, end)) {
      return idx.lower[w]!;
    }
    return lowerSlice(text, start, end);
  };
}

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

function collectRuns(scan: Scan, lines: Lines): Tok[][] {
  const { text } = scan;
  const runs: Tok[][] = [];
  // The run being read is run[0, n) of a buffer reused from call to call, copied at its size when it ends (an
  // array grown from empty holds 17 slots at least, and emptying one lets its slots go).
  const run = RUN;
  let n = 0;
  let prevEnd = -1;
  const flush = () => {
    while (n && NAME_PARTICLES.has(run[n - 1]!.lower)) n--;
    if (n) runs.push(run.slice(0, n));
    n = 0;
  };
  const lowerOf = indexedLower(scan);
  const lex = scan.lexicon;
  let prevLower = '';
  let runAfterCue = false;
  const toks = nameTokens(text, lines);
  // The line of the current token, and whether it is caseless (tokens come in text order).
  let lineEnd = -1;
  let caseless = false;
  for (let t = 0; t < toks.length; t += 2) {
    const start = toks.data[t]!;
    // Trailing hyphens and apostrophes are no part of a name; the word is sliced only once it may join a run.
    let wordEnd = toks.data[t + 1]!;
    while (wordEnd - start > 1 && isTrailing(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const upper = isUpper(text[start]!);
    let lowerWord: string | undefined; // text[start, wordEnd) in lower case, once computed
    // Most words are lower-case prose: decide cheaply. A lower-case word continues a name only as a particle
    // ("van"), or on a caseless line when it is a known name or follows a strong cue ("my name is rubija").
    if (!upper) {
      const lower = (lowerWord = lowerOf(start, wordEnd));
      let ok = n > 0 && NAME_PARTICLES.has(lower);
      if (start > lineEnd) {
        const line = lines.at(start);
        lineEnd = lines.end(line);
        caseless = lines.caseless(line);
      }
      if (!ok && caseless) {
        if (lex.isFirstName(lower) || lex.isSurname(lower)) ok = true;
        else if (lex.isCommon(lower))
          ok = false; // "my name is passport born": everyday words are no names
        else if (n > 0) {
          // A surname no list knows, after a known first name or an initial ("eric g. samoylova").
          const last = run[n - 1]!;
          ok = runAfterCue || lex.isFirstName(last.lower) || /^\p{L}\.$/u.test(last.text);
        } else if (mayPrecedeName(prevLower, text, start) && cueBefore(text, start) === 'strong') {
          ok = true;
          runAfterCue = true;
        }
      }
      prevLower = lower;
      if (!ok) {
        flush();
        runAfterCue = false;
        prevEnd = -1;
        continue;
      }
    } else prevLower = '';
    // Initials and honorifics keep their dot ("P. Hertzog", "Mrs. Okonkwo") and do not end the sentence.
    const initialDot =
      text.charCodeAt(wordEnd) === 46 /* . */ &&
      ((wordEnd - start === 1 && upper) || HONORIFICS.has((lowerWord ??= lowerOf(start, wordEnd))));
    const end = initialDot ? wordEnd + 1 : wordEnd;
    const before = text[start - 1];
    const after = text[end];
    // Part of an identifier, handle or code ("RSSMRA85T…", "user_name", "@john"), or the tail of a hyphenated word.
    const glued =
      (before !== undefined && (isNumber(before) || '_@/\\#$'.includes(before))) ||
      (after !== undefined && (isNumber(after) || after === '_' || after === '@')) ||
      (after === '-' && isDigitCode(text.charCodeAt(end + 1))) ||
      (before === '-' &&
        start >= 2 &&
        (isLetter(text[start - 2]!) || text[start - 2] === ']' || text[start - 2] === '\uE000'));
    const nameLike = !glued && end - start <= 30 && !nonLatin(text, start, wordEnd);
    // One or two spaces between words; zero-width characters count as nothing (redaction strips them).
    const adjacent = n > 0 && prevEnd >= 0 && start - prevEnd <= 6 && spaceGap(text, prevEnd, start);
    // Names are short: a run of more than MAX_RUN words is a title or prose read caselessly; cut it.
    if (!nameLike || (n > 0 && !adjacent) || n >= MAX_RUN) {
      flush();
      runAfterCue = upper ? false : runAfterCue;
    }
    if (nameLike) {
      const lower = lowerWord === undefined ? lowerOf(start, end) : initialDot ? lowerWord + '.' : lowerWord;
      run[n++] = { start, end, text: text.slice(start, end), lower };
    }
    prevEnd = end;
    // A possessive ends the name ("Faina's Cautionary Tales"); a dot after a non-initial ends the sentence.
    if (nameLike && possessiveAt(text, start, end)) {
      flush();
      prevEnd = -1;
    } else if (!initialDot && text.charCodeAt(end) === 46) {
      flush();
      prevEnd = -1;
    }
  }
  flush();
  return runs;
}

const isPlaceWord = (t: Tok): boolean => PLACE_WORDS.has(t.lower);
const isPlaceColumn = (w: string): boolean => PLACE_COLUMNS.has(w);
const isPersonColumn = (w: string): boolean => PERSON_COLUMNS.has(w);

/** A kind that can make a piece a finding (the others are trimmed off, split at, or not enough alone). */
const mayBeName = (k: Kind): boolean => k !== 'common' && k !== 'honorific' && k !== 'particle' && k !== 'initial';

/**
 * The finding for the piece run[from, to) of a run (kinds already resolved), if any. `strong` when an honorific
 * or a person column vouches for it.
 */
function pieceFinding(
  scan: Scan,
  lines: Lines,
  r: readonly Tok[],
  kinds: readonly Kind[],
  from: number,
  to: number,
  strong: boolean,
  caseless: boolean,
  emailParts: ReadonlySet<string>,
): Finding | undefined {
  const { text } = scan;
  let a = from;
  let b = to;
  while (a < b && kinds[a] === 'particle') a++;
  while (a < b && (kinds[b - 1] === 'particle' || kinds[b - 1] === 'initial')) b--;
  if (a === b) return undefined;
  const n = b - a;
  let initials = 0;
  let allCaps = true;
  let known = false; // a known first name or surname
  let nameish = false;
  for (let i = a; i < b; i++) {
    const k = kinds[i]!;
    if (k === 'initial') initials++;
    if (k === 'first' || k === 'surname') known = true;
    if (k === 'unknown' || k === 'first' || k === 'surname' || k === 'ambiguous') nameish = true;
    if (allCaps && !(ALL_CAPS.test(r[i]!.text) || r[i]!.text.length <= 2)) allCaps = false;
  }
  if (initials === n) return undefined;
  const first = r[a]!;
  const last = r[b - 1]!;
  const start = first.start;
  let end = last.end;
  if (possessiveAt(last.text, 0, last.text.length)) end -= 2;
  let score = scoreRun(kinds, a, b, last.lower, allCaps && !caseless);
  // Without capitals to go by, a name needs a known first name or surname in it.
  if (caseless && ((n === 1 && kinds[a] !== 'first') || !known)) score = Math.min(score, 0.2);
  // Caseless text with no known name in it can only become a name through a strong cue ("my name is x").
  if (caseless && !known && !nameish) return undefined;
  const cue = strong ? 'strong' : cueBefore(text, start);
  if (caseless && !known && cue !== 'strong') return undefined;
  if (cue === 'strong') {
    if (nameish) score = Math.max(score, 0.85);
  } else if (cue === 'quote') {
    score = Math.max(score, 0.65);
  } else if (
    n <= 3 &&
    !allCaps &&
    speakerAfter(text, end) &&
    !VALUE_AFTER.test(text.slice(end + 1, end + 24)) &&
    speaker(scan, start, kinds, a, b)
  ) {
    score = Math.max(score, 0.6);
  } else if (n <= 3 && !allCaps && nameish && humanVerbAfter(text, end)) {
    score = Math.max(score, Math.min(0.9, score + 0.35));
  } else if ((cue === 'medium' || cueAfter(text, end)) && score >= 0.2) {
    score = Math.min(0.9, score + 0.2);
  }
  // A whole line that is just this name (signature, address block, "To:" header).
  if (n >= 2) {
    const line = lines.at(start);
    if (onlyChars(text, lines.start(line), start, LEAD_CHARS) && onlyChars(text, end, lines.end(line), TRAIL_CHARS)) {
      score = Math.min(0.9, score + 0.2);
    }
  }
  if (emailParts.size) {
    let joined = '';
    let part = false;
    for (let i = a; i < b; i++) {
      const w = r[i]!.lower;
      joined += w;
      if (w.length >= 3 && emailParts.has(w)) part = true;
    }
    if (emailParts.has(joined) || part) score = Math.max(score, n >= 2 ? 0.85 : 0.7);
  }
  if (scan.isCode(start)) score *= 0.6;
  return { type: 'PERSON', start, end, score, recognizer: 'person' };
}

// What may stand before a name alone on its line (/^[\s>*-]*$/) and after it (/^[\s,.]*$/).
const LEAD_CHARS = '>*-';
const TRAIL_CHARS = ',.';
/** \s of a JavaScript regex, by character code. */
function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** True when text[from, to) holds only \s and characters of `extra` (the regexes above, without a slice). */
function onlyChars(text: string, from: number, to: number, extra: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isRegexSpace(c) && !extra.includes(text[i]!)) return false;
  }
  return true;
}

/** The kinds of the run being read: one array reused from run to run (its length set to the run's), never kept. */
const KINDS: Kind[] = [];

export const personRecognizer: Recognizer = {
  id: 'person',
  phase: 'contextual',
  types: ['PERSON'],
  find(scan) {
    const { text } = scan;
    if (!/\p{L}/u.test(text)) return [];
    const lines = new Lines(scan);
    const emailParts = emailNameParts(scan.original);
    const found: Finding[] = [];

    for (const r of collectRuns(scan, lines)) {
      const caseless = lines.caselessAt(r[0]!.start);
      // Loops and closure-free callbacks below: a closure per run was a tenth of this recognizer's garbage.
      const kinds = KINDS;
      kinds.length = r.length;
      for (let i = 0; i < r.length; i++) kinds[i] = classify(scan, r[i]!, caseless);
      if (kinds.includes('org')) continue;
      // A place word in a capitalised run of two or more makes it a place; location.ts reports it.
      if (r.length >= 2 && r.some(isPlaceWord)) continue;
      // A dictionary word, a place, or a first name that is also a word ("Brown", "Price", "Metz") right after a
      // first name or initial is a surname ("John Baker", "Peggie Brown"); elsewhere it splits the run.
      // Unknown ALL-CAPS words are names when the run has two or more of them ("DEONTE CRONIN"), else acronyms.
      // Known names count towards it only when written in capitals too ("NHS John" is an acronym and a name).
      let capitals = 0;
      for (let i = 0; i < kinds.length; i++) {
        const k = kinds[i];
        if (k === 'caps' || ((k === 'first' || k === 'surname') && ALL_CAPS.test(r[i]!.text))) capitals++;
      }
      const capsRun = capitals >= 2;
      for (let i = 0; i < kinds.length; i++) {
        const prev = kinds[i - 1];
        const afterFirst = prev === 'first' || prev === 'initial';
        // Outside a run of capitals, an unknown short one is an acronym ("John NHS"), a longer one may be a
        // surname typed in capitals ("John KOWALCZYK").
        if (kinds[i] === 'caps')
          kinds[i] = capsRun ? (afterFirst ? 'surname' : 'unknown') : r[i]!.text.length <= 3 ? 'common' : 'word';
        if (kinds[i] === 'word') kinds[i] = !caseless && (afterFirst || prev === 'ambiguous') ? 'surname' : 'common';
        else if (kinds[i] === 'ambiguous' && afterFirst) kinds[i] = 'surname';
      }
      // A run of everyday words, honorifics, particles and initials holds no name: the table questions below
      // (which allocate per call) are skipped for it, most runs being capitalised sentence starts.
      if (!kinds.some(mayBeName)) continue;
      const column = scan.columnHeader(r[0]!.start);
      if (column.some(isPlaceColumn)) continue;
      // Header cells name columns ("| Nom | Ville |": Ville is also a Finnish first name). Only single words on a
      // line without values: a headerless table's first row ("Ann Lee,ann@…") is data.
      if (r.length === 1 && scan.inTableHeader(r[0]!.start) && !VALUES_ON_LINE.test(lineOf(scan, r[0]!.start)))
        continue;
      const personColumn = column.some(isPersonColumn);
      // Split at everyday words and honorifics; each piece [from, to) of the run is a candidate name.
      let from = 0;
      let honorificBefore = false;
      for (let i = 0; i <= kinds.length; i++) {
        const k = kinds[i];
        if (i < kinds.length && k !== 'common' && k !== 'honorific') continue;
        const f = pieceFinding(scan, lines, r, kinds, from, i, honorificBefore || personColumn, caseless, emailParts);
        if (f) found.push(f);
        from = i + 1;
        if (i < kinds.length) honorificBefore = k === 'honorific';
      }
    }
    joinLastFirst(scan, found);
    liftLists(text, found);
    for (const f of lowerCaseNames(scan, lines)) found.push(f);
    // The findings are this call's own objects: rounded in place.
    for (const f of found) f.score = Math.round(f.score * 100) / 100;
    return found;
  },
};

const LINE_START = /^[ \t>*-]*$/;
const HAS_DIGIT = /\d/;
const TIMESTAMP_START = /^[ \t>*-]*\[?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\]?[ \t-]*$/;

/**
 * A chat-transcript speaker ("Alice: hi", "[19:43] Misty: yes"): at the start of a line, a known name, or any
 * name-like word after a timestamp (or, with a dictionary, any word it does not know).
 */
function speaker(scan: Scan, start: number, kinds: readonly Kind[], from: number, to: number): boolean {
  const ks = kinds.slice(from, to);
  const prefix = scan.text.slice(scan.lineAt(start)[0], start);
  if (TIMESTAMP_START.test(prefix) && !LINE_START.test(prefix))
    return ks.some((k) => k !== 'initial' && k !== 'particle');
  if (!LINE_START.test(prefix)) return false;
  return ks.some(
    (k) => k === 'first' || k === 'surname' || k === 'ambiguous' || (k === 'unknown' && scan.lexicon.hasDictionary),
  );
}

/**
 * "Hernandez, Carlos": one word, a comma, then a name, joined when the second is a known first name, the first
 * a known surname or already confident, or the pair fills a line or a table cell on its own ("Ward, Xander"
 * in a list of names, "8672;CORWIN, TATE;…").
 */
function joinLastFirst(scan: Scan, found: Finding[]): void {
  const { text, lexicon } = scan;
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    // Exactly ", " or ",\t" between them (/^,[ \t]$/ without the slice).
    if (b.start - a.end !== 2 || text.charCodeAt(a.end) !== 44) continue;
    const gap = text.charCodeAt(a.end + 1);
    if (gap !== 32 && gap !== 9) continue;
    const aw = text.slice(a.start, a.end);
    const bw = text.slice(b.start, b.end);
    if (aw.includes(' ') || lexicon.isCommon(aw.toLowerCase()) || lexicon.isCommon(bw.split(/\s+/)[0]!.toLowerCase()))
      continue;
    const [ls, le] = scan.lineAt(a.start);
    const before = text.slice(ls, a.start);
    const after = text.slice(b.end, le);
    const alone = /^[\s>*•-]*$|[;|\t,:][ \t]*$/.test(before) && /^[ \t]*(?:$|[;|\t])/.test(after);
    const known = lexicon.isFirstName(bw.split(/\s+/)[0]!.toLowerCase()) || lexicon.isSurname(aw.toLowerCase());
    if (!known && !alone && a.score < 0.5) continue;
    // The findings are this call's own objects: changed in place.
    a.score = Math.max(a.score, b.score, alone || known ? 0.8 : 0.6);
    a.end = b.end;
    found.splice(i + 1, 1);
  }
}

/** ch !== ch.toLowerCase() for the UTF-16 unit ch at `i`; ASCII by comparison (no one-letter string made). */
function changedByLower(text: string, i: number): boolean {
  const x = text.charCodeAt(i);
  if (x < 128) return x >= 65 && x <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/**
 * Lower-case names in mixed-case text ("write a birthday msg for brycen cormier"): a known first name that is
 * no everyday word, then a word that is a known surname, or (full path) no dictionary word, or shaped like a
 * surname. On caseless lines the run logic handles them; this is for the rest.
 */
function lowerCaseNames(scan: Scan, lines: Lines): Finding[] {
  const { text, lexicon } = scan;
  const idx = scan.words();
  const out: Finding[] = [];
  for (let i = 0; i + 1 < idx.lower.length; i++) {
    const start = idx.starts[i]!;
    const w = idx.lower[i]!;
    const s2 = idx.starts[i + 1]!;
    const w2 = idx.lower[i + 1]!;
    // The cheap tests first (one space, then a lower-case word of three letters or more), the lexicon after.
    if (w.length < 3 || w2.length < 3 || s2 !== idx.ends[i]! + 1 || text.charCodeAt(s2 - 1) !== 32) continue;
    if (changedByLower(text, start) || changedByLower(text, s2) || HAS_DIGIT.test(w2) || !lexicon.isFirstName(w))
      continue;
    if (lexicon.isAmbiguousName(w) || lexicon.isCommon(w) || lexicon.isWord(w) || lexicon.place(w)) continue;
    if (lexicon.isCommon(w2)) continue;
    if (lines.caselessAt(start) || scan.isCode(start)) continue;
    let end = idx.ends[i + 1]!;
    // A hyphenated surname ("dahlia block-flatley").
    const hy = /^-[\p{Ll}]+/u.exec(text.slice(end, end + 30));
    if (hy) end += hy[0].length;
    if (/['’]s$/.test(text.slice(s2, end))) end -= 2;
    const surname = lexicon.isSurname(w2);
    const plausible = surname || (lexicon.hasDictionary ? !lexicon.isWord(w2) : SURNAME_SHAPE.test(w2));
    if (!plausible) continue;
    const cue = cueBefore(text, start);
    const score = (surname ? 0.7 : 0.55) + (cue ? 0.15 : 0);
    out.push({ type: 'PERSON', start, end, score, recognizer: 'person' });
    i++;
  }
  return out;
}

// Values on a line: digits, "@", masked spans. Veil's placeholders are not counted: a redacted word (a place, a
// name) was no value, and counting it would make the line read differently once redacted.
const VALUES_ON_LINE = /[\d@\uE000]/;
const PLACEHOLDERS = placeholderRegex('g');
const lineOf = (scan: Scan, pos: number): string => {
  const [s, e] = scan.lineAt(pos);
  return scan.text.slice(s, e).replace(PLACEHOLDERS, ' ');
};
const LIST_GAP = /^(?:,[ \t]*|,?[ \t]+(?:and|&|or|und|et|y|e)[ \t]+)$/;
// A number, a masked or redacted value right after a word: the word labels it ("Rufnummer +49…", "E-Mail: x@…"),
// it is neither a list's name nor a chat speaker.
const VALUE_AFTER = new RegExp(String.raw`^[ \t]*(?:[+\d\uE000]|${PLACEHOLDER_SOURCE})`);

/** Lists of people ("Kónya, Becker and Vasquez"): a confident name lends confidence to its list neighbours. */
function liftLists(text: string, found: Finding[]): void {
  const linked = (a: Finding, b: Finding): boolean => LIST_GAP.test(text.slice(a.end, b.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.score >= 0.5 || f.score < 0.2 || holds(text, ' ', f.start, f.end)) continue;
      if (VALUE_AFTER.test(text.slice(f.end, f.end + 24))) continue;
      const prev = found[i - 1];
      const next = found[i + 1];
      if ((prev && prev.score >= 0.5 && linked(prev, f)) || (next && next.score >= 0.5 && linked(f, next))) {
        f.score = 0.6;
      }
    }
  }
}
