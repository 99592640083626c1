import { describe, expect, it } from 'vitest';
import { cardBrand, creditCardRecognizer } from '../../../../src/detect/recognizers/credit-card';
import { raw, recognized } from '../helpers';

describe('credit-card', () => {
  it.each([
    ['card 4526 0181 5908 3012 exp 04/27', '4526 0181 5908 3012', 'Visa'],
    ['5166-1318-6091-3906', '5166-1318-6091-3906', 'Mastercard'],
    ['pay with 2221996030824625', '2221996030824625', 'Mastercard'],
    ['amex 3781 948219 93511', '3781 948219 93511', 'Amex'],
    ['6011819093786579', '6011819093786579', 'Discover'],
    ['JCB 3530975432319487', '3530975432319487', 'JCB'],
    ['diners 36757491186253', '36757491186253', 'Diners'],
    ['card 6227601895559796 (co-branded range)', '6227601895559796', 'Discover'],
    ['old visa 4711471049740', '4711471049740', 'Visa'],
    ['maestro 675912768420', '675912768420', 'Maestro'],
    ['4650752917034236672 (19 digits)', '4650752917034236672', 'Visa'],
  ])('finds %j', (text, value, brand) => {
    const f = raw(creditCardRecognizer, text).filter((x) => x.score >= 0.5);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual([value]);
    expect(f[0]!.label).toBe(brand);
  });

  it('needs context for a Luhn-valid number with no known issuer', () => {
    expect(recognized(creditCardRecognizer, 'ref 9968465632122335')).toEqual([]);
    expect(recognized(creditCardRecognizer, 'my credit card 9968465632122335')).toEqual(['9968465632122335']);
  });

  it('keeps a trailing CVV out of the span', () => {
    expect(recognized(creditCardRecognizer, '4526 0181 5908 3012 123')).toEqual(['4526 0181 5908 3012']);
  });

  it.each([
    ['4526 0181 5908 3013', 'Luhn fails'],
    ['4111 1111 1111 1111', 'published test number'],
    ['4242424242424242', 'Stripe test number'],
    ['order 4526018159083012', 'order number context'],
    ['tracking 4526018159083012', 'tracking context (compact; grouped 4-4-4-4 is a card whatever the label)'],
    ['order numbers are 16 digits: 4526018159083011 and 4526018159083012', 'a list of IDs, one failing Luhn'],
    ['arn:aws:iam::599480500017:role/x', 'inside a colon-delimited identifier'],
    ['0000 0000 0000 0000', 'all one digit'],
    ['4526-0181 5908-3012', 'mixed separators'],
    ['v4526.0181.5908.3012', 'dotted'],
    ['id=4526018159083012abc', 'glued to letters'],
    ['1.4526018159083012', 'decimal'],
    ['123456789012', 'random 12 digits (Luhn fails)'],
  ])('ignores %j (%s)', (text) => {
    expect(recognized(creditCardRecognizer, text)).toEqual([]);
  });

  it('knows issuer ranges', () => {
    expect(cardBrand('2720990000000000')).toBe('Mastercard');
    expect(cardBrand('2721000000000000')).toBeUndefined();
    expect(cardBrand('341234567890123')).toBe('Amex');
    expect(cardBrand('34123456789012')).toBeUndefined();
  });
});
