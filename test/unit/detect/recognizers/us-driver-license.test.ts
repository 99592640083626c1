import { describe, expect, it } from 'vitest';
import { usDriverLicenseRecognizer } from '../../../../src/detect/recognizers/us-driver-license';
import { recognized } from '../helpers';

describe('us-driver-license', () => {
  it.each([
    ["my driver's license number is F162823540116", 'F162823540116'],
    ["My driver's license number is 6940579", '6940579'],
    ['DL: D1234567', 'D1234567'],
    ['driving licence 2270-66-1551', '2270-66-1551'],
    ['license number U62928788557186 (CA)', 'U62928788557186'],
  ])('finds %j', (text, value) => {
    expect(recognized(usDriverLicenseRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['F162823540116'],
    ['MIT license 1234567'],
    ['license key 12345-67890'],
    ['software license 123456789'],
    ['H1 and D3 are headings'],
    ['public policy 1234567'],
  ])('ignores %j', (text) => {
    expect(recognized(usDriverLicenseRecognizer, text)).toEqual([]);
  });
});
