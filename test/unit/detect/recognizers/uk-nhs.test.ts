import { describe, expect, it } from 'vitest';
import { ukNhsRecognizer } from '../../../../src/detect/recognizers/uk-nhs';
import { recognized } from '../helpers';

describe('uk-nhs', () => {
  it.each([
    ['NHS number 943 476 5919', '943 476 5919'],
    ['patient 401-023-2137', '401-023-2137'],
    ['NHS no: 9434765919', '9434765919'],
  ])('finds %j', (text, value) => {
    expect(recognized(ukNhsRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['943 476 5919'], // valid but no context: also a US phone shape
    ['NHS number 943 476 5918'], // check digit wrong
    ['NHS number 123 456 7890'],
    ['NHS number 111 111 1111'],
  ])('ignores %j', (text) => {
    expect(recognized(ukNhsRecognizer, text)).toEqual([]);
  });
});
