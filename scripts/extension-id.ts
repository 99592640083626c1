import { createHash } from 'node:crypto';

/** Chromium's rule: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}
