import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';
import { keccak256Hex, sha256 } from '../hash';

/**
 * CRYPTO_WALLET: Bitcoin addresses, legacy Base58Check (1… P2PKH, 3… P2SH: double SHA-256, 4 bytes) and SegWit
 * bech32/bech32m (bc1…: BIP 173 / BIP 350 checksum), and Ethereum addresses (0x + 40 hex): a mixed-case one carries
 * the EIP-55 checksum (Keccak-256 of the lower-case hex), an all-lower or all-upper one carries none and needs a
 * context word ("wallet", "eth", "send to"). A checksum is 32 bits or more: a random token passes one time in 4e9.
 */

const BASE58 = /[13][1-9A-HJ-NP-Za-km-z]{25,34}/g;
const BECH32 = /\b(?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}/g;
const ETH = /0x[0-9a-fA-F]{40}/g;
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const CONTEXT = contextWords([
  'wallet',
  'eth',
  'ether',
  'ethereum',
  'address',
  'addr',
  'send',
  'metamask',
  'usdt',
  'usdc',
  'erc20',
  'crypto',
  'btc',
  'bitcoin',
  'payout',
  'deposit',
]);

/** Base58Check: 25 bytes, version 0x00 (P2PKH) or 0x05 (P2SH), last 4 = sha256(sha256(first 21)). */
export function base58CheckOk(s: string): boolean {
  const bytes = new Uint8Array(25);
  for (const ch of s) {
    let carry = ALPHABET.indexOf(ch);
    for (let i = 24; i >= 0; i--) {
      carry += 58 * bytes[i]!;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    if (carry) return false; // more than 25 bytes
  }
  if (bytes[0] !== 0 && bytes[0] !== 5) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[21 + i]) return false;
  return true;
}

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** BIP 173/350: the polymod of "bc" and the data part is 1 (bech32, witness v0) or 0x2bc830a3 (bech32m, v1+). */
export function bech32Ok(address: string): boolean {
  const s = address.toLowerCase();
  if (s !== address && s.toUpperCase() !== address) return false; // mixed case is invalid
  const data = [...s.slice(3)].map((c) => CHARSET.indexOf(c));
  let chk = 1;
  for (const v of [3, 3, 0, 2, 3, ...data]) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk === (data[0] === 0 ? 1 : 0x2bc830a3);
}

/** EIP-55: a hex letter is upper case exactly when the matching nibble of keccak256(lower-case hex) is 8 or more. */
export function eip55Ok(hex40: string): boolean {
  const hash = keccak256Hex(hex40.toLowerCase());
  for (let i = 0; i < 40; i++) {
    const c = hex40[i]!;
    if (c >= 'a' && c <= 'f' && parseInt(hash[i]!, 16) >= 8) return false;
    if (c >= 'A' && c <= 'F' && parseInt(hash[i]!, 16) < 8) return false;
  }
  return true;
}

const alone = (text: string, start: number, end: number): boolean =>
  !isWordChar(text[start - 1]) && !isWordChar(text[end]);

export const cryptoWalletRecognizer: Recognizer = {
  id: 'crypto-wallet',
  phase: 'validated',
  types: ['CRYPTO_WALLET'],
  find(scan) {
    const { text } = scan;
    const out: Finding[] = [];
    const push = (start: number, end: number, score: number, label: string) =>
      out.push({ type: 'CRYPTO_WALLET', start, end, score, label, recognizer: 'crypto-wallet' });
    for (const [re, ok] of [
      [BASE58, base58CheckOk],
      [BECH32, bech32Ok],
    ] as const) {
      re.lastIndex = 0;
      for (let m = nextMatch(re, text); m; m = nextMatch(re, text)) {
        const end = m.index + m[0].length;
        if (alone(text, m.index, end) && ok(m[0])) push(m.index, end, 0.95, 'BTC');
      }
    }
    ETH.lastIndex = 0;
    for (let m = nextMatch(ETH, text); m; m = nextMatch(ETH, text)) {
      const end = m.index + 42;
      if (!alone(text, m.index, end)) continue;
      const hex = m[0].slice(2);
      const mixed = /[a-f]/.test(hex) && /[A-F]/.test(hex);
      if (mixed) {
        if (eip55Ok(hex)) push(m.index, end, 0.95, 'ETH');
      } else push(m.index, end, boosted(0.3, hasContext(scan, m.index, end, CONTEXT), 0.75), 'ETH');
    }
    return out;
  },
};
