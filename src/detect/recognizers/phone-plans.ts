import { Metadata } from 'libphonenumber-js/core';
import { PHONE_METADATA } from '../data/phone-metadata.generated';
import { digitsOf } from '../text';

/**
 * Reading a candidate the way libphonenumber-js 1.13 parses it (parse.js and the helpers it calls), from the
 * library's own metadata and accessors, but with each numbering plan's patterns compiled once. The library builds
 * `new RegExp(pattern)` at every step of every parse (a dozen per number, some of NANP's patterns over a
 * kilobyte), and the parse was half the phone recognizer's time on the bench's prompts (~28 µs a number, first
 * sight). A unit test compares every reading with the library's parse on random numbers of every region.
 *
 * Inputs are what the phone recognizer hands over: ASCII digits and separators, "+" only in front, at least 3
 * digits (it reads 7 to 15); no letters, extensions or "tel:" URIs, which the library's parse would also handle.
 */

/** What a parse yields: country (when one is known), calling code and national significant number. */
export interface Reading {
  country?: string;
  callingCode: string;
  nationalNumber: string;
}

/** The parts of libphonenumber-js's Metadata class read here (its typings declare only the constructor). */
interface Accessors {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  countryCallingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  IDDPrefix(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface NumberType {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

/** A numbering plan with its patterns compiled, anchored as the library applies them. */
interface Plan {
  callingCode: string;
  national: RegExp;
  lengths: readonly number[] | undefined;
  /** National prefix for parsing (with carrier-code groups), at the start. */
  prefix: RegExp | undefined;
  transform: string | undefined;
  /** International call prefix, at the start. */
  idd: RegExp | undefined;
  /** Leading digits that tell this country from others sharing its calling code, at the start. */
  leading: RegExp | undefined;
  /** FIXED_LINE, then the other types in getNumberType's order; undefined when the plan lists none. */
  types: NumberType[] | undefined;
}

// The types getNumberType tries, FIXED_LINE first (libphonenumber-js helpers/getNumberType.js).
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

const HAS_DIGIT = /\d/;

let metadata: Accessors | undefined;
/** The library's Metadata over our generated plans, made on first use (no work at import). */
const meta = (): Accessors => (metadata ??= new Metadata(PHONE_METADATA) as unknown as Accessors);
const plans = new Map<string, Plan | null>();
const anchored = (pattern: string | undefined, end = ''): RegExp | undefined =>
  pattern ? new RegExp(`^(?:${pattern})${end}`) : undefined;

/** The plan of a country ("GB") or of a calling code ("44": its main country's); null when the metadata has none. */
function planOf(key: string): Plan | null {
  let plan = plans.get(key);
  if (plan !== undefined) return plan;
  const m = meta();
  try {
    m.selectNumberingPlan(key);
    const types = m.hasTypes()
      ? TYPES.flatMap((name) => {
          const t = m.type(name);
          return t && t.pattern() ? [{ pattern: anchored(t.pattern(), '$')!, lengths: t.possibleLengths() }] : [];
        })
      : undefined;
    plan = {
      callingCode: m.countryCallingCode(),
      national: anchored(m.nationalNumberPattern(), '$') ?? /^$/,
      lengths: m.possibleLengths(),
      prefix: anchored(m.nationalPrefixForParsing()),
      transform: m.nationalPrefixTransformRule(),
      idd: anchored(m.IDDPrefix()),
      leading: anchored(m.leadingDigits()),
      types,
    };
  } catch {
    plan = null; // an unknown region or calling code: the parse fails
  }
  plans.set(key, plan);
  return plan;
}

/** isValid.js: the national pattern and, where the plan has types, one type's lengths and pattern. */
function validIn(plan: Plan, nsn: string): boolean {
  if (!plan.national.test(nsn)) return false;
  if (!plan.types) return true;
  for (const t of plan.types) if ((!t.lengths || t.lengths.includes(nsn.length)) && t.pattern.test(nsn)) return true;
  return false;
}

/** getNumberType(...) !== undefined: as validIn, but a plan without types has no type for any number. */
const hasType = (plan: Plan, nsn: string): boolean => !!plan.types && validIn(plan, nsn);

type Length = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

/** checkNumberLength.js, for no particular type. */
function lengthOf(plan: Plan, nsn: string): Length {
  const lengths = plan.lengths;
  if (!lengths) return 'IS_POSSIBLE';
  const n = nsn.length;
  if (lengths[0] === n) return 'IS_POSSIBLE';
  if (lengths[0]! > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/** getCountryByCallingCode.js: which of the countries sharing a calling code the number belongs to. */
function countryOf(callingCode: string, nsn: string): string | undefined {
  const countries = meta().getCountryCodesForCallingCode(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planOf(country);
    if (!plan) continue;
    if (plan.leading ? nsn !== '' && plan.leading.test(nsn) : hasType(plan, nsn)) return country;
  }
  return undefined;
}

/** extractNationalNumber.js: the national prefix (and carrier code) stripped, when the plan says it should be. */
function nationalOf(number: string, plan: Plan): string {
  const m = number && plan.prefix ? plan.prefix.exec(number) : null;
  if (!m) return number;
  const groups = m.length - 1;
  const nsn =
    plan.transform && groups > 0 && m[groups]
      ? number.replace(plan.prefix!, plan.transform)
      : number.slice(m[0].length);
  if (nsn === number) return number;
  if (plan.national.test(number) && !plan.national.test(nsn)) return number;
  if (plan.lengths) {
    const country = countryOf(plan.callingCode, nsn);
    const length = lengthOf((country && planOf(country)) || plan, nsn);
    if (length === 'TOO_SHORT' || length === 'INVALID_LENGTH') return number;
  }
  return nsn;
}

/** stripIddPrefix.js: the number after the region's international call prefix, if it starts with one. */
function afterIdd(number: string, plan: Plan): string | undefined {
  const m = plan.idd?.exec(number);
  if (!m) return undefined;
  const rest = number.slice(m[0].length);
  return rest && rest !== number && rest[0] !== '0' ? rest : undefined;
}

/**
 * extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js: "44 20 7946 0958" dialled in GB is read
 * without its calling code when only that reading fits the plan, or the whole is too long for it.
 */
function withoutCallingCode(number: string, plan: Plan): string | undefined {
  if (!number.startsWith(plan.callingCode)) return undefined;
  const shorter = number.slice(plan.callingCode.length);
  const whole = nationalOf(number, plan);
  if (!plan.national.test(whole) && plan.national.test(nationalOf(shorter, plan))) return shorter;
  return lengthOf(plan, whole) === 'TOO_LONG' ? shorter : undefined;
}

/**
 * parsePhoneNumberFromString(text, region): a number written with "+" is read by its calling code; one without
 * needs the region, whose international prefix and calling code may still make it a foreign one. Undefined
 * where the library's parse returns undefined.
 */
export function readNumber(text: string, region?: string): Reading | undefined {
  // parseIncompletePhoneNumber.js: the digits, and a "+" before all of them.
  const digits = digitsOf(text);
  if (digits.length < 3) return undefined; // outside the inputs read here (see the top of this file)
  const plus = text.indexOf('+');
  let number = plus >= 0 && !HAS_DIGIT.test(text.slice(0, plus)) ? `+${digits}` : digits;
  let plan: Plan | null = null;
  let callingCode = '';
  let country: string | undefined;
  if (number[0] !== '+') {
    const home = region ? planOf(region) : null;
    if (!home) return undefined;
    const rest = afterIdd(number, home);
    if (rest) number = `+${rest}`;
    else {
      const shorter = withoutCallingCode(number, home);
      if (shorter !== undefined) {
        callingCode = home.callingCode;
        plan = planOf(callingCode);
        number = shorter;
      } else {
        callingCode = home.callingCode;
        plan = home;
        country = region;
      }
    }
  }
  if (number[0] === '+') {
    if (number[1] === '0') return undefined;
    for (let i = 2; i <= 4 && i <= number.length; i++) {
      if (!meta().hasCallingCode(number.slice(1, i))) continue;
      callingCode = number.slice(1, i);
      plan = planOf(callingCode);
      number = number.slice(i);
      break;
    }
  }
  if (!plan || !number) return undefined;
  const nationalNumber = nationalOf(number, plan);
  country = countryOf(callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < 2 || nationalNumber.length > 17) return undefined;
  return country ? { country, callingCode, nationalNumber } : { callingCode, nationalNumber };
}

/** PhoneNumber.isValid(). */
export function isValidReading(r: Reading): boolean {
  const plan = planOf(r.country ?? r.callingCode);
  return !!plan && validIn(plan, r.nationalNumber);
}

/** PhoneNumber.isPossible(): the length fits the plan. */
export function isPossibleReading(r: Reading): boolean {
  const plan = planOf(r.country ?? r.callingCode);
  return !!plan && lengthOf(plan, r.nationalNumber) === 'IS_POSSIBLE';
}
