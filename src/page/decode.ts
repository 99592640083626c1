/**
 * Request bodies as the tripwire reads them: the text a flagged value would hide in, after undoing
 * the encodings chat sites use. Gemini's `batchexecute` is form-encoded JSON inside JSON, so a
 * value arrives as `jane.doe%40example.com` (percent-encoding) or with `\u0040` (JSON escapes);
 * both are undone, repeatedly, until the text stops changing. Quotes, backslashes and other
 * punctuation need no undoing: normalising drops them (see fingerprint.ts).
 *
 * Regex-free and built on intrinsics passed in by the caller, which captured them before any page
 * script ran (the page can replace `RegExp.prototype.exec`, `String.prototype.*` ...).
 */

export interface Intrinsics {
  charCodeAt(s: string, i: number): number;
  fromCharCodes(codes: ArrayLike<number>): string;
  /** UTF-8 bytes to text, malformed sequences replaced. */
  utf8(bytes: Uint8Array): string;
}

const hex = (c: number): number => {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
};

/** `%XX` sequences as UTF-8 bytes; `+` as a space. Text without `%` comes back unchanged. */
export function percentDecode(s: string, x: Intrinsics): string {
  let any = false;
  for (let i = 0; i + 2 < s.length; i++) {
    if (x.charCodeAt(s, i) === 0x25 && hex(x.charCodeAt(s, i + 1)) >= 0 && hex(x.charCodeAt(s, i + 2)) >= 0) {
      any = true;
      break;
    }
  }
  if (!any) return s;
  const bytes = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = x.charCodeAt(s, i);
    if (c === 0x25 && i + 2 < s.length) {
      const hi = hex(x.charCodeAt(s, i + 1));
      const lo = hex(x.charCodeAt(s, i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    if (c === 0x2b) bytes[n++] = 0x20;
    else if (c < 0x80) bytes[n++] = c;
    else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 0x3f);
    } else {
      // Surrogates are encoded one by one; the decoder replaces them, and normalising keeps them
      // as non-ASCII units either way, so matching is unaffected.
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[n++] = 0x80 | (c & 0x3f);
    }
  }
  return x.utf8(bytes.subarray(0, n));
}

/** `\uXXXX` escapes (behind any number of backslashes, as nested JSON has them) as characters. */
export function unescapeJson(s: string, x: Intrinsics): string {
  let any = false;
  for (let i = 0; i + 5 < s.length; i++) {
    if (x.charCodeAt(s, i) === 0x5c && x.charCodeAt(s, i + 1) === 0x75) {
      any = true;
      break;
    }
  }
  if (!any) return s;
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = x.charCodeAt(s, i);
    if (c === 0x5c) {
      let j = i;
      while (j < s.length && x.charCodeAt(s, j) === 0x5c) j++;
      if (j + 4 < s.length && x.charCodeAt(s, j) === 0x75) {
        const d0 = hex(x.charCodeAt(s, j + 1));
        const d1 = hex(x.charCodeAt(s, j + 2));
        const d2 = hex(x.charCodeAt(s, j + 3));
        const d3 = hex(x.charCodeAt(s, j + 4));
        if (d0 >= 0 && d1 >= 0 && d2 >= 0 && d3 >= 0) {
          out[out.length] = ((d0 * 16 + d1) * 16 + d2) * 16 + d3;
          i = j + 4;
          continue;
        }
      }
    }
    out[out.length] = c;
  }
  return x.fromCharCodes(out);
}

/** The body itself and, when it differs, the body with every encoding layer undone (three at most). */
export function bodyViews(body: string, x: Intrinsics): string[] {
  const views = [body];
  let current = body;
  for (let round = 0; round < 3; round++) {
    const next = unescapeJson(percentDecode(current, x), x);
    if (next === current) break;
    current = next;
  }
  if (current !== body) views[views.length] = current;
  return views;
}
