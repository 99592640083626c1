import nlp from 'compromise';
import type { DetectOptions, EntityType, Finding } from '../types';
import type { Scan } from '../scan';
import { analyze, DEFAULT_MIN_SCORE } from '../analyze';
import { FAST_RECOGNIZERS } from '../registry';
import { fullLexicon } from './lexicon';
import { selectWindows, type Window } from './windows';
import { PLACEHOLDER_SOURCE } from '../placeholder';

const MASK_OR_PLACEHOLDER = new RegExp(`\\uE000|${PLACEHOLDER_SOURCE}`, 'g');

/**
 * The full path: every fast-path recognizer (with compromise's dictionary as their lexicon), then compromise's
 * people(), places() and organizations() on windows the recognizers could not explain (see windows.ts).
 * Synchronous; the extension runs it in an offscreen document, never on the page's main thread.
 *
 * compromise findings are scored below Presidio's NER (0.85 there): PERSON 0.7, LOCATION 0.6; agreement with
 * the recognizers' own weaker evidence raises them. Its organizations() is not used: on the presidio-research
 * set it added nothing over the legal-form recognizer, and it tags acronyms (JSON, TLS) as organisations.
 */

/**
 * Characters of text compromise may read per call: all of a prompt, a small share of a big paste. compromise
 * tags ~0.06-0.1 M chars/s on this machine, so 2 KB costs ~20-30 ms and the full path keeps ~1 MB/s on 100 KB.
 */
export function compromiseBudget(length: number): number {
  return Math.round(2000 + 0.005 * length);
}

interface Term {
  text?: string;
  offset: { start: number; length: number };
}
interface Match {
  text: string;
  terms: Term[];
}

interface Selection {
  json(options: object): unknown;
}
// people() as a plain view: its own json() also parses each name and guesses a gender (~1 ms per 100 KB paste).
const TYPE_SCORE: [EntityType, (doc: ReturnType<typeof nlp>) => Selection, number][] = [
  ['PERSON', (d) => d.people().toView(null), 0.7],
  ['LOCATION', (d) => d.places(), 0.6],
];

interface PostTagRule {
  tag?: unknown;
  unTag?: unknown;
}
interface World {
  hooks: string[];
  model: { two?: { matches?: PostTagRule[] } };
}
// compromise's last analysis step groups terms into noun and verb phrases ("chunks"); people() and places() match
// tags only. Skipping it saves ~5% of compromise's time.
const UNUSED_HOOKS = new Set(['chunks']);

// The tags a post-tagger rule must set or remove to change what people() and places() return: a person's or a
// place's, and those of what competes with them for a capitalised word (an organisation, a month, a holiday).
const NAME_TAGS =
  /Person|FirstName|LastName|Honorific|Place|Country|Region|City|Address|Organization|SportsTeam|Month|Date|WeekDay|Holiday/;

/**
 * compromise's post-tagger runs 570 correction rules over every sentence; 101 of them tag names, places or their
 * rivals, the rest verbs, adjectives, numbers… that people() and places() never read. Keeping only those cut the
 * full path's p50 on 2,000-character prompts by 22-25% (100 KB pastes by 5-13%), with the same findings on all
 * 6,724 texts of test/bench/findings.ts; dropping the post-tagger altogether lost 10 of 2,872 corpus names
 * ("Benedict Johnson" became "Johnson"). compromise builds its rule index on first use, so this runs at import,
 * before any text is tagged. An internal of compromise 14, guarded: another layout leaves the rules whole.
 */
function keepNameRules(world: Partial<World>): void {
  const rules = world.model?.two?.matches;
  if (!Array.isArray(rules)) return;
  world.model!.two!.matches = rules.filter((r) => NAME_TAGS.test(`${String(r.tag ?? '')} ${String(r.unTag ?? '')}`));
}
keepNameRules(nlp.world() as Partial<World>);

