/**
 * The seam between the guard and the detector: what the policy says about a piece of text.
 *
 * `assess` runs the detector's synchronous fast path and applies the settings: `minScore`, custom
 * keywords and patterns, and one action per finding (the custom pattern's own action, else
 * `actions[type]`, else `actions.default`). The verdict is the strictest action present:
 * block > warn > redact > allow. Texts above SYNC_LIMIT are assessed in chunks with a yield
 * between them, so a 100 KB paste never holds the page's main thread for long.
 */
import { detect, resolveOverlaps, type Action, type DetectOptions, type EntityType, type Finding } from '../detect';
import type { Settings } from '../policy/schema';
import { timed } from './stats';
import { nextTask } from './dom';

export type Verdict = Action;

export interface Flagged {
  finding: Finding;
  action: Exclude<Action, 'allow'>;
  /** The matched text (kept in the isolated world only). */
  value: string;
}

export interface Assessment {
  text: string;
  /** Findings whose action is not `allow`, in text order. */
  flagged: Flagged[];
  verdict: Verdict;
}

/**
 * Above this many characters, detection runs in chunks off the event's task. Measured in Chromium on
 * this 2-core machine: dense text (an address and a phone every 90 characters) costs the fast path
 * up to ~7 ms per 1,000 characters, so 4,000 stays well under a long task.
 */
export const SYNC_LIMIT = 4_000;
/** Paste and drop: larger text is not scanned; the fail mode decides. */
export const MAX_SCAN = 1_000_000;
/** Time one chunk may take; chunk sizes adapt to the text's measured cost per character. */
const CHUNK_BUDGET_MS = 10;
const FIRST_CHUNK = 2_000;
const MIN_CHUNK = 1_000;
const MAX_CHUNK = 24_000;
/** Chunks overlap by this much so a value across a boundary is seen whole (a PEM block is extended to its end). */
const OVERLAP = 1_000;
/** Context read before each chunk. */
const LEAD = 300;

const RANK: Record<Action, number> = { allow: 0, redact: 1, warn: 2, block: 3 };

export function detectOptions(settings: Settings): DetectOptions {
  return {
    minScore: settings.minScore,
    customKeywords: settings.customKeywords,
    customPatterns: settings.customPatterns,
  };
}

export function actionFor(finding: Finding, settings: Settings): Action {
  const { actions } = settings;
  return finding.action ?? actions[finding.type as EntityType] ?? actions.default ?? 'redact';
}

function judge(text: string, findings: readonly Finding[], settings: Settings): Assessment {
  const flagged: Flagged[] = [];
  let verdict: Verdict = 'allow';
  for (const finding of findings) {
    const action = actionFor(finding, settings);
    if (action === 'allow') continue;
    flagged.push({ finding, action, value: text.slice(finding.start, finding.end) });
    if (RANK[action] > RANK[verdict]) verdict = action;
  }
  return { text, flagged, verdict };
}

/** The policy applied to findings made elsewhere (an attached document, read and scanned in the background). */
export const assessFindings = (text: string, findings: readonly Finding[], settings: Settings): Assessment =>
  judge(text, findings, settings);

/** Synchronous: for text up to SYNC_LIMIT (it works on any length, but blocks while it runs). */
export function assess(text: string, settings: Settings): Assessment {
  return judge(text, detect(text, detectOptions(settings)), settings);
}

/**
 * An assessment joined with the full path's findings for the same text (names, places; see
 * full.ts), overlaps resolved as the detector does. Reuses the fast path's findings already in `a`
 * (no second detection pass over the text). `full` offsets must be valid in `a.text`.
 */
export function withFullFindings(a: Assessment, full: readonly Finding[], settings: Settings): Assessment {
  const valid = full.filter((f) => f.end <= a.text.length);
  if (valid.length === 0) return a;
  return judge(a.text, resolveOverlaps([...a.flagged.map((f) => f.finding), ...valid], a.text), settings);
}

/** Where a chunk's slice must end so it does not cut a PEM block (keys run to 3-4 KB) in two. */
function sliceEnd(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length;
  const begin = text.lastIndexOf('-----BEGIN ', end);
  if (begin < start) return end;
  const close = text.indexOf('-----END ', begin);
  if (close < 0 || close < end) return end;
  const lineEnd = text.indexOf('\n', close);
  return Math.min(text.length, lineEnd < 0 ? close + 80 : lineEnd, begin + 16_000);
}

