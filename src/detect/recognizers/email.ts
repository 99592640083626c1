import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';

// Local part and domain per RFC 5321's common subset; the TLD must be letters (2+), which keeps
// "user@host" in logs and "a@b.c" in code out. Lookbehind stops a match starting mid-token.
const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w-])/g;

// File extensions that look like TLDs: "icon@2x.png", "logo@3x.webp", "pkg@types.d.ts".
const NOT_TLDS = new Set(
  'png jpg jpeg gif svg webp ico bmp tif tiff avif js mjs cjs ts tsx jsx css scss less json map txt md lock yml yaml xml html htm vue py rb go rs java kt php sh zip gz tar'.split(
    ' ',
  ),
);

export const emailRecognizer: Recognizer = {
  id: 'email',
  types: ['EMAIL_ADDRESS'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    if (!text.includes('@')) return out;
    for (const m of text.matchAll(EMAIL)) {
      const tld = m[1]!.toLowerCase();
      if (NOT_TLDS.has(tld)) continue;
      const end = m.index + m[0].length;
      // "git@github.com:org/repo.git" is an SSH remote, not a mailbox.
      if (text[end] === ':' && /^\S/.test(text.slice(end + 1, end + 2)) && m[0].startsWith('git@')) continue;
      out.push({ type: 'EMAIL_ADDRESS', start: m.index, end, score: 1, recognizer: 'email' });
    }
    return out;
  },
};
