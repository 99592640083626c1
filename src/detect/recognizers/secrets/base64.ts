/**
 * Minimal base64 / base64url decoder. The detector compiles against lib ES2023 only (no `atob`,
 * no `Buffer`), and JWT, Discord and HTTP Basic validation need to look inside a token.
 */

const LOOKUP = new Int8Array(128).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
// Both alphabets at once: '+' and '-' are 62, '/' and '_' are 63.
LOOKUP[43] = 62;
LOOKUP[45] = 62;
LOOKUP[47] = 63;
LOOKUP[95] = 63;

/**
 * Decodes standard or URL-safe base64, padded or not, to a "binary string" (one char per byte).
 * Returns null on any character outside the alphabet or on an impossible length.
 */
export function decodeBase64(input: string): string | null {
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 61 /* = */) end--;
  if (input.length - end > 2 || end % 4 === 1) return null;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const code = input.charCodeAt(i);
    const v = code < 128 ? (LOOKUP[code] ?? -1) : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
      acc &= (1 << bits) - 1;
    }
  }
  return out;
}

/** True when every byte is printable ASCII (space to tilde). */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}
