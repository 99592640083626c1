/**
 * SECRET recognizer: credentials, keys and tokens, labelled with their provider.
 *
 * How it works (gitleaks' design, our code): every rule in ./rules is data — keywords, a regex
 * with a capture group, an entropy floor, a validator. One pass of an Aho-Corasick automaton over
 * the lower-cased text (keywords.ts) tells which keywords occur; only rules with a keyword present
 * run their regex, so ordinary prose pays for one table walk and a handful of regexes. Entropy is
 * only a gate after a structural match, never a detector on its own: git SHAs, UUIDs, `sha512-`
 * integrity strings and base64 images have high entropy and no credential structure.
 *
 * Decisions callers should know:
 * - Spans cover the secret itself: the value of `password=…` (not the key name); the whole
 *   `user:password` of a URI (`password` alone when the user is empty); the whole PEM block from
 *   BEGIN to END; the whole URL for webhook URLs (Slack, Discord, Teams), whose path is the secret.
 * - Placeholders and documentation keys (`changeme`, `${DB_PASSWORD}`, `<your token>`, `xxxxx`,
 *   AKIAIOSFODNN7EXAMPLE) are dropped, not reported with a low score (see allowlist.ts).
 * - Scores: 1 for PEM blocks; 0.95 for prefixed tokens with fixed length; 0.85-0.9 for formats that
 *   need a variable name or context (AWS secret key, Datadog, Heroku UUID keys, Azure client
 *   secrets), connection strings and Authorization headers; 0.7-0.8 for generic `secret:` /
 *   `api_key=` assignments; 0.55-0.75 for passwords; 0.6-0.75 for short-prefix formats (Twilio SK,
 *   Mailgun key-, Sentry DSN public key) unless a context word raises them.
 * - Overlaps are resolved here (higher score, then longer span, then table order), so that a
 *   vendor token inside `token: ghp_…` is reported once, as GitHub, not also as a generic secret.
 */
import type { Finding } from '../../types';
import { isDocumentationToken } from './allowlist';
import { shannonEntropy } from './entropy';
import { KeywordScanner } from './keywords';
import type { MatchContext, SecretRule } from './rule';
import { rules } from './rules';
import { around } from './rules/util';
import { matchesAt } from '../../text';

export { rules } from './rules';
export type { SecretRule, MatchContext } from './rule';
export { shannonEntropy } from './entropy';

/** Recognizer id (Finding.recognizer). */
export const id = 'secret';

const DEFAULT_SCORE = 0.95;
const DEFAULT_CONTEXT_WINDOW = 120;

// Every distinct keyword once, in one automaton; each rule keeps the indices of its keywords.
const keywordList = [...new Set(rules.flatMap((r) => r.keywords))];
const keywordIndex = new Map(keywordList.map((k, i) => [k, i]));
const ruleKeywords = rules.map((r) => r.keywords.map((k) => keywordIndex.get(k) ?? -1));
const scanner = new KeywordScanner(keywordList);

/** A finding with the rule that produced it (for tests and debugging). */
export interface SecretMatch {
  ruleId: string;
  provider: string;
  start: number;
  end: number;
  score: number;
}

/** All secrets in `text`, as SECRET findings labelled with the provider. */
export function findSecrets(text: string): Finding[] {
  return findSecretMatches(text).map((m) => ({
    type: 'SECRET',
    start: m.start,
    end: m.end,
    score: m.score,
    label: m.provider,
    recognizer: id,
  }));
}

/** Same signature as the other recognizers (`find(text)`), for the analyzer's table. */
export const find = findSecrets;

/** Like findSecrets, with the rule id of each match. Non-overlapping, sorted by start. */
export function findSecretMatches(text: string): SecretMatch[] {
  if (text.length === 0) return [];
  const hit = scanner.scanFolded(text);
  const found: Candidate[] = [];
  for (let order = 0; order < rules.length; order++) {
    if (anyHit(ruleKeywords[order]!, hit)) scanRule(rules[order]!, order, text, found);
  }
  return resolveOverlaps(found);
}

