import { describe, expect, it } from 'vitest';
import { ukNinoRecognizer } from '../../../../src/detect/recognizers/uk-nino';
import { recognized } from '../helpers';

describe('uk-nino', () => {
  it.each([
    ['NI number AB123456C', 'AB123456C'],
    ['JG 10 37 54 A', 'JG 10 37 54 A'],
    ['national insurance: ce123456d', 'ce123456d'],
  ])('finds %j', (text, value) => {
    expect(recognized(ukNinoRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['QQ123456C'], // Q never first
    ['AO123456C'], // O never second
    ['GB123456A'], // never issued
    ['AB123456E'], // suffix A-D only
    ['Ab123456c'], // mixed case
    ['XAB123456C'],
  ])('ignores %j', (text) => {
    expect(recognized(ukNinoRecognizer, text)).toEqual([]);
  });
});
