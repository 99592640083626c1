import { describe, expect, it } from 'vitest';
import { usPassportRecognizer } from '../../../../src/detect/recognizers/us-passport';
import { recognized } from '../helpers';

describe('us-passport', () => {
  it.each([
    ['passport number 912803456', '912803456'],
    ['My passport: A12345678.', 'A12345678'],
    ['US passport no. 340020013 expires soon', '340020013'],
  ])('finds %j', (text, value) => {
    expect(recognized(usPassportRecognizer, text)).toEqual([value]);
  });

  it.each([['912803456'], ['order A12345678'], ['passport 12345'], ['passport 1234567890']])('ignores %j', (text) => {
    expect(recognized(usPassportRecognizer, text)).toEqual([]);
  });
});
