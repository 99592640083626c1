/**
 * The isolated world's end of the tripwire channel (src/page/channel.ts explains the handshake and
 * the threat model). `connectTripwire()` must run first thing at document_start: it accepts the
 * MAIN world's port only during its own synchronous start-up.
 *
 * Nothing derived from a value crosses: the guard hands this module the values it flagged, this
 * module keeps their keyed fingerprints (the key never leaves this world), and MAIN only asks,
 * per outgoing text, whether it carries one of them.
 */
import { bodyViews, type Intrinsics } from '../page/decode';
import { ARM, CHECK, DISARM, HELLO, PORT, type FromMain, type Via } from '../page/channel';
import {
  containsFlagged,
  fingerprint,
  groupFingerprints,
  newKey,
  normaliseCodes,
  type Fingerprint,
  type FingerprintGroup,
  type FingerprintKey,
} from '../page/fingerprint';

export interface TripwireEvents {
  blocked(via: Via, host: string): void;
  unchecked(via: Via, host: string): void;
}

export interface Tripwire {
  /** The MAIN world answered the handshake. */
  readonly connected: boolean;
  /** Ways out the MAIN world could not wrap in this browser (a missing API). */
  readonly narrowed: readonly Via[];
  /** How many distinct fingerprints are flagged now (for tests and the health check). */
  readonly size: number;
  /** Flag values: a request carrying any of them is stopped. */
  flag(values: readonly string[]): void;
  /** Stop flagging values the user chose to send anyway; resolves once MAIN has applied it. */
  unflag(values: readonly string[]): Promise<void>;
  /** Forget every flag (Veil switched off for this site). */
  clear(): void;
  /** Resolves when every earlier message has been applied by MAIN. */
  sync(): Promise<void>;
  on(events: TripwireEvents): void;
}

const VIAS: readonly Via[] = ['fetch', 'xhr', 'websocket', 'beacon'];

const random = (max: number): number => {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % max;
};

const native: Intrinsics = {
  charCodeAt: (s, i) => s.charCodeAt(i),
  fromCharCodes: (codes) => {
    let out = '';
    for (let i = 0; i < codes.length; i += 4096) {
      out += String.fromCharCode(...Array.prototype.slice.call(codes, i, i + 4096));
    }
    return out;
  },
  utf8: (bytes) => new TextDecoder().decode(bytes),
};

export function connectTripwire(): Tripwire {
  let port: MessagePort | undefined;
  const checker = document.createElement('span'); // never inserted: only MAIN and this world hold it
  const take = (event: Event): void => {
    if (!port && event instanceof MessageEvent && event.ports[0]) port = event.ports[0];
  };
  document.addEventListener(PORT, take, true);
  document.dispatchEvent(new MouseEvent(HELLO, { relatedTarget: checker })); // MAIN answers synchronously, or not at all
  document.removeEventListener(PORT, take, true);

  const key: FingerprintKey = newKey(random);
  const flagged = new Map<string, Fingerprint>();
  let groups: FingerprintGroup[] = [];
  let listeners: TripwireEvents | undefined;
  let narrowed: Via[] = [];

  /** Recomputes the lookup table and tells MAIN whether to ask at all. */
  const changed = (): void => {
    const wasArmed = groups.length > 0;
    groups = groupFingerprints([...flagged.values()]);
    const armed = groups.length > 0;
    if (armed !== wasArmed) checker.dispatchEvent(new Event(armed ? ARM : DISARM));
  };

  const carriesFlagged = (text: string): boolean => {
    if (groups.length === 0) return false;
    for (const view of bodyViews(text, native)) {
      if (containsFlagged(normaliseCodes(view), key, groups)) return true;
    }
    return false;
  };

  if (port) {
    checker.addEventListener(CHECK, (event) => {
      const text = (event as CustomEvent<unknown>).detail;
      if (typeof text === 'string' && carriesFlagged(text)) event.preventDefault();
    });
    port.onmessage = (event: MessageEvent<FromMain>) => {
      const m = event.data;
      if (typeof m !== 'object' || m === null) return;
      if (m.t === 'ready' && Array.isArray(m.narrowed)) {
        narrowed = m.narrowed.filter((v): v is Via => VIAS.includes(v));
      } else if (m.t === 'blocked' && typeof m.host === 'string') listeners?.blocked(m.via, m.host.slice(0, 253));
      else if (m.t === 'unchecked' && typeof m.host === 'string') listeners?.unchecked(m.via, m.host.slice(0, 253));
    };
  }

  const prints = (values: readonly string[]): [string, Fingerprint][] => {
    const out: [string, Fingerprint][] = [];
    for (const v of values) {
      const fp = fingerprint(v, key);
      if (fp) out.push([`${fp.n}:${fp.h}`, fp]);
    }
    return out;
  };

  return {
    get connected() {
      return port !== undefined;
    },
    get narrowed() {
      return narrowed;
    },
    get size() {
      return flagged.size;
    },
    flag(values) {
      let fresh = false;
      for (const [id, fp] of prints(values)) {
        if (flagged.has(id)) continue;
        flagged.set(id, fp);
        fresh = true;
      }
      // Bounded: the oldest flags go first (a tab that has flagged thousands of values).
      while (flagged.size > 5000) flagged.delete(flagged.keys().next().value!);
      if (fresh) changed();
    },
    unflag(values) {
      let gone = false;
      for (const [id] of prints(values)) gone = flagged.delete(id) || gone;
      if (gone) changed();
      return Promise.resolve(); // verdicts are asked synchronously: applied already
    },
    clear() {
      flagged.clear();
      changed();
    },
    sync() {
      return Promise.resolve();
    },
    on(events) {
      listeners = events;
    },
  };
}
