/**
 * Check-digit algorithms used by the validated recognizers. Each one cites the specification it follows;
 * all take a string of the significant characters only (separators already removed).
 */

/** Luhn (mod 10), ISO/IEC 7812-1:2017 Annex B. Used by payment cards. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * ISO 7064 MOD 97-10 as applied to IBANs (ISO 13616-1:2020 §7): move the first four characters to the end,
 * letters A..Z become 10..35, and the number must be 1 modulo 97. Computed piecewise to stay in safe integers.
 */
export function ibanMod97(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/**
 * NHS number check digit (NHS Data Dictionary, "NHS Number"): weights 10..2 on the first nine digits,
 * check = 11 - (sum mod 11); 11 means 0 and 10 means the number is invalid.
 */
export function nhsMod11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

/**
 * ISO/IEC 7064 hybrid MOD 11,10, the check digit of the German tax identification number (Steuerliche
 * Identifikationsnummer, §139b AO; algorithm as published by the Bundeszentralamt für Steuern).
 */
export function iso7064Mod11_10(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/** Spanish DNI/NIE control letter (Ministerio del Interior, Real Decreto 1553/2005): number mod 23 indexes this table. */
export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function dniLetterOk(number: string, letter: string): boolean {
  return DNI_LETTERS[Number(number) % 23] === letter.toUpperCase();
}

/**
 * French NIR key (INSEE): key = 97 - (first 13 digits mod 97). Corsican departments 2A and 2B are read as 19
 * and 18 for the computation.
 */
export function nirKeyOk(body13: string, key: string): boolean {
  const numeric = body13.replace(/2A/i, '19').replace(/2B/i, '18');
  if (!/^\d{13}$/.test(numeric)) return false;
  const rem = Number(BigInt(numeric) % 97n);
  return 97 - rem === Number(key);
}

// Italian codice fiscale (D.M. 23 dicembre 1976, Ministero delle Finanze): characters in odd positions
// (1st, 3rd, ...) map through ODD, even ones to their plain value (digits 0-9, letters A=0..Z=25);
// the check letter is the sum mod 26.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

export function codiceFiscaleOk(cf: string): boolean {
  const s = cf.toUpperCase();
  if (s.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 65;
    if (v < 0 || v > 25) return false;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** PL PESEL: weights 1,3,7,9 repeated over the first 10 digits; the 11th is (10 - sum mod 10) mod 10. */
export function peselOk(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(d[i]) * w[i]!;
  const month = Number(d.slice(2, 4)) % 20;
  return month >= 1 && month <= 12 && (10 - (sum % 10)) % 10 === Number(d[10]);
}

/** TR T.C. Kimlik No: no leading 0; d10 from the odd and even sums, d11 the sum of the first ten, mod 10. */
export function tcknOk(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const n = [...d].map(Number);
  const odd = n[0]! + n[2]! + n[4]! + n[6]! + n[8]!;
  const even = n[1]! + n[3]! + n[5]! + n[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = n.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d10 === n[9] && d11 === n[10];
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** FI henkilötunnus DDMMYY-NNNC: C = HETU_CHECK[DDMMYYNNN mod 31]. */
export function hetuOk(birth: string, individual: string, check: string): boolean {
  return HETU_CHECK[Number(birth + individual) % 31] === check.toUpperCase();
}

// Verhoeff tables (dihedral group D5), for Aadhaar.
const V_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const V_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
/** Verhoeff check over all digits (the last one the check digit). */
export function verhoeffOk(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) c = V_D[c]![V_P[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
}

/** SG NRIC/FIN (S, T, F, G): weights 2,7,6,5,4,3,2, +4 for T and G, check letter from the remainder mod 11. */
export function nricOk(id: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(id.toUpperCase());
  if (!m) return false;
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = m[1] === 'T' || m[1] === 'G' ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(m[2]![i]) * w[i]!;
  const letters = m[1] === 'S' || m[1] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return letters[sum % 11] === m[3];
}
