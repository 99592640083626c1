/**
 * Government and health identifiers with valid check digits, written from the public specs.
 * Faker has none of these. Each returns the canonical digits; formatting is the caller's.
 */
import type { Rng } from './rng';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** US SSN under the SSA rules: area not 000/666/9xx, group not 00, serial not 0000. */
export function usSsn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const group = r.int(1, 99);
  const serial = r.int(1, 9999);
  // 078-05-1120 and 123-45-6789 are famous invalid/advertising numbers; detectors may drop them.
  const out = `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
  return out === '078-05-1120' || out === '123-45-6789' ? usSsn(r) : out;
}

/** UK National Insurance number: valid prefix letters (HMRC rules), six digits, suffix A-D. */
export function ukNino(r: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  const banned = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
  let prefix = r.pick([...first]) + r.pick([...second]);
  while (banned.has(prefix)) prefix = r.pick([...first]) + r.pick([...second]);
  return prefix + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
}

/** NHS number: nine digits plus a mod-11 check digit (weights 10..2); a check of 10 is invalid, so retry. */
export function ukNhs(r: Rng): string {
  for (;;) {
    const body = String(r.pick([4, 6])) + r.digits(8);
    const sum = [...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return body + String(check === 11 ? 0 : check);
  }
}

/** German Steuer-ID: 11 digits, first not 0, one digit of the first ten repeated once, ISO 7064 MOD 11,10 check. */
export function deSteuerId(r: Rng): string {
  for (;;) {
    const pool = r.shuffle([...'0123456789']);
    const doubled = pool[0]!;
    // Ten positions: eight distinct digits (pool[1..8]) plus the doubled digit twice; pool[9] is left out.
    const ten = r.shuffle([doubled, doubled, ...pool.slice(1, 9)]);
    if (ten[0] === '0') continue;
    return ten.join('') + String(iso7064Mod11_10(ten.join('')));
  }
}

export function iso7064Mod11_10(digits: string): number {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + mod-23 letter) or NIE (X/Y/Z + 7 digits + letter). */
export function esDniOrNie(r: Rng, nie: boolean): string {
  if (!nie) {
    const n = r.digits(8);
    return n + DNI_LETTERS[Number(n) % 23]!;
  }
  const lead = r.pick(['X', 'Y', 'Z']);
  const n = r.digits(7);
  return lead + n + DNI_LETTERS[Number(String('XYZ'.indexOf(lead)) + n) % 23]!;
}

const CF_ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

const cfEven = (ch: string): number => (/\d/.test(ch) ? Number(ch) : LETTERS.indexOf(ch));

export function cfCheckChar(first15: string): string {
  let sum = 0;
  [...first15].forEach((ch, i) => (sum += i % 2 === 0 ? CF_ODD[ch]! : cfEven(ch)));
  return LETTERS[sum % 26]!;
}

/** Three letters of a name part by the codice fiscale rule: consonants, then vowels, then X. */
function cfPart(name: string, isFirstName: boolean): string {
  const up = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const cons = [...up].filter((c) => !'AEIOU'.includes(c));
  const vows = [...up].filter((c) => 'AEIOU'.includes(c));
  // First names with 4+ consonants take the 1st, 3rd and 4th.
  if (isFirstName && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!;
  return (cons.join('') + vows.join('') + 'XXX').slice(0, 3);
}

/** Italian codice fiscale derived from a name and a birth date, with a random municipality code. */
export function itCodiceFiscale(r: Rng, first: string, last: string, birth: Date, female: boolean): string {
  const months = 'ABCDEHLMPRST';
  const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
  const day = String(birth.getUTCDate() + (female ? 40 : 0)).padStart(2, '0');
  const comune = r.pick([...'ABCDEFGHILM']) + r.digits(3);
  const body = cfPart(last, false) + cfPart(first, true) + yy + months[birth.getUTCMonth()]! + day + comune;
  return body + cfCheckChar(body);
}

/** French NIR (numéro de sécurité sociale): 13 digits + key = 97 - (n mod 97). Mainland departments only. */
export function frNir(r: Rng, birth: Date, female: boolean): string {
  let dept = r.int(1, 95);
  if (dept === 20) dept = 21; // Corsica uses 2A/2B, which the plain mod-97 rule does not cover.
  const body =
    (female ? '2' : '1') +
    String(birth.getUTCFullYear() % 100).padStart(2, '0') +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(dept).padStart(2, '0') +
    String(r.int(1, 990)).padStart(3, '0') +
    String(r.int(1, 999)).padStart(3, '0');
  return body + String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
}

/** US passport book number: 9 digits, or the next-generation letter + 8 digits. */
export function usPassport(r: Rng): string {
  return r.chance(0.5) ? String(r.int(1, 9)) + r.digits(8) : r.pick([...'ACEFGHJKLMNPRSTUVWXYZ']) + r.digits(8);
}

/** US driver licence numbers in a few states' formats (no checksum exists; context decides). */
export function usDriverLicense(r: Rng): { state: string; number: string } {
  const L = (): string => r.pick([...LETTERS]);
  return r.weighted<{ state: string; number: string }>([
    [{ state: 'CA', number: L() + r.digits(7) }, 3],
    [{ state: 'NY', number: r.digits(9) }, 1],
    [{ state: 'TX', number: String(r.int(1, 4)) + r.digits(7) }, 1],
    [{ state: 'FL', number: `${L()}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}` }, 1],
    [{ state: 'IL', number: `${L()}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}` }, 1],
    [{ state: 'WA', number: `WDL${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}` }, 1],
  ]);
}

/** Luhn check digit for a digit string (used for hard negatives that must pass Luhn). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
