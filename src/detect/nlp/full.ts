import nlp from 'compromise';
import type { DetectOptions, EntityType, Finding } from '../types';
import type { Scan } from '../scan';
import { analyze, DEFAULT_MIN_SCORE } from '../analyze';
import { FAST_RECOGNIZERS } from '../registry';
import { fullLexicon } from './lexicon';
import { selectWindows, type Window } from './windows';

/**
 * The full path: every fast-path recognizer (with compromise's dictionary as their lexicon), then compromise's
 * people(), places() and organizations() on windows the recognizers could not explain (see windows.ts).
 * Synchronous; the extension runs it in an offscreen document, never on the page's main thread.
 *
 * compromise findings are scored like Presidio scores NER (0.85 there): PERSON 0.7, LOCATION 0.6; agreement
 * with the recognizers' own weaker evidence raises them; ORGANIZATION stays low (0.4) as on the fast path.
 */

/** Characters of text compromise may read per call: all of a prompt, a small share of a big paste. */
export function compromiseBudget(length: number): number {
  return Math.round(3000 + 0.03 * length);
}

interface Term {
  offset: { start: number; length: number };
}
interface Match {
  text: string;
  terms: Term[];
}

interface Selection {
  json(options: object): unknown;
}
const TYPE_SCORE: [EntityType, (doc: ReturnType<typeof nlp>) => Selection, number][] = [
  ['PERSON', (d) => d.people(), 0.7],
  ['LOCATION', (d) => d.places(), 0.6],
  ['ORGANIZATION', (d) => d.organizations(), 0.4],
];

// compromise's own false positives: acronyms as organisations (JSON, TLS), "det" in maths (research memo §5).
const ACRONYM = /^\p{Lu}{2,5}s?$/u;

function compromiseFindings(scan: Scan, windows: readonly Window[], found: readonly Finding[]): Finding[] {
  if (windows.length === 0) return [];
  const { text } = scan;
  // One compromise call over all windows, "\n\n" between them (it starts a new sentence there).
  const starts: number[] = [];
  let joined = '';
  for (const w of windows) {
    starts.push(joined.length);
    joined += text.slice(w.start, w.end) + '\n\n';
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
  const doc = nlp(joined);
  const out: Finding[] = [];
  for (const [type, select, base] of TYPE_SCORE) {
    for (const m of select(doc).json({ offset: true, terms: { offset: true } }) as Match[]) {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      if (!first || !last) continue;
      const start = toText(first.offset.start);
      const end = toText(last.offset.start + last.offset.length);
      const value = text.slice(start, end);
      if (end <= start || /\n/.test(value) || ACRONYM.test(value)) continue;
      const lower = value.toLowerCase();
      if (lower.split(/\s+/).every((w) => scan.lexicon.isCommon(w))) continue;
      // Agreement with a recognizer's sub-threshold finding of the same type on the same words.
      const agrees = found.some((f) => f.type === type && f.start < end && start < f.end && f.score >= 0.3);
      const score = type === 'ORGANIZATION' ? base : agrees ? Math.min(0.9, base + 0.15) : base;
      out.push({ type, start, end, score, recognizer: 'compromise' });
    }
  }
  return out;
}

/** Fast path + compromise (names, places, organisations). */
export function detectFull(text: string, options: DetectOptions = {}): Finding[] {
  const minScore = typeof options.minScore === 'number' ? options.minScore : DEFAULT_MIN_SCORE;
  const wantsNlp = !options.types || options.types.some((t) => t === 'PERSON' || t === 'LOCATION' || t === 'ORGANIZATION');
  return analyze(text, FAST_RECOGNIZERS, options, {
    lexicon: fullLexicon(),
    ...(wantsNlp
      ? {
          after: (scan: Scan, found: readonly Finding[]) =>
            compromiseFindings(scan, selectWindows(scan, found, minScore, compromiseBudget(text.length)), found),
        }
      : {}),
  });
}