/** Whether one of a rule's keywords occurs (a rule without keywords always runs). A loop, not `some`: this runs
 * for every rule on every call, and a closure per rule was most of what the recognizer allocated on short texts. */
function anyHit(keywords: readonly number[], hit: Uint8Array): boolean {
  if (keywords.length === 0) return true;
  for (const k of keywords) if (hit[k] === 1) return true;
  return false;
}

/** A match before overlap resolution; `order` is the rule's index in the table (the tie-break). */
type Candidate = SecretMatch & { order: number };

function scanRule(rule: SecretRule, order: number, text: string, out: Candidate[]): void {
  const re = rule.pattern;
  const state: Record<string, number> = {};
  if (rule.starts) {
    for (const m of matchesAt(re, text, rule.starts(text))) take(rule, order, text, m, state, out);
    return;
  }
  // A whole-text search goes on from re.lastIndex, which a block end may move forward (take); no generator, whose
  // step results were garbage of every call.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else take(rule, order, text, m, state, out);
  }
}

function take(
  rule: SecretRule,
  order: number,
  text: string,
  m: RegExpExecArray,
  state: Record<string, number>,
  out: Candidate[],
): void {
  let [start, end] = secretSpan(m);
  if (rule.blockEnd) {
    end = rule.blockEnd(text, m.index + m[0].length, state);
    if (end < 0) return;
    start = m.index;
    rule.pattern.lastIndex = Math.max(rule.pattern.lastIndex, end);
  }
  const secret = text.slice(start, end);
  const ctx: MatchContext = { text, match: m, start, end };
  const score = judge(rule, secret, ctx);
  if (score > 0) out.push({ ruleId: rule.id, provider: rule.provider, start, end, score, order });
}

/** [start, end) of the secret: named group `secret`, else the first group that matched, else the match. */
function secretSpan(m: RegExpExecArray): [number, number] {
  const indices = m.indices;
  const named = indices?.groups?.secret;
  if (named) return named;
  if (indices) {
    for (let i = 1; i < m.length; i++) {
      const span = indices[i];
      if (m[i] !== undefined && span) return span;
    }
  }
  return [m.index, m.index + m[0].length];
}

/** Runs a rule's gates on one candidate; returns its score, or 0 to drop it. */
function judge(rule: SecretRule, secret: string, ctx: MatchContext): number {
  if (secret.length === 0) return 0;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return 0;
  if (isDocumentationToken(secret)) return 0;
  if (rule.validate && !rule.validate(secret, ctx)) return 0;
  let score = typeof rule.score === 'function' ? rule.score(secret, ctx) : (rule.score ?? DEFAULT_SCORE);
  if (rule.context) {
    const near = around(ctx.text, ctx.start, ctx.end, rule.context.window ?? DEFAULT_CONTEXT_WINDOW);
    const hit = rule.context.words.some((w) => near.includes(w));
    if (!hit && rule.context.required) return 0;
    if (hit && rule.context.score !== undefined) score = Math.max(score, rule.context.score);
  }
  return score;
}

/**
 * Keeps the best of overlapping matches: higher score, then longer, then earlier in the table.
 * Matches are first split into clusters of transitively overlapping spans (one sort by start), so
 * the common case — thousands of disjoint findings in a large paste — costs O(k log k).
 */
function resolveOverlaps(found: Candidate[]): SecretMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretMatch[] = [];
  const emit = (f: Candidate): void => {
    out.push({ ruleId: f.ruleId, provider: f.provider, start: f.start, end: f.end, score: f.score });
  };
  for (let i = 0; i < found.length;) {
    let clusterEnd = found[i]!.end;
    let j = i + 1;
    while (j < found.length && found[j]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, found[j++]!.end);
    if (j - i === 1) emit(found[i]!);
    else bestOf(found.slice(i, j)).forEach(emit);
    i = j;
  }
  return out;
}

/** Greedy choice inside one cluster; the result is disjoint and sorted by start. */
function bestOf(cluster: Candidate[]): Candidate[] {
  cluster.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const f of cluster) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
