/**
 * The private channel between Veil's two content scripts on a page: the isolated-world guard and
 * the MAIN-world tripwire. Shared by both sides so the names and message shapes cannot drift.
 *
 * Handshake. Both scripts run at document_start, MAIN first (manifest order), before any page
 * script exists. MAIN creates a MessageChannel and listens on `document` for HELLO. The isolated
 * script, as its first act, listens for PORT and dispatches HELLO; MAIN answers synchronously by
 * dispatching a MessageEvent carrying one port; the isolated script takes it and stops listening,
 * all inside its own synchronous start-up. Events dispatched on a DOM node reach listeners in every
 * world, but at that moment no page listener can exist. The isolated script never accepts a port
 * later: if MAIN did not answer then, the tripwire counts as unavailable (reported as degraded).
 *
 * What a hostile page can do, and why it gains nothing:
 * - Read the channel: it never holds the port. MAIN captured every intrinsic it uses on the port
 *   (postMessage, the MessageEvent `data` getter) before page scripts ran, so patching prototypes
 *   later does not hand the port or its messages to the page.
 * - Learn values or findings: none cross. The isolated world sends only fingerprints (keyed hashes
 *   of normalised values, see fingerprint.ts) and the key; MAIN keeps them in closures. MAIN never
 *   sees a value, a type or a placeholder.
 * - Forge a verdict: verdicts are computed inside MAIN's closure from those fingerprints; nothing
 *   the page sends can unflag a value (only the isolated world can, over the port). MAIN's reports
 *   to the isolated world ("a request was blocked") only show a notice and write an audit event;
 *   they cannot lower protection.
 * - Impersonate MAIN: it would have to answer HELLO during the isolated script's start-up, before
 *   page scripts run. Impersonating the isolated world (when it never arrived) gives the page a
 *   port to a tripwire guarding the page's own requests, which it could bypass anyway.
 * - Bypass the tripwire: yes. A page that wants to can use a fresh iframe's fetch, a worker, or a
 *   service worker. The tripwire is the last line against the site's ordinary code paths
 *   (programmatic sends, drafts, retries, uploads), not against a site attacking Veil; the composer
 *   guard in the isolated world is the first line.
 */

export const HELLO = 'veil:tripwire-hello';
export const PORT = 'veil:tripwire-port';

/** Isolated world -> MAIN. Fingerprints travel flat: [n0, h0, n1, h1, ...]. */
export type ToMain =
  | { t: 'key'; b1: number; b2: number }
  | { t: 'flag'; fps: number[] }
  | { t: 'unflag'; fps: number[]; ack: number }
  | { t: 'clear' }
  | { t: 'ping'; ack: number };

/** MAIN -> isolated world. */
export type FromMain =
  /** `narrowed`: ways out this browser lacks an API for, left unwrapped. */
  | { t: 'ready'; narrowed?: Via[] }
  | { t: 'ack'; ack: number }
  | { t: 'blocked'; via: Via; host: string }
  /** A body MAIN could not read (a stream): sent unchecked. */
  | { t: 'unchecked'; via: Via; host: string };

export type Via = 'fetch' | 'xhr' | 'websocket' | 'beacon';
