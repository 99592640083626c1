/**
 * Keyed fingerprints of flagged values, used by the content script (ISOLATED, content/bridge.ts):
 * it turns each flagged value into a fingerprint and, when the tripwire (MAIN) asks about a request
 * body, fingerprints every window of it and looks for a match. The MAIN world holds neither the
 * values nor these numbers; it only gets a yes or no.
 *
 * A fingerprint is a pair of polynomial hashes over the value's normalised code units, modulo 2^32
 * (32-bit integer arithmetic, so rolling over a 100 KB body takes a few milliseconds), with odd
 * bases drawn at random per page load in the isolated world (the key), combined into 53 bits: a
 * chance match between a window and a flagged value is about one in 10^15. Without the bases a
 * fingerprint tells nothing about its value; the bases live only in the content script's closure,
 * never in the DOM or on a global. (Collisions a page could construct on purpose would only make
 * the tripwire block one of the page's own requests.)
 *
 * Normalising keeps letters and digits and folds ASCII case, so the same value matches whether the
 * body spells it `4111 1111 1111 1111`, `4111-1111-1111-1111`, JSON-escaped or lower-cased.
 *
 * Pure and regex-free on purpose: the MAIN world runs beside page scripts that can replace
 * `RegExp.prototype.exec` or `String.prototype.*`; this file only indexes strings and does
 * arithmetic, and callers pass in `charCodeAt` captured before any page script ran.
 */

// Captured when the MAIN-world script starts (before any page script): a page that later replaces
// Math.imul or the typed-array constructors must not see the key or the flagged fingerprints.
const imul = Math.imul;
const U16 = Uint16Array;
const F64 = Float64Array;

/** h1 (32 bits) * 2^21 + the top 21 bits of h2: 53 bits, exact in a double. */
const SHIFT = 2_097_152;
const combine = (h1: number, h2: number): number => (h1 >>> 0) * SHIFT + (h2 >>> 11);

/** Values shorter than this (after normalising) are not flagged: too many innocent windows match. */
export const MIN_FINGERPRINT_LENGTH = 6;

export interface FingerprintKey {
  /** secret odd 32-bit bases */
  b1: number;
  b2: number;
}

/** One flagged value: normalised length and the combined hash (below 2^53). */
export interface Fingerprint {
  n: number;
  h: number;
}

export type CharCodeAt = (s: string, i: number) => number;

const nativeCharCodeAt: CharCodeAt = (s, i) => s.charCodeAt(i);

/**
 * Whether a UTF-16 code unit takes part in matching: ASCII letters and digits, and everything from
 * U+00C0 up except general punctuation, symbols and format characters (U+2000-U+2BFF, which also
 * drops zero-width and bidi controls), CJK punctuation (U+3000-U+303F), variation selectors and
 * the BOM. The exact set does not matter; that both worlds use this same function does.
 */
function keep(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return c !== 0xfeff;
}

/** Normalised text: code units that take part in matching (ASCII folded to lower case), in codes[0..length). */
export interface Normalised {
  codes: Uint16Array;
  length: number;
}

export function normaliseCodes(text: string, charCodeAt: CharCodeAt = nativeCharCodeAt): Normalised {
  const codes = new U16(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = charCodeAt(text, i);
    if (!keep(c)) continue;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    codes[n++] = c;
  }
  return { codes, length: n };
}

/** Random odd bases for one page load (isolated world); `random(max)` gives an integer in [0, max). */
export function newKey(random: (max: number) => number): FingerprintKey {
  const odd = (): number => (random(0x10000) << 16) | random(0x10000) | 1 | 0;
  return { b1: odd(), b2: odd() };
}

/** The fingerprint of one value, or undefined when it is too short to flag safely. */
export function fingerprint(value: string, key: FingerprintKey): Fingerprint | undefined {
  const { codes, length } = normaliseCodes(value);
  if (length < MIN_FINGERPRINT_LENGTH) return undefined;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    h1 = (imul(h1, key.b1) + c) | 0;
    h2 = (imul(h2, key.b2) + c) | 0;
  }
  return { n: length, h: combine(h1, h2) };
}

/**
 * Flagged fingerprints of one length, sorted: the tripwire searches them with plain arithmetic
 * (no Set or Map whose prototype a page could have replaced).
 */
export interface FingerprintGroup {
  n: number;
  hashes: Float64Array;
  /**
   * One bit per value of a hash's low 16 bits: most windows of a body miss it, so the binary search
   * runs for few of them (a 150 KB upload against 4,500 flagged values took 40 ms of searching).
   */
  filter: Uint32Array;
}

const FILTER_BITS = 0xffff;
const U32 = Uint32Array;

/** Groups fingerprints by length, each group sorted and free of duplicates. */
export function groupFingerprints(fps: readonly Fingerprint[]): FingerprintGroup[] {
  const groups: FingerprintGroup[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < fps.length; i++) {
    let known = false;
    for (let j = 0; j < lengths.length; j++) if (lengths[j] === fps[i]!.n) known = true;
    if (!known) lengths[lengths.length] = fps[i]!.n;
  }
  for (let li = 0; li < lengths.length; li++) {
    const n = lengths[li]!;
    let count = 0;
    for (let i = 0; i < fps.length; i++) if (fps[i]!.n === n) count++;
    const hashes = new F64(count);
    const filter = new U32((FILTER_BITS + 1) >> 5);
    let k = 0;
    for (let i = 0; i < fps.length; i++) {
      if (fps[i]!.n !== n) continue;
      const h = fps[i]!.h;
      hashes[k++] = h;
      const bit = h % (FILTER_BITS + 1);
      filter[bit >> 5]! |= 1 << (bit & 31);
    }
    hashes.sort(); // numeric, O(n log n); in the isolated world, where no page script reaches the prototype
    groups[groups.length] = { n, hashes, filter };
  }
  return groups;
}

function member(hashes: Float64Array, h: number): boolean {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = hashes[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** b^(n-1) mod 2^32: what the leaving code unit was multiplied by. */
function power(base: number, exp: number): number {
  let r = 1;
  for (let i = 0; i < exp; i++) r = imul(r, base);
  return r;
}

/**
 * Whether any window of the normalised text has a flagged fingerprint. One rolling pass per
 * flagged length: O(text length x distinct lengths), a few milliseconds for 100 KB.
 */
export function containsFlagged(text: Normalised, key: FingerprintKey, groups: readonly FingerprintGroup[]): boolean {
  const { codes, length } = text;
  for (let gi = 0; gi < groups.length; gi++) {
    const { n, hashes, filter } = groups[gi]!;
    if (hashes.length === 0 || length < n) continue;
    const { b1, b2 } = key;
    const pw1 = power(b1, n - 1);
    const pw2 = power(b2, n - 1);
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < n; i++) {
      h1 = (imul(h1, b1) + codes[i]!) | 0;
      h2 = (imul(h2, b2) + codes[i]!) | 0;
    }
    if (member(hashes, combine(h1, h2))) return true;
    for (let i = n; i < length; i++) {
      const out = codes[i - n]!;
      const c = codes[i]!;
      // Remove the leaving unit, shift, add the new one (all modulo 2^32).
      h1 = (imul((h1 - imul(out, pw1)) | 0, b1) + c) | 0;
      h2 = (imul((h2 - imul(out, pw2)) | 0, b2) + c) | 0;
      // combine()'s low 16 bits are bits 11-26 of h2.
      const bit = (h2 >>> 11) & FILTER_BITS;
      if ((filter[bit >> 5]! & (1 << (bit & 31))) === 0) continue;
      if (member(hashes, combine(h1, h2))) return true;
    }
  }
  return false;
}
