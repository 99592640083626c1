/**
 * A chat site is data first: where it lives and how to find its composer, send button and replies.
 * Selectors are ordered lists, current first; older ones stay with the date they were last seen
 * so a site that rolls back or A/B-tests keeps working. Behaviour lives in the guard and composer
 * modules; an adapter adds a quirk only with a comment saying why.
 */
export interface SiteAdapter {
  /** Stable id; equals the file name; recorded in the audit trail and used by policy (`disabledSites`). */
  readonly id: string;
  /** Human name for the popup and notices. */
  readonly name: string;
  /** Manifest match patterns; a unit test proves manifest.json lists exactly the union of these. */
  readonly matches: readonly string[];
  readonly selectors: {
    /** The prompt editor (textarea or contenteditable root). */
    readonly composer: readonly string[];
    /** The send button. Empty when the site sends by keyboard only. */
    readonly sendButton: readonly string[];
    /** One assistant reply (container of the rendered answer). */
    readonly reply: readonly string[];
  };
}

export const defineSite = <T extends SiteAdapter>(site: T): T => site;
