import { describe, expect, it } from 'vitest';
import { itFiscalCodeRecognizer } from '../../../../src/detect/recognizers/it-fiscal-code';
import { recognized } from '../helpers';

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
