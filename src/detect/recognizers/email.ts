import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';

// Local part and domain per RFC 5321's common subset, widened to the letters of alphabetic scripts as RFC 6531
// (internationalised local parts: "elena.garcía@") and IDNA (RFC 5890: "müller.de") allow. Han, kana, Hangul...
// are left out: those texts have no spaces, and a local part would swallow the sentence before it ("请发给zhang@").
// The TLD must be letters (2+), or an internationalised TLD in its ASCII form ("xn--p1ai", .рф), which keeps
// "user@host" in logs and "a@b.c" in code out. Lookbehind stops a match
// starting mid-token or right after an IPv6 address ("fe80::1-a@b.co").
const L = String.raw`\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}`;
const EMAIL = new RegExp(
  String.raw`(?<![${L}\p{N}\p{M}_.%+-]|[0-9A-Fa-f:]:)[${L}\p{N}](?:[${L}\p{N}\p{M}._%+-]{0,63})@` +
    String.raw`(?:[${L}\p{N}](?:[${L}\p{N}\p{M}-]{0,61}[${L}\p{N}\p{M}])?\.)+(xn--[a-zA-Z0-9-]{0,58}[a-zA-Z0-9]|[${L}][${L}\p{M}]{1,23})(?![${L}\p{N}\p{M}_-])`,
  'uy',
);
const LOCAL = new RegExp(String.raw`[${L}\p{N}\p{M}._%+-]`, 'u');
const LOCAL_START = new RegExp(String.raw`[${L}\p{N}]`, 'u');

// File extensions that look like TLDs: "icon@2x.png", "logo@3x.webp", "pkg@types.d.ts".
const NOT_TLDS = new Set(
  'png jpg jpeg gif svg webp ico bmp tif tiff avif js mjs cjs ts tsx jsx css scss less json map txt md lock yml yaml xml html htm vue py rb go rs java kt php sh zip gz tar'.split(
    ' ',
  ),
);

export const emailRecognizer: Recognizer = {
  id: 'email',
  phase: 'validated',
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
      while (s < at && !LOCAL_START.test(text[s]!)) s++;
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