/**
 * The same answer as `assess`, computed in overlapping chunks with a macrotask between them. Each
 * chunk is sized from the cost per character measured so far, to stay near CHUNK_BUDGET_MS. A
 * finding belongs to the chunk where it starts; the overlap lets it end in the next one.
 */
export async function assessChunked(text: string, settings: Settings): Promise<Assessment> {
  if (text.length <= SYNC_LIMIT) return assess(text, settings);
  const options = detectOptions(settings);
  const findings: Finding[] = [];
  let size = FIRST_CHUNK;
  let acceptedEnd = 0;
  for (let start = 0; start < text.length;) {
    const own = Math.min(start + size, text.length);
    // A little context before the chunk: a value that straddles `start` is then seen whole (and
    // dropped here, since the previous chunk owns it) instead of as a fragment.
    const from = Math.max(0, start - LEAD);
    const slice = text.slice(from, sliceEnd(text, start, Math.min(own + OVERLAP, text.length)));
    const t0 = performance.now();
    const found = timed('scan', () => detect(slice, options));
    const perChar = Math.max(performance.now() - t0, 0.5) / slice.length;
    for (const f of found) {
      const s = f.start + from;
      const e = f.end + from;
      if (s < start || s >= own || s < acceptedEnd) continue; // another chunk owns it
      findings.push({ ...f, start: s, end: e });
      acceptedEnd = Math.max(acceptedEnd, e);
    }
    start = own;
    size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, CHUNK_BUDGET_MS / perChar)));
    await nextTask();
  }
  return judge(text, findings, settings);
}

/**
 * The detector's first run on a page compiles its patterns and builds its tables (60-70 ms measured
 * in one piece). Done in idle time after load, so the first keystroke scan or send does not pay it;
 * each step is a separate task: type by type over the whole sample, then every line of it with all
 * types. The sample holds one value of most kinds (fake or published test values, never reported):
 * code the sample does not reach is compiled at the first real send instead. Measured on fresh
 * detector instances (Node, 8 prompts of 2,000 chars): the first detection took a median 52 ms after
 * the earlier one-line sample, 29 ms after this one.
 */
export const WARM_UP_SAMPLE = [
  "Hi Maria Gonzalez, please update the ticket for John O'Brien (DOB 14/03/1985, born in Madrid).",
  'Mail a.b@example.com or call +44 20 7946 0958 / (415) 555-2671; address: 10 Downing Street, London SW1A 2AA.',
  'Card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789, NINO QQ 12 34 56 C, NHS 943 476 5919.',
  'Server 192.168.10.24, MAC 00:1A:2B:3C:4D:5E, key AKIAH5DMECEKP7CD3PMJ, token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8,',
  'password=Tr0ub4dor&3, DNI 12345678Z, Steuer-ID 65929970489, codice fiscale RSSMRA85T10A562S.',
];

export function warmUp(settings: () => Settings, done?: () => void): void {
  const sample = WARM_UP_SAMPLE.join('\n');
  const steps: (() => void)[] = [
    // One street pattern costs most of the street step to compile (~60 of ~95 ms in Node): a step of its own, so
    // that no single idle task holds the page that long.
    () => void detect('10 Downing Street', { ...detectOptions(settings()), types: ['STREET_ADDRESS'] }),
    ...(
      [
        'EMAIL_ADDRESS',
        'PHONE_NUMBER',
        'CREDIT_CARD',
        'IBAN_CODE',
        'SECRET',
        'STREET_ADDRESS',
        'LOCATION',
        'PERSON',
      ] as const
    ).map((type) => () => void detect(sample, { ...detectOptions(settings()), types: [type] })),
    ...WARM_UP_SAMPLE.map((line) => () => void detect(line, detectOptions(settings()))),
  ];
  const step = (): void => {
    const next = steps.shift();
    if (!next) {
      done?.();
      return;
    }
    timed('warmup', next);
    schedule();
  };
  const schedule = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 2000 });
    else setTimeout(step, 50);
  };
  schedule();
}
