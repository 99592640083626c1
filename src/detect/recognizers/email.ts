import type { Finding } from '../types';

// Local part and domain per RFC 5321's common subset; the TLD must be letters (2+), which keeps
// "user@host" in logs and "a@b.c" in code out.
const EMAIL = /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b/g;

export const id = 'email';

export function find(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(EMAIL)) {
    out.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length, score: 1, recognizer: id });
  }
  return out;
}
