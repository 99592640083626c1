import { describe, expect, it } from 'vitest';
import { deTaxIdRecognizer, deTaxIdValid } from '../../../../src/detect/recognizers/de-tax-id';
import { raw, recognized } from '../helpers';

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
