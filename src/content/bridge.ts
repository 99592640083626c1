/**
 * The isolated world's end of the tripwire channel (src/page/channel.ts explains the handshake and
 * the threat model). `connectTripwire()` must run first thing at document_start: it accepts the
 * MAIN world's port only during its own synchronous start-up.
 *
 * Values never cross: the guard hands this module the values it flagged, and only their keyed
 * fingerprints go to the MAIN world.
 */
import { HELLO, PORT, type FromMain, type ToMain, type Via } from '../page/channel';
import { fingerprint, newKey, type FingerprintKey } from '../page/fingerprint';

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

export function connectTripwire(): Tripwire {
  let port: MessagePort | undefined;
  const take = (event: Event): void => {
    if (!port && event instanceof MessageEvent && event.ports[0]) port = event.ports[0];
  };
  document.addEventListener(PORT, take, true);
  document.dispatchEvent(new Event(HELLO)); // MAIN answers synchronously, or not at all
  document.removeEventListener(PORT, take, true);

  const key: FingerprintKey = newKey(random);
  const flagged = new Map<string, [number, number]>();
  const waiting = new Map<number, () => void>();
  let nextAck = 1;
  let listeners: TripwireEvents | undefined;
  let narrowed: Via[] = [];

  const post = (message: ToMain): void => port?.postMessage(message);

  if (port) {
    port.onmessage = (event: MessageEvent<FromMain>) => {
      const m = event.data;
      if (typeof m !== 'object' || m === null) return;
      if (m.t === 'ready' && Array.isArray(m.narrowed)) {
        narrowed = m.narrowed.filter((v): v is Via => VIAS.includes(v));
      } else if (m.t === 'ack') {
        waiting.get(m.ack)?.();
        waiting.delete(m.ack);
      } else if (m.t === 'blocked' && typeof m.host === 'string') listeners?.blocked(m.via, m.host.slice(0, 253));
      else if (m.t === 'unchecked' && typeof m.host === 'string') listeners?.unchecked(m.via, m.host.slice(0, 253));
    };
    post({ t: 'key', b1: key.b1, b2: key.b2 });
  }

  const prints = (values: readonly string[]): [string, [number, number]][] => {
    const out: [string, [number, number]][] = [];
    for (const v of values) {
      const fp = fingerprint(v, key);
      if (fp) out.push([`${fp.n}:${fp.h}`, [fp.n, fp.h]]);
    }
    return out;
  };

  const acked = (message: (ack: number) => ToMain): Promise<void> => {
    if (!port) return Promise.resolve();
    const ack = nextAck++;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(ack);
        resolve(); // MAIN gone quiet: do not hang the send; the guard already decided
      }, 1000);
      waiting.set(ack, () => {
        clearTimeout(timer);
        resolve();
      });
      post(message(ack));
    });
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
      const fresh: number[] = [];
      for (const [id, pair] of prints(values)) {
        if (flagged.has(id)) continue;
        flagged.set(id, pair);
        fresh.push(...pair);
      }
      // Bounded: the oldest flags go first (a tab that has flagged thousands of values).
      while (flagged.size > 5000) flagged.delete(flagged.keys().next().value!);
      if (fresh.length) post({ t: 'flag', fps: fresh });
    },
    unflag(values) {
      const gone: number[] = [];
      for (const [id, pair] of prints(values)) {
        if (flagged.delete(id)) gone.push(...pair);
      }
      if (gone.length === 0) return Promise.resolve();
      return acked((ack) => ({ t: 'unflag', fps: gone, ack }));
    },
    clear() {
      flagged.clear();
      post({ t: 'clear' });
    },
    sync() {
      return acked((ack) => ({ t: 'ping', ack }));
    },
    on(events) {
      listeners = events;
    },
  };
}
