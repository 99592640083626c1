import { describe, expect, it } from 'vitest';
import { frNirRecognizer } from '../../../../src/detect/recognizers/fr-nir';
import { recognized } from '../helpers';

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
