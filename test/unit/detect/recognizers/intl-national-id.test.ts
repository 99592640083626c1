/** NATIONAL_ID with checksums for PL, TR, IN, FI and SG (recognizers/intl-national-id.ts). */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';
import { verhoeffOk } from '../../../../src/detect/checksum';

const ids = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'NATIONAL_ID')
    .map((f) => `${f.label}:${text.slice(f.start, f.end)}`);

/** The 12th digit that makes `eleven` Verhoeff-valid. */
const aadhaar = (eleven: string): string => {
  for (let c = 0; c <= 9; c++) if (verhoeffOk(eleven + c)) return eleven + c;
  throw new Error('no check digit');
};

describe('national IDs with checksums', () => {
  it('finds the published sample numbers with their context', () => {
    expect(ids('PESEL: 44051401359')).toEqual(['PL:44051401359']);
    expect(ids('TC Kimlik No 10000000146')).toEqual(['TR:10000000146']);
    expect(ids('henkilötunnus 131052-308T')).toEqual(['FI:131052-308T']);
    expect(ids('NRIC S1234567D on file')).toEqual(['SG:S1234567D']);
    const a = aadhaar('23456789012');
    const spaced = `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
    expect(ids(`My Aadhaar is ${spaced}`)).toEqual([`IN:${spaced}`]);
  });

  it('drops a number whose check digit is wrong, and bare 11-digit numbers without context', () => {
    expect(ids('PESEL: 44051401358')).toEqual([]);
    expect(ids('henkilötunnus 131052-308U')).toEqual([]);
    expect(ids('NRIC S1234567E')).toEqual([]);
    expect(ids('order 44051401359 shipped')).toEqual([]);
  });
});
