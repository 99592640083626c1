/**
 * The two hashes wallet addresses carry their checksums in: SHA-256 (Bitcoin's Base58Check, twice) and Keccak-256
 * (Ethereum's EIP-55 mixed-case checksum). Synchronous (detection is: crypto.subtle is not) and small; run only on
 * candidates that already have an address's exact shape, so speed matters little.
 */

// SHA-256's constants are the first 32 bits of the fractional parts of the square roots (initial hash) and cube
// roots (round constants) of the first primes: computed, not listed. Tests compare the hash with node:crypto's.
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p)) PRIMES.push(n);
const frac32 = (x: number): number => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
const K = PRIMES.map((p) => frac32(Math.cbrt(p)));
const H0 = PRIMES.slice(0, 8).map((p) => frac32(Math.sqrt(p)));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 4, bitLength >>> 0);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  const h = H0.slice();
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = view.getUint32(off + i * 4);
      else {
        const a = w[i - 15]!;
        const b = w[i - 2]!;
        const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
        const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
        w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
      }
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) >>> 0));
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setUint32(i * 4, x));
  return out;
}

// Keccak-f[1600] on 64-bit lanes as BigInt. Round constants from the standard's LFSR, rotation offsets from its
// (x, y) walk: computed, not listed.
const MASK64 = (1n << 64n) - 1n;
const RC: bigint[] = [];
const ROT: number[] = [];
const PI: number[] = [];
{
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let rc = 0n;
    for (let j = 0; j < 7; j++) {
      if (r & 1) rc ^= 1n << BigInt((1 << j) - 1);
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : r << 1;
    }
    RC.push(rc);
  }
  for (let t = 0, x = 1, y = 0; t < 24; t++) {
    [x, y] = [y, (2 * x + 3 * y) % 5];
    PI.push(x + 5 * y);
    ROT.push((((t + 1) * (t + 2)) / 2) % 64);
  }
}
const rotl = (v: bigint, n: number): bigint => (n ? ((v << BigInt(n)) | (v >> BigInt(64 - n))) & MASK64 : v);

function keccakF(s: bigint[]): void {
  for (let round = 0; round < 24; round++) {
    const c = [0, 1, 2, 3, 4].map((x) => s[x]! ^ s[x + 5]! ^ s[x + 10]! ^ s[x + 15]! ^ s[x + 20]!);
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) s[y + x]! ^= d;
    }
    let last = s[1]!;
    for (let t = 0; t < 24; t++) {
      const j = PI[t]!;
      const keep = s[j]!;
      s[j] = rotl(last, ROT[t]!);
      last = keep;
    }
    for (let y = 0; y < 25; y += 5) {
      const row = s.slice(y, y + 5);
      for (let x = 0; x < 5; x++) s[y + x] = row[x]! ^ (~row[(x + 1) % 5]! & MASK64 & row[(x + 2) % 5]!);
    }
    s[0]! ^= RC[round]!;
  }
}

/** Keccak-256 (Ethereum's, padding 0x01, not SHA3-256's 0x06) of an ASCII string, as 64 hex digits. */
export function keccak256Hex(ascii: string): string {
  const rate = 136;
  const bytes = new Uint8Array(Math.floor(ascii.length / rate) * rate + rate);
  for (let i = 0; i < ascii.length; i++) bytes[i] = ascii.charCodeAt(i) & 0xff;
  bytes[ascii.length] = 0x01;
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! | 0x80;
  const s: bigint[] = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < bytes.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let b = 7; b >= 0; b--) lane = (lane << 8n) | BigInt(bytes[off + i * 8 + b]!);
      s[i]! ^= lane;
    }
    keccakF(s);
  }
  let hex = '';
  for (let i = 0; i < 4; i++)
    for (let b = 0; b < 8; b++)
      hex += Number((s[i]! >> BigInt(8 * b)) & 0xffn)
        .toString(16)
        .padStart(2, '0');
  return hex;
}
