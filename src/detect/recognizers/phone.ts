import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Scan } from '../scan';
import { boosted, contextWords, hasContext } from '../context';
import { digitRunBounded, isDigit } from '../text';

/**
 * PHONE_NUMBER. Candidates come from one linear scan for digit chunks (digits, spaces, dots, dashes,
 * parentheses, one leading "+"); each plausible piece is validated with libphonenumber-js's "max" metadata
 * (per-country number patterns, not just lengths). Calling `findPhoneNumbersInText` once per region over the
 * whole text would cost ~1.2 µs/char/region (research memo §6.3); parsing only candidates keeps the fast path
 * within budget.
 *
 * Scores: international (+CC / 00CC) and valid 0.95; national, formatted and valid in a region with strict
 * numbering 0.6; German numbering accepts almost any 7-11 digit string, so "valid only in DE" is weak (0.45);
 * unformatted digit strings and numbers no region accepts need context words ("call", "mobile", "Fax:").
 * Never inside timestamps, dates, IPs, versions, decimals or longer IDs; "order/invoice/ref…" before a number
 * without phone context drops it.
 */

// Greedy character class with nothing after it: no backtracking. Pieces are cut and checked in code.
const CHUNK = /(?:\+|\b00)?\(?\d[\d\u00a0 ().\-/]*/g;
const EXTENSION = /^\s?(?:x|ext\.?|extension|#)\s?(\d{1,6})\b/i;

const CONTEXT = contextWords([
  'phone',
  'telephone',
  'tel',
  'tele',
  'mobile',
  'mob',
  'cell',
  'cellphone',
  'cellular',
  'fax',
  'call',
  'calling',
  'called',
  'ring',
  'text',
  'sms',
  'whatsapp',
  'signal',
  'telegram',
  'viber',
  'contact',
  'reach',
  'dial',
  'landline',
  'desk',
  'office',
  'direct',
  'hotline',
  'helpline',
  'voicemail',
  'answer',
  'answering',
  'message',
  'ext',
  'extension',
  'home',
  'work',
  'handy',
  'telefon',
  'telefono',
  'teléfono',
  'téléphone',
  'telephone',
  'portable',
  'móvil',
  'movil',
  'cellulare',
  'celular',
  'telefoonnummer',
  'rufnummer',
  'mobiel',
  'tél',
  'tlf',
  'phone number',
]);

const NEGATIVE = contextWords([
  'order',
  'invoice',
  'ref',
  'reference',
  'id',
  'tracking',
  'account',
  'acct',
  'isbn',
  'serial',
  'version',
  'build',
  'sku',
  'ticket',
  'case',
  'zip',
  'postcode',
  'iban',
  'card',
  'ssn',
  'transaction',
  'txn',
  'amount',
  'total',
  'price',
  'population',
  'item',
  'part',
  'model',
  'patent',
  'route',
  'policy',
  'claim',
  'nhs',
  'passport',
  'license',
  'licence',
]);

// Regions whose numbering plans reject most random digit strings. DE (and AT-like open plans) accept nearly anything.
const PERMISSIVE = new Set(['DE', 'AT']);

interface Verdict {
  score: number;
  region?: string;
}

const cache = new Map<string, Verdict | null>();

function shapeRejected(piece: string): boolean {
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(piece)) return true; // 2024-01-31
  if (/^\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})$/.test(piece)) return true; // 31.01.2024, 01/31/24
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(piece)) return true; // IPv4
  if (/^\d+(?:\.\d+)+$/.test(piece) && /(?:^|\.)\d(?:\.|$)/.test(piece)) return true; // 10.0.1, 3.14.159
  if (/^\d+[.,]\d+$/.test(piece)) return true; // decimals
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(piece)) return true; // 1.234.567
  if (/^\d{1,2}\/\d{1,2}$/.test(piece) || /\/.*\//.test(piece)) return true; // fractions, paths
  return false;
}

