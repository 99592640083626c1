import { describe, expect, it } from 'vitest';
import {
  codiceFiscaleOk,
  dniLetterOk,
  ibanMod97,
  iso7064Mod11_10,
  luhn,
  nhsMod11,
  nirKeyOk,
} from '../../../src/detect/checksum';

describe('checksums', () => {
  it('luhn (ISO/IEC 7812-1 Annex B)', () => {
    expect(luhn('79927398713')).toBe(true); // the textbook example
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('4526018159083012')).toBe(true);
    expect(luhn('')).toBe(false);
    expect(luhn('12a4')).toBe(false);
  });

  it('IBAN mod 97 (ISO 13616)', () => {
    expect(ibanMod97('GB82WEST12345698765432')).toBe(true);
    expect(ibanMod97('DE89370400440532013000')).toBe(true);
    expect(ibanMod97('DE88370400440532013000')).toBe(false);
    expect(ibanMod97('DE89 3704')).toBe(false);
  });

  it('NHS mod 11', () => {
    expect(nhsMod11('9434765919')).toBe(true);
    expect(nhsMod11('9434765918')).toBe(false);
    expect(nhsMod11('1234567890')).toBe(false); // check digit would be 10
  });

  it('ISO 7064 MOD 11,10 (German tax ID)', () => {
    expect(iso7064Mod11_10('86095742719')).toBe(true);
    expect(iso7064Mod11_10('86095742718')).toBe(false);
  });

  it('DNI letter', () => {
    expect(dniLetterOk('12345678', 'Z')).toBe(true);
    expect(dniLetterOk('12345678', 'z')).toBe(true);
    expect(dniLetterOk('12345678', 'A')).toBe(false);
  });

  it('NIR key, with Corsica', () => {
    expect(nirKeyOk('1850578006084', '91')).toBe(true);
    expect(nirKeyOk('185052A006084', '35')).toBe(true);
    expect(nirKeyOk('1850578006084', '90')).toBe(false);
  });

  it('codice fiscale check letter', () => {
    expect(codiceFiscaleOk('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscaleOk('RSSMRA85T10A562T')).toBe(false);
    expect(codiceFiscaleOk('SHORT')).toBe(false);
  });
});
