/**
 * Shannon entropy in bits per character, computed over UTF-16 code units as gitleaks does over
 * bytes (detect/utils.go shannonEntropy). Used only as a gate after a structural match: a random
 * 40-char base62 token scores about 5, English words 2.5 to 3.5, "aaaaaaaa" 0.
 */

// Counts for ASCII in a reused table (this runs once or twice per candidate, thousands of times
// in a large paste); anything else goes through a Map.
const ascii = new Uint32Array(128);

export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let other: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) ascii[c]!++;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  // A module function for the term, not a closure updating `bits`: that double lived in a context object, a new
  // heap number per update.
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && ascii[c]! > 0) {
      bits -= plogp(ascii[c]!, n);
      ascii[c] = 0; // counted once, and the table is clean for the next call
    }
  }
  if (other) for (const count of other.values()) bits -= plogp(count, n);
  return bits;
}

/** p·log2(p) for p = count / n. */
function plogp(count: number, n: number): number {
  const p = count / n;
  return p * Math.log2(p);
}
