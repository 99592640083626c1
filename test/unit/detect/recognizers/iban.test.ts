import { describe, expect, it } from 'vitest';
import { ibanRecognizer } from '../../../../src/detect/recognizers/iban';
import { recognized } from '../helpers';

describe('iban', () => {
  it.each([
    ['IBAN DE89 3704 0044 0532 0130 00, thanks', 'DE89 3704 0044 0532 0130 00'],
    ['GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['gb82west12345698765432', 'gb82west12345698765432'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['NL91-ABNA-0417-1643-00.', 'NL91-ABNA-0417-1643-00'],
    ['Konto: NO9386011117947', 'NO9386011117947'],
    ['PL61 1090 1014 0000 0712 1981 2874 is mine', 'PL61 1090 1014 0000 0712 1981 2874'],
    ['DE89 3704 0044 0532 0130 00 1234 more digits', 'DE89 3704 0044 0532 0130 00'],
  ])('finds %j', (text, value) => {
    expect(recognized(ibanRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['DE88 3704 0044 0532 0130 00'], // wrong check digits
    ['DE89 3704 0044 0532 0130 0'], // too short for DE
    ['XX89370400440532013000'], // unknown country
    ['GB82WEST12345698765432XYZ'], // glued letters
    ['sha1 ab12cd34ef56ab78cd90ef12ab34cd56ef78ab90'],
    ['DE89 3704 0044 0532 0130 00'.replace(/ /g, ' - ')],
  ])('ignores %j', (text) => {
    expect(recognized(ibanRecognizer, text)).toEqual([]);
  });
});
