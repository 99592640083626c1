import { describe, expect, it } from 'vitest';
import { esDniRecognizer } from '../../../../src/detect/recognizers/es-dni';
import { recognized } from '../helpers';

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
