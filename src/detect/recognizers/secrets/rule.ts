/** What a rule's hooks see about one regex match. */
export interface MatchContext {
  /** The whole analysed text. */
  text: string;
  /** The regex match (its index is where the whole match, not the secret, starts). */
  match: RegExpExecArray;
  /** Offsets of the secret (the reported span) in `text`. */
  start: number;
  end: number;
}

/** Context words near the match: Presidio-style score boost, or a hard requirement. */
export interface RuleContextWords {
  /** Lowercase words searched in the text around the secret. */
  words: readonly string[];
  /** Characters searched on each side of the secret (default 120). */
  window?: number;
  /** Drop the match when no word is present. */
  required?: boolean;
  /** Score when a word is present (default: the rule's score). */
  score?: number;
}

/**
 * One secret format, as data. The engine (index.ts) runs `pattern` only when the lower-cased text
 * contains one of `keywords` (gitleaks' prefilter), takes the secret from the capture groups,
 * then applies the gates in this order: length of the capture, `minEntropy`, the documentation
 * allowlist, `validate`, `context`, `score`.
 */
export interface SecretRule {
  /** Stable id, kebab-case; the source rule is named in a comment next to it. */
  id: string;
  /** Reported as the finding's `label`. */
  provider: string;
  /** Lowercase substrings; the rule runs if the lower-cased text contains any. Empty: always runs. */
  keywords: readonly string[];
  /**
   * Global regex (flags `g` and `d`). The secret is the named group `secret` if the pattern has
   * one, else the first capture group that took part in the match, else the whole match.
   * Every pattern is written to be linear: bounded quantifiers, a left boundary so a run of token
   * characters is entered once, and no nested quantifiers over overlapping classes.
   */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  minEntropy?: number;
  /** Structural check on the secret (decodes, checksums, placeholder filters). */
  validate?: (secret: string, ctx: MatchContext) => boolean;
  /** Base score (default 0.9), or a function of the secret; 0 drops the match. */
  score?: number | ((secret: string, ctx: MatchContext) => number);
  context?: RuleContextWords;
  /**
   * For block secrets (PEM): given the offset just after the match, returns where the block ends,
   * or -1 to drop. The span then runs from the match start to that offset. `state` is a scratch
   * object that lives for one scan, so the hook can remember what it already searched.
   */
  blockEnd?: (text: string, from: number, state: Record<string, number>) => number;
  /**
   * The only offsets where a match of `pattern` can start, ascending (found from a literal every match holds:
   * "://", "eyJ", "-us"). The pattern is then tried at those offsets only, as a search over the whole text would
   * meet them, instead of at every position of the text. Not with `blockEnd`: a block's end moves only a
   * whole-text search on.
   */
  starts?: (text: string) => readonly number[];
}
