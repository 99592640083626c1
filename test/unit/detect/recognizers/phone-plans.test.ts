import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/mobile/examples';
import { PHONE_METADATA } from '../../../../src/detect/data/phone-metadata.generated';
import { isPossibleReading, isValidReading, readNumber } from '../../../../src/detect/recognizers/phone-plans';

const METADATA = PHONE_METADATA as MetadataJson;
const REGIONS = getCountries(METADATA);

/** Both readings as one comparable line: country, calling code, national number, valid, possible. */
function both(text: string, region: CountryCode | undefined): [string, string] {
  const lib = region ? parsePhoneNumberFromString(text, region, METADATA) : parsePhoneNumberFromString(text, METADATA);
  const own = readNumber(text, region);
  return [
    lib ? `${lib.country}|${lib.countryCallingCode}|${lib.nationalNumber}|${lib.isValid()}|${lib.isPossible()}` : '-',
    own
      ? `${own.country}|${own.callingCode}|${own.nationalNumber}|${isValidReading(own)}|${isPossibleReading(own)}`
      : '-',
  ];
}

/** Separators inserted at random places, as numbers are written ("(020) 7946-0958"). */
const written = (digits: string, cuts: [number, string][]): string => {
  let s = digits;
  const first = s.startsWith('+') ? 1 : 0;
  for (const [at, sep] of cuts) {
    const k = Math.max(first, Math.min(s.length, at));
    s = s.slice(0, k) + sep + s.slice(k);
  }
  return s;
};
const cuts = fc.array(fc.tuple(fc.nat(18), fc.constantFrom(' ', '-', '.', '(', ')', '/', '\u00a0')), { maxLength: 4 });
const region = fc.constantFrom(...REGIONS);

describe('readNumber', () => {
  it('reads random numbers as libphonenumber-js parses them, in every region and in international form', () => {
    // Heads that exercise each step of the parse: trunk prefixes, international call prefixes (00, 011, 810),
    // calling codes written without "+", unknown and non-geographic calling codes.
    const head = fc.constantFrom(
      ...['', '0', '00', '000', '011', '0011', '010', '810', '8', '1', '2', '3', '4', '6', '7', '9', '01', '015'],
      ...['90', '44', '49', '33', '55', '91', '61', '1800', '0800', '+1', '+44', '+49', '+7', '+33', '+39', '+0'],
      ...['+', '+800', '+882', '+599', '+262'],
    );
    fc.assert(
      fc.property(head, fc.stringMatching(/^\d{0,15}$/), region, fc.boolean(), cuts, (h, tail, r, national, c) => {
        const text = written(h + tail, c);
        if ((text.match(/\d/g) ?? []).length < 3) return;
        const [lib, own] = both(text, national ? r : undefined);
        expect(own, `${JSON.stringify(text)} in ${national ? r : 'international form'}`).toBe(lib);
      }),
      { numRuns: 30000 },
    );
  });

  it('reads valid numbers (the regions’ examples, digits changed) as libphonenumber-js parses them', () => {
    const withExample = REGIONS.filter((r) => (examples as Record<string, string>)[r]);
    const form = fc.constantFrom('national', 'trunk', 'international', 'calling code');
    fc.assert(
      fc.property(fc.constantFrom(...withExample), region, form, fc.nat(), cuts, (from, r, f, seed, c) => {
        // The example's national number with its last digits changed (valid numbers stay close to it).
        const example = (examples as Record<string, string>)[from]!;
        const keep = Math.max(1, example.length - (seed % 5));
        const digits =
          example.slice(0, keep) +
          String(seed)
            .padStart(8, '7')
            .slice(0, example.length - keep);
        const code = getCountryCallingCode(from as CountryCode, METADATA);
        const text =
          f === 'international'
            ? `+${code}${digits}`
            : f === 'calling code'
              ? `${code}${digits}`
              : f === 'trunk'
                ? `0${digits}`
                : digits;
        const [lib, own] = both(written(text, c), f === 'international' ? undefined : r);
        expect(own, `${JSON.stringify(text)} in ${r}`).toBe(lib);
      }),
      { numRuns: 30000 },
    );
  });

  it.each([
    ['(415) 555-2671', 'US', 'US|1|4155552671|true'],
    ['0161 496 0757', 'GB', 'GB|44|1614960757|true'],
    // A Canadian area code read with the US as region: the calling code's other country.
    ['(604) 555-0134', 'US', 'CA|1|6045550134|true'],
    ['011 44 20 7946 0958', 'US', 'GB|44|2079460958|true'],
    ['+49 30 901820', undefined, 'DE|49|30901820|true'],
  ])('reads %j (region %s) as %s', (text, r, expected) => {
    const own = readNumber(text, r);
    expect(own && `${own.country}|${own.callingCode}|${own.nationalNumber}|${isValidReading(own)}`).toBe(expected);
  });

  it('returns undefined for an unknown region or calling code', () => {
    expect(readNumber('020 7946 0958', 'XX')).toBeUndefined();
    expect(readNumber('+999 123 4567')).toBeUndefined();
    expect(readNumber('020 7946 0958')).toBeUndefined();
  });
});
