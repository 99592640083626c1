/**
 * Front coding for the packed word lists (lexicon.generated.ts): sorted entries, each written as one digit
 * (0-9: characters shared with the previous entry) and the rest of the entry. Entries never contain digits.
 */

export function frontCode(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort();
  let prev = '';
  let out = '';
  for (const w of sorted) {
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    out += String(k) + w.slice(k);
    prev = w;
  }
  return out;
}

export function frontDecode(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const k = packed.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < packed.length && (packed.charCodeAt(j) < 48 || packed.charCodeAt(j) > 57)) j++;
    prev = prev.slice(0, k) + packed.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}
