/**
 * Independent validity checks for gold values, written from the specs (not shared with the
 * generators that compute check digits), so a test can prove the labels are real.
 */
import { isIP } from 'node:net';
import { isValidPhoneNumber } from 'libphonenumber-js/max';

const digitsOf = (s: string): string => s.replace(/[\s-]/g, '');

export function luhnValid(value: string): boolean {
  const d = digitsOf(value);
  if (!/^\d{12,19}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

export function ibanValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem === 1;
}

export function ssnValid(value: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(value);
  if (!m) return false;
  const [area, group, serial] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

export function ninoValid(value: string): boolean {
  const s = value.replace(/\s/g, '');
  return /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s);
}

export function nhsValid(value: string): boolean {
  const d = digitsOf(value);
  if (!/^\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(d[9]);
}

export function steuerIdValid(value: string): boolean {
  const d = digitsOf(value);
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (const c of d.slice(0, 10)) {
    const sum = (Number(c) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(d[10]);
}

export function dniNieValid(value: string): boolean {
  const s = value.replace('-', '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const num = m[1] ? 'XYZ'.indexOf(m[1]) + m[2]! : m[2]!;
  if (num.length !== 8) return false;
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(num) % 23] === m[3];
}

export function codiceFiscaleValid(value: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(value)) return false;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = value[i]!;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[v]! : v; // digits index the odd table like A..J
  }
  return value[15] === String.fromCharCode(65 + (sum % 26));
}

export function nirValid(value: string): boolean {
  const d = value.replace(/\s/g, '');
  if (!/^[12]\d{14}$/.test(d)) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}

export function phoneValid(value: string, region: string): boolean {
  // A + number is valid on its own; a national one only for its region.
  return value.startsWith('+')
    ? isValidPhoneNumber(value)
    : isValidPhoneNumber(value, region as Parameters<typeof isValidPhoneNumber>[1]);
}

export const ipValid = (value: string): boolean => isIP(value) !== 0;
export const macValid = (value: string): boolean => /^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i.test(value);
export const emailValid = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/.test(value);

export function jwtValid(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof header.alg === 'string';
  } catch {
    return false;
  }
}
