/**
 * A chat site is data first, and this is everything Veil knows about one. No DOM, no browser
 * API: the content script, the service worker and the UI all import it from below.
 *
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
  /** Match patterns: the built manifest's content scripts run on the union of these (scripts/manifest.ts). */
  readonly matches: readonly string[];
  readonly selectors: {
    /** The prompt editor (textarea or contenteditable root). */
    readonly composer: readonly string[];
    /** The send button. Empty when the site sends by keyboard only. */
    readonly sendButton: readonly string[];
    /** One assistant reply (container of the rendered answer). */
    readonly reply: readonly string[];
    /**
     * The box that opens when the user edits an earlier prompt, while the composer stays on the
     * page. Guarded like the composer; an edit box not listed here is still guarded by the generic
     * rule (the editable the user typed in, plus the control that sends it: guard/editables.ts).
     */
    readonly editBox?: readonly string[];
    /** The control that sends an edited prompt (often "Save" or "Send" next to the edit box). */
    readonly saveButton?: readonly string[];
  };
  /**
   * How the site shows that a reply is still being written, so replies are labelled only once
   * finished: a stop control anywhere in the page, a marker around the reply, or one inside it.
   * Absent: the reply is finished once it stops changing. Sources: chat-sites.md §1, §3.4.
   */
  readonly streaming?: {
    readonly stop?: readonly string[];
    readonly around?: readonly string[];
    readonly inside?: readonly string[];
  };
  /**
   * Domains the site serves its own images and files from (its origin, CDNs, proxies), matched
   * as the domain or any subdomain; an image anywhere else in a reply is third-party and can carry
   * data out (src/exfil/urls.ts). Sources: page sources and network logs in chat-sites.md.
   */
  readonly firstPartyHosts: readonly string[];
}

export const defineSite = <T extends SiteAdapter>(site: T): T => site;
