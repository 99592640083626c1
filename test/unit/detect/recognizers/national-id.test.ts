import { describe, expect, it } from 'vitest';
import { deTaxIdRecognizer, deTaxIdValid } from '../../../../src/detect/recognizers/de-tax-id';
import { frNirRecognizer } from '../../../../src/detect/recognizers/fr-nir';
import { esDniRecognizer } from '../../../../src/detect/recognizers/es-dni';
import { itFiscalCodeRecognizer } from '../../../../src/detect/recognizers/it-fiscal-code';
import { raw, recognized } from '../helpers';

// One file for the four NATIONAL_ID recognizers; each has its own describe block.
describe('de-tax-id', () => {
  it.each([
    ['Steuer-ID: 86095742719', '86095742719'],
    ['meine Steuer-ID ist 86 095 742 719', '86 095 742 719'],
    ['tax id 86095742719', '86095742719'],
    ['Die Nummer ist 86095742719', '86095742719'], // check digit + distribution rule: ~0.4% of random numbers pass
  ])('finds %j', (text, value) => {
    expect(recognized(deTaxIdRecognizer, text)).toEqual([value]);
    expect(raw(deTaxIdRecognizer, text)[0]?.label).toBe('DE');
  });

  it.each([
    ['Steuer-ID: 86095742718'], // check digit
    ['Steuer-ID: 47151259681'], // two digits repeated
    ['Steuer-ID: 06095742719'], // leading zero
  ])('ignores %j', (text) => {
    expect(recognized(deTaxIdRecognizer, text)).toEqual([]);
  });

  it('applies the digit-distribution rule', () => {
    expect(deTaxIdValid('86095742719')).toBe(true);
    expect(deTaxIdValid('47151259681')).toBe(false);
  });
});

describe('fr-nir', () => {
  it.each([
    ['NIR 1 85 05 78 006 084 91', '1 85 05 78 006 084 91'],
    ['numéro de sécurité sociale 269029934173285', '269029934173285'],
    ['185052A00608435', '185052A00608435'],
  ])('finds %j', (text, value) => {
    expect(recognized(frNirRecognizer, text)).toEqual([value]);
  });

  it.each([['1 85 05 78 006 084 92'], ['1 85 13 78 006 084 91'], ['x185057800608491']])('ignores %j', (text) => {
    expect(recognized(frNirRecognizer, text)).toEqual([]);
  });
});

describe('es-dni', () => {
  it.each([
    ['DNI 12345678Z', '12345678Z'],
    ['mi DNI es 87654321-X', '87654321-X'],
    ['NIE X1234567L', 'X1234567L'],
    ['nie: Y-7654321 G', 'Y-7654321 G'],
    ['12.345.678-Z', '12.345.678-Z'],
  ])('finds %j', (text, value) => {
    expect(recognized(esDniRecognizer, text)).toEqual([value]);
  });

  it.each([['DNI 12345678A'], ['X1234567A'], ['ref 12345678Zebra']])('ignores %j', (text) => {
    expect(recognized(esDniRecognizer, text)).toEqual([]);
  });
});

describe('it-fiscal-code', () => {
  it.each([
    ['codice fiscale RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['BNCGLI80A41F205F', 'BNCGLI80A41F205F'],
    ['cf: vrdlgu70m01h501f.', 'vrdlgu70m01h501f'],
  ])('finds %j', (text, value) => {
    expect(recognized(itFiscalCodeRecognizer, text)).toEqual([value]);
  });

  it.each([['RSSMRA85T10A562T'], ['RSSMRA85Z10A562S'], ['RssMra85T10A562S'], ['XRSSMRA85T10A562S']])(
    'ignores %j',
    (text) => {
      expect(recognized(itFiscalCodeRecognizer, text)).toEqual([]);
    },
  );
});
