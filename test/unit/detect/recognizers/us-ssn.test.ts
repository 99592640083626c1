import { describe, expect, it } from 'vitest';
import { ssnValid, usSsnRecognizer } from '../../../../src/detect/recognizers/us-ssn';
import { recognized } from '../helpers';

describe('us-ssn', () => {
  it.each([
    ["Here's my SSN: 460-89-9847", '460-89-9847'],
    ['536-22-8726', '536-22-8726'],
    ['social security number 536 22 8726', '536 22 8726'],
    ['SSN 536228726', '536228726'],
    ['ss# 054-28-6917.', '054-28-6917'],
  ])('finds %j', (text, value) => {
    expect(recognized(usSsnRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['000-12-3456'],
    ['666-12-3456'],
    ['912-34-5678'], // ITIN range
    ['123-00-4567'],
    ['123-45-0000'],
    ['078-05-1120'], // Woolworth wallet card
    ['111-11-1111'],
    ['536228726'], // bare digits without context
    ['536 22 8726'], // spaced without context
    ['part 536-22-8726'],
    ['536-22-8726-01'],
    ['536-22.8726'],
    ['phone 536-22-8726'],
  ])('ignores %j', (text) => {
    expect(recognized(usSsnRecognizer, text)).toEqual([]);
  });

  it('applies SSA validity rules', () => {
    expect(ssnValid('536228726')).toBe(true);
    expect(ssnValid('900228726')).toBe(false);
  });
});