/** nlp(text) without the analysis steps people() and places() do not read. */
function tagged(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as Partial<World>;
  const hooks = world.hooks;
  // An internal of compromise 14 (no public option skips a step): another version may lay its world out otherwise.
  if (!Array.isArray(hooks)) return nlp(text);
  // compromise reads its hook list from its world on each call: swapped for this synchronous call only.
  world.hooks = hooks.filter((h) => !UNUSED_HOOKS.has(h));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

// compromise's own false positives: acronyms as organisations (JSON, TLS), "det" in maths (research memo §5).
const ACRONYM = /^\p{Lu}{2,5}s?$/u;

function compromiseFindings(
  scan: Scan,
  windows: readonly Window[],
  found: readonly Finding[],
  minScore: number,
): Finding[] {
  if (windows.length === 0) return [];
  const { text } = scan;
  // What the recognizers report (phones, addresses, names…), masked spans and Veil's placeholders all become
  // spaces: compromise reads the same words before and after redaction, so it cannot find a name in redacted
  // text that it did not find in the original.
  const blanks = found.filter((f) => f.score >= minScore).sort((a, b) => a.start - b.start);
  const blank = (from: number, to: number): string => {
    let s = text.slice(from, to);
    for (const f of blanks) {
      if (f.end <= from || f.start >= to) continue;
      const a = Math.max(f.start, from) - from;
      const b = Math.min(f.end, to) - from;
      s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
    }
    return s.replace(MASK_OR_PLACEHOLDER, (m) => ' '.repeat(m.length));
  };
  // One compromise call over all windows, "\n\n" between them (it starts a new sentence there).
  const starts: number[] = [];
  let joined = '';
  for (const w of windows) {
    starts.push(joined.length);
    joined += blank(w.start, w.end) + '\n\n';
  }
  const toText = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return windows[lo]!.start + (pos - starts[lo]!);
  };
  const doc = tagged(joined);
  const out: Finding[] = [];
  for (const [type, select, base] of TYPE_SCORE) {
    for (const m of select(doc).json({ offset: true, terms: { offset: true } }) as Match[]) {
      // compromise may attach punctuation-only terms (", ") to a match: keep the terms with letters.
      const terms = m.terms.filter((t) => /\p{L}/u.test(t.text ?? ''));
      const first = terms[0];
      const last = terms[terms.length - 1];
      if (!first || !last) continue;
      const start = toText(first.offset.start);
      const end = toText(last.offset.start + last.offset.length);
      if (start < 0 || end > text.length || !windows.some((w) => w.start <= start && end <= w.end)) continue;
      const value = text.slice(start, end);
      if (end <= start || /\n/.test(value) || ACRONYM.test(value)) continue;
      const lower = value.toLowerCase();
      // Names and places have no digits ("MAJ-95395,audio" is a SKU); a place made only of dictionary words
      // ("Site Reliability") is a title, not a place compromise knows.
      if (/\d/.test(value) || lower.split(/\s+/).every((w) => scan.lexicon.isCommon(w))) continue;
      // On a mixed-case line a name is capitalised ("third person" is not one).
      if (value === lower && !/^[^\p{Lu}\n]*$/u.test(text.slice(...scan.lineAt(start)))) continue;
      if (type === 'LOCATION' && !scan.lexicon.place(lower) && !placeShaped(scan, lower)) continue;
      // Agreement with a recognizer's sub-threshold finding of the same type on the same words.
      const agrees = found.some((f) => f.type === type && f.start < end && start < f.end && f.score >= 0.3);
      const score = type === 'ORGANIZATION' ? base : agrees ? Math.min(0.9, base + 0.15) : base;
      out.push({ type, start, end, score, recognizer: 'compromise' });
    }
  }
  return out;
}

/**
 * compromiseFindings, and a second read of the windows where it found something, with those findings blanked as
 * they will be once redacted: compromise tags a word by its neighbours, and a name it found can hide another
 * ("Smith [EMAIL_2]: 221B Baker StreetJohn" gives "Baker StreetJohn"; with that blanked, "Smith" too). What the
 * second read finds lies outside everything the first found (that was blanked). Costs 1-4% of the full path on
 * the bench's prompts.
 */
function withReread(scan: Scan, windows: readonly Window[], found: readonly Finding[], minScore: number): Finding[] {
  const first = compromiseFindings(scan, windows, found, minScore);
  const shown = first.filter((f) => f.score >= minScore);
  const touched = windows.filter((w) => shown.some((f) => f.start < w.end && w.start < f.end));
  if (touched.length === 0) return first;
  return [...first, ...compromiseFindings(scan, touched, [...found, ...first], minScore)];
}

// English abstract-noun endings: "Site Reliability", "Data Engineering Management" are titles, not places.
const ABSTRACT = /(?:ity|tion|sion|ness|ment|ance|ence|ism|ology|ics)$/;

/** A phrase compromise calls a place that could be one: not only dictionary words, no abstract nouns. */
function placeShaped(scan: Scan, lower: string): boolean {
  const words = lower.split(/[\s-]+/);
  return !words.some((w) => ABSTRACT.test(w)) && !words.every((w) => scan.lexicon.isWord(w));
}

/** Fast path + compromise (names, places, organisations). */
export function detectFull(text: string, options: DetectOptions = {}): Finding[] {
  const minScore = typeof options.minScore === 'number' ? options.minScore : DEFAULT_MIN_SCORE;
  const wantsNlp =
    !options.types || options.types.some((t) => t === 'PERSON' || t === 'LOCATION' || t === 'ORGANIZATION');
  return analyze(text, FAST_RECOGNIZERS, options, {
    lexicon: fullLexicon(),
    ...(wantsNlp
      ? {
          after: (scan: Scan, found: readonly Finding[]) =>
            withReread(scan, selectWindows(scan, found, minScore, compromiseBudget(text.length)), found, minScore),
        }
      : {}),
  });
}
