/**
 * The private channel between Veil's two content scripts on a page: the isolated-world guard and
 * the MAIN-world tripwire. Shared by both sides so the names and message shapes cannot drift.
 *
 * Handshake. Both scripts run at document_start, MAIN first (manifest order), before any page
 * script exists. MAIN creates a MessageChannel and listens on `document` for HELLO. The isolated
 * script, as its first act, creates a detached element (the checker), listens for PORT and
 * dispatches HELLO as a MouseEvent whose `relatedTarget` is the checker; MAIN keeps the checker
 * and answers synchronously by dispatching a MessageEvent carrying one port; the isolated script
 * takes it and stops listening, all inside its own synchronous start-up. Events dispatched on a
 * DOM node reach listeners in every world, but at that moment no page listener can exist. The
 * isolated script never accepts a port later: if MAIN did not answer then, the tripwire counts as
 * unavailable (reported as degraded).
 *
 * Verdicts. MAIN asks about an outgoing URL or body by dispatching CHECK (a CustomEvent whose
 * detail is the text) on the checker; the isolated world cancels it when the text carries a
 * flagged value, so `dispatchEvent` returns false. It is synchronous, so the wrappers keep their
 * semantics (a synchronous XHR stays synchronous). The isolated world dispatches ARM / DISARM on
 * the checker when the first value is flagged / the last unflagged, so MAIN skips the question
 * when nothing is flagged. The checker is never in the document: no page script can reach it,
 * listen on it or dispatch on it.
 *
 * What a hostile page can do, and why it gains nothing:
 * - Read MAIN's state: there is nothing to read. MAIN holds no value, fingerprint or key; only
 *   the checker, the port and whether anything is flagged. Prototype hooks (an `Object.prototype`
 *   setter, a patched `Array.prototype` or `Promise`) see at most the page's own outgoing text.
 * - Read the channel: it never holds the port or the checker; MAIN captured every intrinsic it
 *   uses on them before page scripts ran.
 * - Forge a verdict: verdicts come from the isolated world's listener on the checker. MAIN's
 *   reports ("a request was blocked") only show a notice and write an audit event.
 * - Use the tripwire as an oracle: a page can learn whether a request of its own was stopped, and
 *   so whether a text it guesses was flagged. That is inherent in blocking anything (the server is
 *   the page's own); SECURITY.md says so.
 * - Impersonate MAIN: it would have to answer HELLO during the isolated script's start-up, before
 *   page scripts run. Impersonating the isolated world (when it never arrived) gives the page a
 *   tripwire guarding the page's own requests, which it could bypass anyway.
 * - Bypass the tripwire: yes. A page that wants to can use a fresh iframe's fetch, a worker, or a
 *   service worker. The tripwire is the last line against the site's ordinary code paths
 *   (programmatic sends, drafts, retries, uploads), not against a site attacking Veil; the composer
 *   guard in the isolated world is the first line.
 */

export const HELLO = 'veil:tripwire-hello';
export const PORT = 'veil:tripwire-port';
/** MAIN -> isolated, on the checker: a CustomEvent whose detail is the text; cancelled = flagged. */
export const CHECK = 'veil:tripwire-check';
/** Isolated -> MAIN, on the checker: something is flagged / nothing is. */
export const ARM = 'veil:tripwire-arm';
export const DISARM = 'veil:tripwire-disarm';

/** MAIN -> isolated world, over the port. */
export type FromMain =
  /** `narrowed`: ways out this browser lacks an API for, left unwrapped. */
  | { t: 'ready'; narrowed?: Via[] }
  | { t: 'blocked'; via: Via; host: string }
  /** A body MAIN could not read (a stream): sent unchecked. */
  | { t: 'unchecked'; via: Via; host: string };

export type Via = 'fetch' | 'xhr' | 'websocket' | 'beacon';
