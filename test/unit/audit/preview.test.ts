import { describe, expect, it } from 'vitest';
import { previewProblem } from '../../../src/audit/preview';
import { detect, maskPreview, type EntityType } from '../../../src/detect';

const findsValue = (text: string): boolean => detect(text).length > 0;

// Realistic values per type (test numbers: Stripe's 4242 card, the IBAN registry's DE example,
// AWS's documented example key id).
const VALUES: [EntityType, string][] = [
  ['EMAIL_ADDRESS', 'jane.doe@example.com'],
  ['EMAIL_ADDRESS', 'ops@acme-corp.co.uk'],
  ['EMAIL_ADDRESS', 'someone@mail.barclays'],
  ['CREDIT_CARD', '4242 4242 4242 4242'],
  ['IBAN_CODE', 'DE89 3704 0044 0532 0130 00'],
  ['PHONE_NUMBER', '+49 30 1234 5689'],
  ['US_SSN', '123-45-6789'],
  ['IP_ADDRESS', '192.168.10.12'],
  ['MAC_ADDRESS', '00:1A:2B:3C:4D:5E'],
  ['URL', 'https://intranet.example.com/wiki?id=7'],
  ['SECRET', 'sk-proj-abcdefghijklmnop1234567890abcdef'],
  ['SECRET', 'AKIAIOSFODNN7EXAMPLE'],
  ['SECRET', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
  ['SECRET', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA'],
  ['PERSON', 'Jane Doe'],
  ['ORGANIZATION', 'Acme Corporation International Holdings'],
  ['INVISIBLE_TEXT', '\u200b\u200b\u200b'],
  ['DATE_OF_BIRTH', '1990-04-12'],
  ['UK_NINO', 'QQ 12 34 56 C'],
  ['CUSTOM', 'Project Falcon'],
];

describe("the detector's maskPreview and the background's check agree", () => {
  it.each(VALUES)('%s %j: the preview passes and does not contain the value', (type, value) => {
    const preview = maskPreview(type, value);
    expect(previewProblem(preview, findsValue)).toBeUndefined();
    expect(preview).not.toContain(value);
  });
});

describe('previewProblem refuses what could still be the value', () => {
  it.each([
    ['jane.doe@example.com', 'is not masked'],
    ['4242 4242 4242 4242', 'is not masked'],
    ['4242 4242 4242 4242***', 'digits'],
    ['j***@acmecorporation.com', 'in a row'],
    ['***-**-**** 123456789', 'digits'],
    ['sk-proj-abcdefghijklmnop***', 'in a row'],
    ['DE8937040044***', 'in a row'],
    ['jane***@ex***.com\u200b', 'control or invisible'],
    ['x'.repeat(65), 'characters'],
    ['', 'characters'],
    ['ab*', 'is not masked'],
  ])('%j', (preview, problem) => {
    expect(previewProblem(preview, findsValue)).toContain(problem);
  });

  it('refuses a preview the detector still finds a value in', () => {
    expect(previewProblem('a***b', () => true)).toBe('still contains a detectable value');
  });
});
