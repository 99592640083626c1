import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';

// Local part and domain per RFC 5321's common subset; the TLD must be letters (2+), which keeps
// "user@host" in logs and "a@b.c" in code out. Lookbehind stops a match starting mid-token or right after an
// IPv6 address ("fe80::1-a@b.co").
const EMAIL =
  /(?<![\w.%+-]|[0-9A-Fa-f:]:)[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w-])/y;
const LOCAL = /[A-Za-z0-9._%+-]/;

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
    // From each "@": back over the local part, then the address regex anchored there (sticky). Scanning only
    // around "@" instead of trying the regex at every word start.
    let from = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let s = at;
      while (s > from && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
      // The local part starts at its first letter or digit.
      while (s < at && !/[A-Za-z0-9]/.test(text[s]!)) s++;
      if (s >= at) continue;
      EMAIL.lastIndex = s;
      const m = EMAIL.exec(text);
      if (!m) continue;
      const tld = m[1]!.toLowerCase();
      if (NOT_TLDS.has(tld)) continue;
      const end = s + m[0].length;
      // "git@github.com:org/repo.git" is an SSH remote, not a mailbox.
      if (text[end] === ':' && /^\S/.test(text.slice(end + 1, end + 2)) && m[0].startsWith('git@')) continue;
      out.push({ type: 'EMAIL_ADDRESS', start: s, end, score: 1, recognizer: 'email' });
      from = end;
      at = end - 1;
    }
    return out;
  },
};
