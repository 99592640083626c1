/**
 * The tripwire: Veil's last line of defence, in the page's MAIN world at document_start (before any
 * page script). It wraps fetch, XMLHttpRequest, WebSocket.send and navigator.sendBeacon, and stops
 * a request whose URL or body still carries a value flagged in this tab (by the composer guard, the
 * typing scan, a paste or a file). It knows values only as keyed fingerprints (fingerprint.ts); the
 * channel to the isolated world and what a hostile page can and cannot do are in channel.ts.
 *
 * No extension API exists here. Everything taken from the page's globals is captured now, before
 * page scripts can replace it. Bodies it cannot read (streams) pass and are reported; anything
 * unparseable is treated as text. When nothing is flagged the wrappers cost one comparison.
 */
import { HELLO, PORT, type FromMain, type ToMain, type Via } from './channel';
import { bodyViews, type Intrinsics } from './decode';
import {
  containsFlagged,
  groupFingerprints,
  normaliseCodes,
  type Fingerprint,
  type FingerprintGroup,
  type FingerprintKey,
} from './fingerprint';

(() => {
  const w = window;

  // ---- intrinsics, captured before any page script runs ------------------------------------
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getDescriptor = Object.getOwnPropertyDescriptor;
  const StringProto = String.prototype;
  const charCodeAtFn = StringProto.charCodeAt;
  const fromCharCode = String.fromCharCode;
  const TextDecoderC = TextDecoder;
  const decodeFn = TextDecoder.prototype.decode;
  const decoder = new TextDecoderC('utf-8');
  const BlobC = Blob;
  const blobText = Blob.prototype.text;
  const blobSize = getDescriptor(Blob.prototype, 'size')!.get!;
  const FormDataC = FormData;
  const formEntries = FormData.prototype.entries;
  const URLSearchParamsC = URLSearchParams;
  const searchToString = URLSearchParams.prototype.toString;
  const RequestC = Request;
  const requestClone = Request.prototype.clone;
  const requestUrl = getDescriptor(Request.prototype, 'url')!.get!;
  // Firefox (ESR 153) has no Request.prototype.body getter: without it every Request is read
  // from a clone (text() of a body-less one is ''), so nothing goes unchecked.
  const requestBody = getDescriptor(Request.prototype, 'body')?.get;
  const requestText = Request.prototype.text;
  const ArrayBufferC = ArrayBuffer;
  const isView = ArrayBuffer.isView;
  const Uint8ArrayC = Uint8Array;
  const portPost = MessagePort.prototype.postMessage;
  const portStart = MessagePort.prototype.start;
  const eventData = getDescriptor(MessageEvent.prototype, 'data')!.get!;
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const setTimeoutFn = w.setTimeout;
  const Promise_ = Promise;
  const promiseThen = Promise.prototype.then;
  const WeakMapC = WeakMap;
  const weakGet = WeakMap.prototype.get;
  const weakSet = WeakMap.prototype.set;
  const URLC = URL;
  const urlHost = getDescriptor(URL.prototype, 'host')!.get!;
  const locationHref = (): string => w.location.href;
  const ProgressEventC = ProgressEvent;
  const EventC = Event;

  const x: Intrinsics = {
    charCodeAt: (s, i) => apply(charCodeAtFn, s, [i]) as number,
    fromCharCodes: (codes) => {
      let out = '';
      for (let i = 0; i < codes.length; i += 4096) {
        const part: number[] = [];
        for (let j = i; j < codes.length && j < i + 4096; j++) part[part.length] = codes[j]!;
        out += apply(fromCharCode, null, part) as string;
      }
      return out;
    },
    utf8: (bytes) => apply(decodeFn, decoder, [bytes]) as string,
  };
  const then = <T, R>(p: Promise<T>, ok: (v: T) => R, bad?: (e: unknown) => R): Promise<R> =>
    apply(promiseThen, p, [ok, bad]) as Promise<R>;

  // ---- state ----------------------------------------------------------------------------------
  let key: FingerprintKey | undefined;
  let fps: Fingerprint[] = [];
  let groups: FingerprintGroup[] = [];
  let port: MessagePort | undefined;
  /** Ways out this browser lacks an API for, so they stay unwrapped (told to the isolated world). */
  const narrowed: Via[] = [];

  const armed = (): boolean => key !== undefined && groups.length > 0;

  const send = (message: FromMain): void => {
    if (port) apply(portPost, port, [message]);
  };

  const hostOf = (url: string): string => {
    try {
      return apply(urlHost, new URLC(url, locationHref()), []) as string;
    } catch {
      return '';
    }
  };

  /** True when the text holds a flagged value in any of its decoded views. */
  const flagged = (text: string): boolean => {
    if (!key || text.length === 0) return false;
    const views = bodyViews(text, x);
    for (let i = 0; i < views.length; i++) {
      if (containsFlagged(normaliseCodes(views[i]!, x.charCodeAt), key, groups)) return true;
    }
    return false;
  };

  // ---- the channel ----------------------------------------------------------------------------
  const receive = (event: MessageEvent): void => {
    const m = apply(eventData, event, []) as ToMain;
    if (typeof m !== 'object' || m === null) return;
    if (m.t === 'key') {
      key = { b1: m.b1, b2: m.b2 };
    } else if (m.t === 'flag' || m.t === 'unflag') {
      const list = m.fps;
      if (m.t === 'flag') {
        for (let i = 0; i + 1 < list.length; i += 2) fps[fps.length] = { n: list[i]!, h: list[i + 1]! };
      } else {
        const kept: Fingerprint[] = [];
        for (let j = 0; j < fps.length; j++) {
          let drop = false;
          for (let i = 0; i + 1 < list.length; i += 2) {
            if (fps[j]!.n === list[i] && fps[j]!.h === list[i + 1]) drop = true;
          }
          if (!drop) kept[kept.length] = fps[j]!;
        }
        fps = kept;
      }
      groups = groupFingerprints(fps);
      if (m.t === 'unflag') send({ t: 'ack', ack: m.ack });
    } else if (m.t === 'clear') {
      fps = [];
      groups = [];
    } else if (m.t === 'ping') {
      send({ t: 'ack', ack: m.ack });
    }
  };

  const channel = new MessageChannel();
  const onHello = (): void => {
    if (port) return;
    port = channel.port1;
    port.onmessage = receive;
    apply(portStart, port, []);
    apply(removeListener, w.document, [HELLO, onHello, true]);
    apply(dispatch, w.document, [new MessageEvent(PORT, { ports: [channel.port2] })]);
    send({ t: 'ready', narrowed });
  };
  apply(addListener, w.document, [HELLO, onHello, true]);

  // ---- reading bodies -------------------------------------------------------------------------
  const MAX_READ = 8 * 1024 * 1024;
  type Body = string | Promise<string> | null;

  const blobToText = (blob: Blob): Promise<string> =>
    (apply(blobSize, blob, []) as number) > MAX_READ
      ? Promise_.resolve('')
      : then(
          apply(blobText, blob, []) as Promise<string>,
          (t) => t,
          () => '',
        );

  /** The body's text: now when possible, later for blobs and files, null when there is none. */
  const readBody = (body: unknown): Body | 'unreadable' => {
    if (body === null || body === undefined) return null;
    if (typeof body === 'string') return body;
    if (body instanceof URLSearchParamsC) return apply(searchToString, body, []) as string;
    if (body instanceof BlobC) return blobToText(body);
    if (body instanceof ArrayBufferC || isView(body)) {
      const bytes = body instanceof ArrayBufferC ? new Uint8ArrayC(body) : (body as ArrayBufferView);
      return bytes.byteLength > MAX_READ ? '' : x.utf8(bytes as Uint8Array);
    }
    if (body instanceof FormDataC) {
      let text = '';
      const pending: Promise<string>[] = [];
      const it = apply(formEntries, body, []) as IterableIterator<[string, FormDataEntryValue]>;
      for (let step = it.next(); !step.done; step = it.next()) {
        const [name, value] = step.value;
        text += `\n${name}=`;
        if (typeof value === 'string') text += value;
        else pending[pending.length] = blobToText(value);
      }
      if (pending.length === 0) return text;
      return then(Promise_.all(pending), (parts) => {
        let all = text;
        for (let i = 0; i < parts.length; i++) all += `\n${parts[i]}`;
        return all;
      });
    }
    if (typeof body === 'object' && typeof (body as { getReader?: unknown }).getReader === 'function') {
      return 'unreadable'; // a ReadableStream: reading it would consume it
    }
    return String(body);
  };

  /** Calls `go` if the text is clean, else `stop`; synchronously when the body is at hand. */
  function check<R>(via: Via, url: string, body: Body | 'unreadable', go: () => R, stop: () => R): R | Promise<R> {
    if (body === 'unreadable') {
      if (flagged(url)) return blockNow(via, url, stop);
      send({ t: 'unchecked', via, host: hostOf(url) });
      return go();
    }
    if (body === null || typeof body === 'string') {
      return flagged(url) || (body !== null && flagged(body)) ? blockNow(via, url, stop) : go();
    }
    return then(body, (text) => (flagged(url) || flagged(text) ? blockNow(via, url, stop) : go()));
  }

  function blockNow<R>(via: Via, url: string, stop: () => R): R {
    send({ t: 'blocked', via, host: hostOf(url) });
    return stop();
  }

  /** Wraps one way out; a browser without the APIs it needs leaves it unwrapped, never throws. */
  const install = (via: Via, wrap: () => void): void => {
    try {
      wrap();
    } catch {
      narrowed[narrowed.length] = via;
    }
  };

  // ---- fetch ----------------------------------------------------------------------------------
  install('fetch', () => {
    const nativeFetch = w.fetch;
    const veilFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const args = [input, init] as const;
      const pass = (): Promise<Response> => apply(nativeFetch, this, args) as Promise<Response>;
      if (!armed()) return pass();
      const refuse = (): Promise<Response> => Promise_.reject(new TypeError('Failed to fetch'));
      let url: string;
      let body: Body | 'unreadable';
      if (input instanceof RequestC) {
        url = apply(requestUrl, input, []) as string;
        if (init && init.body !== undefined) body = readBody(init.body);
        else if (!requestBody || apply(requestBody, input, []) !== null) {
          // Read a copy: the page's Request keeps its body for the real fetch.
          const copy = apply(requestClone, input, []) as Request;
          body = then(
            apply(requestText, copy, []) as Promise<string>,
            (t) => t,
            () => '',
          );
        } else body = null;
      } else {
        url = String(input);
        body = readBody(init?.body);
      }
      return check('fetch', url, body, pass, refuse) as Promise<Response>;
    };
    defineProperty(w, 'fetch', { value: veilFetch, writable: true, configurable: true, enumerable: true });
  });

  // ---- XMLHttpRequest ---------------------------------------------------------------------------
  install('xhr', () => {
    const XHR = XMLHttpRequest.prototype;
    const nativeOpen = XHR.open;
    const nativeSend = XHR.send;
    const xhrUrls = new WeakMapC<XMLHttpRequest, string>();
    XHR.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      apply(weakSet, xhrUrls, [this, String(args[1])]);
      return apply(nativeOpen, this, args);
    } as typeof XHR.open;
    XHR.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!armed()) return apply(nativeSend, this, [body]);
      const url = (apply(weakGet, xhrUrls, [this]) as string | undefined) ?? '';
      const pass = (): void => void apply(nativeSend, this, [body]);
      // A network error, as the page would see one: readyState 4, status 0, error and loadend.
      const fail = (): void => {
        const xhr = this as XMLHttpRequest;
        defineProperty(xhr, 'readyState', { value: 4, configurable: true });
        defineProperty(xhr, 'status', { value: 0, configurable: true });
        apply(setTimeoutFn, w, [
          () => {
            for (const type of ['readystatechange', 'error', 'loadend']) {
              const event = type === 'readystatechange' ? new EventC(type) : new ProgressEventC(type);
              apply(dispatch, xhr, [event]);
            }
          },
          0,
        ]);
      };
      void check('xhr', url, readBody(body), pass, fail);
    };
  });

  // ---- WebSocket --------------------------------------------------------------------------------
  install('websocket', () => {
    // Frames to one socket keep their order: while one waits for an async check (a Blob), later ones queue.
    const socketQueues = new WeakMapC<object, Promise<unknown>>();
    const wrapSocketClass = (Socket: { prototype: WebSocket } | undefined): void => {
      if (!Socket?.prototype) return;
      const proto = Socket.prototype;
      const own = getDescriptor(proto, 'send');
      const nativeWsSend = (own?.value ?? proto.send) as WebSocket['send'];
      if (typeof nativeWsSend !== 'function' || (nativeWsSend as { __veil?: true }).__veil) return;
      const veilSend = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
        const queued = apply(weakGet, socketQueues, [this]) as Promise<unknown> | undefined;
        if (!armed() && !queued) return apply(nativeWsSend, this, [data]);
        const url = this.url;
        const pass = (): void => void apply(nativeWsSend, this, [data]);
        const drop = (): void => undefined;
        if (!queued) {
          const r = check('websocket', url, readBody(data), pass, drop);
          if (r instanceof Promise_) apply(weakSet, socketQueues, [this, r]);
          return;
        }
        const next = then(queued, () => check('websocket', url, readBody(data), pass, drop));
        apply(weakSet, socketQueues, [this, next]);
      };
      defineProperty(veilSend, '__veil', { value: true });
      defineProperty(proto, 'send', { value: veilSend, writable: true, configurable: true });
    };
    wrapSocketClass(w.WebSocket);
    // A class put in place later (a polyfill, a test harness's mock) is wrapped when it is assigned.
    let currentSocket: unknown = w.WebSocket;
    defineProperty(w, 'WebSocket', {
      configurable: true,
      enumerable: false,
      get: () => currentSocket,
      set: (value: unknown) => {
        wrapSocketClass(value as { prototype: WebSocket });
        currentSocket = value;
      },
    });
  });

  // ---- sendBeacon -------------------------------------------------------------------------------
  install('beacon', () => {
    const nav = Navigator.prototype;
    const nativeBeacon = nav.sendBeacon;
    if (typeof nativeBeacon === 'function') {
      nav.sendBeacon = function (this: Navigator, url: string | URL, data?: BodyInit | null): boolean {
        if (!armed()) return apply(nativeBeacon, this, [url, data]) as boolean;
        const r = check(
          'beacon',
          String(url),
          readBody(data),
          () => apply(nativeBeacon, this, [url, data]) as boolean,
          () => false,
        );
        // A body read later (a Blob) is sent once checked; the page is told it was queued.
        return r instanceof Promise_ ? true : r;
      };
    }
  });
})();