function verdict(piece: string, regions: readonly string[]): Verdict | null {
  const key = `${regions.join(',')}|${piece}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = computeVerdict(piece, regions);
  if (cache.size > 5000) cache.clear();
  cache.set(key, result);
  return result;
}

function computeVerdict(piece: string, regions: readonly string[]): Verdict | null {
  if (shapeRejected(piece)) return null;
  const digits = piece.replace(/\D/g, '');
  const intl = piece.startsWith('+') || piece.startsWith('00');
  if (intl) {
    const n = parsePhoneNumberFromString(piece.startsWith('00') ? `+${piece.slice(2)}` : piece);
    if (!n) return digits.length >= 8 && digits.length <= 15 ? { score: 0.3 } : null;
    if (n.isValid()) return { score: 0.95, ...(n.country ? { region: n.country } : {}) };
    return n.isPossible() ? { score: 0.7 } : { score: 0.3 };
  }
  if (digits.length < 7 || digits.length > 12) return null;
  const formatted = /[\s().-]/.test(piece);
  let strict: string | undefined;
  let permissive: string | undefined;
  for (const r of regions) {
    const n = parsePhoneNumberFromString(piece, r as CountryCode);
    if (!n?.isValid()) continue;
    if (PERMISSIVE.has(r) && r !== regions[0]) permissive ??= r;
    else {
      strict = r;
      break;
    }
  }
  if (!formatted) return strict || permissive ? { score: 0.3, region: (strict ?? permissive)! } : { score: 0.1 };
  if (strict) return { score: 0.6, region: strict };
  if (permissive) return { score: 0.45, region: permissive };
  // Phone-like grouping that no configured region accepts ("78 651 450"): only with context.
  return { score: 0.3 };
}

/** Splits a chunk at " - ", " / " or double spaces (two numbers on one line) and trims trailing punctuation. */
function pieces(chunk: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /\s+[-/]\s+|\s{2,}|\/(?=\s*\+)/g;
  let last = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /[\s.\-/)]/.test(chunk[s]!)) s++;
    while (e > s && /[\s.\-/(]/.test(chunk[e - 1]!)) e--;
    // An unbalanced ")" at the end belongs to the prose: "(call 555 0100)".
    if (chunk[e - 1] === ')' && !chunk.slice(s, e - 1).includes('(')) e--;
    if (chunk[s] === '(' && !chunk.slice(s, e).includes(')')) s++;
    if (e > s) out.push({ text: chunk.slice(s, e), start: offset + s });
  };
  for (const m of chunk.matchAll(re)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, chunk.length);
  return out;
}

function evaluate(scan: Scan, piece: string, start: number, out: Finding[]): void {
  const { text } = scan;
  let end = start + piece.length;
  const digitCount = piece.replace(/\D/g, '').length;
  if (digitCount < 7 || digitCount > 15) return;
  // An extension ("x4587", " ext. 12") belongs to the number; the boundary is checked after it.
  const ext = EXTENSION.exec(text.slice(end, end + 20));
  if (ext) end += ext[0].length;
  if (!digitRunBounded(text, start, end)) return;
  const v = verdict(piece, scan.phoneRegions);
  if (!v) return;
  const ctx = hasContext(scan, start, end, CONTEXT, 5, 2);
  if (!ctx && hasContext(scan, start, end, NEGATIVE, 3, 0)) return;
  const score = boosted(v.score, ctx, v.score >= 0.3 ? 0.8 : 0.55);
  const f: Finding = { type: 'PHONE_NUMBER', start, end, score, recognizer: 'phone' };
  if (v.region) f.label = v.region;
  out.push(f);
}

export const phoneRecognizer: Recognizer = {
  id: 'phone',
  types: ['PHONE_NUMBER'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    for (const m of text.matchAll(CHUNK)) {
      if (m[0].length < 7) continue;
      // Bail out of absurd chunks (100 KB of digits): no phone number is that long.
      if (m[0].length > 80) continue;
      if (isDigit(text[m.index - 1])) continue;
      for (const p of pieces(m[0], m.index)) evaluate(scan, p.text, p.start, out);
    }
    return out;
  },
};
