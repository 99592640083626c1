/**
 * The tripwire: Veil's last line of defence, in the page's MAIN world at document_start (before any
 * page script). It wraps fetch, XMLHttpRequest, WebSocket.send and navigator.sendBeacon, and stops
 * a request whose URL or body still carries a value flagged in this tab (by the composer guard, the
 * typing scan, a paste or a file).
 *
 * It holds no secret and nothing derived from a finding: no value, no fingerprint, no key. It asks
 * the isolated content script for a verdict over the outgoing text (a synchronous event on a
 * detached element only the two scripts hold, see channel.ts), and the isolated world answers
 * from values the page cannot reach. All MAIN keeps is whether anything is flagged at all (so the
 * wrappers cost one comparison when nothing is), the private element and a port for reports. A
 * page that hooks prototypes (`Object.prototype` setters, `Array.prototype`, `Promise`) can at
 * most watch its own outgoing text go by; nothing here writes into a page-reachable object.
 *
 * No extension API exists here. Everything taken from the page's globals is captured now, before
 * page scripts can replace it. Bodies it cannot read (streams) pass and are reported; anything
 * unparseable is treated as text. Features a browser lacks (Firefox has no `Request.prototype.body`)
 * are detected, never assumed.
 */
import { ARM, CHECK, DISARM, HELLO, PORT, type FromMain, type Via } from './channel';

(() => {
  const w = window;

  // ---- intrinsics, captured before any page script runs ------------------------------------
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getDescriptor = Object.getOwnPropertyDescriptor;
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
  const TextDecoderC = TextDecoder;
  const decodeFn = TextDecoder.prototype.decode;
  const decoder = new TextDecoderC('utf-8');
  const portPost = MessagePort.prototype.postMessage;
  const portStart = MessagePort.prototype.start;
  const relatedTarget = getDescriptor(MouseEvent.prototype, 'relatedTarget')!.get!;
  const NodeC = Node;
  const CustomEventC = CustomEvent;
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const setTimeoutFn = w.setTimeout;
  const Promise_ = Promise;
  const resolved = Promise.resolve('');
  const promiseThen = Promise.prototype.then;
  const WeakMapC = WeakMap;
  const weakGet = WeakMap.prototype.get;
  const weakSet = WeakMap.prototype.set;
  const URLC = URL;
  const urlHost = getDescriptor(URL.prototype, 'host')!.get!;
  const StringC = String;
  const locationHref = (): string => w.location.href;
  const ProgressEventC = ProgressEvent;
  const EventC = Event;

  const utf8 = (bytes: Uint8Array): string => apply(decodeFn, decoder, [bytes]) as string;
  const then = <T, R>(p: Promise<T>, ok: (v: T) => R, bad?: (e: unknown) => R): Promise<R> =>
    apply(promiseThen, p, [ok, bad]) as Promise<R>;

  // ---- state: nothing a page could learn a value from -----------------------------------------
  /** The isolated world's private element: verdicts are asked on it. */
  let checker: Node | undefined;
  /** Something is flagged in this tab (set by the isolated world; says nothing about what). */
  let armed = false;
  let port: MessagePort | undefined;
  /** Ways out this browser lacks an API for, so they stay unwrapped (told to the isolated world). */
  const narrowed: Via[] = [];

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

  /**
   * Asks the isolated world, synchronously, whether the text carries a flagged value: it cancels
   * the event when it does. Every field of the init is given, so no getter on `Object.prototype`
   * is consulted. Without the isolated world (no handshake) nothing can be flagged.
   */
  const flagged = (text: string): boolean => {
    if (!checker || text.length === 0) return false;
    const ask = new CustomEventC(CHECK, { bubbles: false, cancelable: true, composed: false, detail: text });
    return !(apply(dispatch, checker, [ask]) as boolean);
  };

  // ---- the channel ----------------------------------------------------------------------------
  const channel = new MessageChannel();
  const onHello = (event: Event): void => {
    if (port) return;
    const element = apply(relatedTarget, event, []) as unknown;
    if (!(element instanceof NodeC)) return; // not the isolated world's hello
    checker = element;
    apply(addListener, checker, [ARM, () => (armed = true)]);
    apply(addListener, checker, [DISARM, () => (armed = false)]);
    port = channel.port1;
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
      ? resolved
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
      return bytes.byteLength > MAX_READ ? '' : utf8(bytes as Uint8Array);
    }
    if (body instanceof FormDataC) {
      // Strings and promise chains only: no array a prototype setter could watch being filled.
      let text = '';
      let files: Promise<string> | undefined;
      const it = apply(formEntries, body, []) as IterableIterator<[string, FormDataEntryValue]>;
      for (let step = it.next(); !step.done; step = it.next()) {
        const name = step.value[0];
        const value = step.value[1];
        text += `\n${name}=`;
        if (typeof value === 'string') text += value;
        else {
          const file = blobToText(value);
          const before = files;
          // A promise returned from `then` is adopted: the chain resolves to the joined text.
          files = before ? (then(before, (sofar) => then(file, (more) => `${sofar}\n${more}`)) as never) : file;
        }
      }
      return files ? then(files, (more) => `${text}\n${more}`) : text;
    }
    if (typeof body === 'object' && typeof (body as { getReader?: unknown }).getReader === 'function') {
      return 'unreadable'; // a ReadableStream: reading it would consume it
    }
    return StringC(body);
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

  /** Wraps one way out; a browser without an API it needs leaves that one unwrapped, never throws. */
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
      if (!armed) return pass();
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
        url = StringC(input);
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
      apply(weakSet, xhrUrls, [this, StringC(args[1])]);
      return apply(nativeOpen, this, args);
    } as typeof XHR.open;
    XHR.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!armed) return apply(nativeSend, this, [body]);
      const url = (apply(weakGet, xhrUrls, [this]) as string | undefined) ?? '';
      const pass = (): void => void apply(nativeSend, this, [body]);
      // A network error, as the page would see one: readyState 4, status 0, error and loadend.
      const fail = (): void => {
        const xhr = this as XMLHttpRequest;
        defineProperty(xhr, 'readyState', { value: 4, configurable: true });
        defineProperty(xhr, 'status', { value: 0, configurable: true });
        apply(setTimeoutFn, w, [
          () => {
            apply(dispatch, xhr, [new EventC('readystatechange')]);
            apply(dispatch, xhr, [new ProgressEventC('error')]);
            apply(dispatch, xhr, [new ProgressEventC('loadend')]);
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
        if (!armed && !queued) return apply(nativeWsSend, this, [data]);
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
        if (!armed) return apply(nativeBeacon, this, [url, data]) as boolean;
        const r = check(
          'beacon',
          StringC(url),
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
