/**
 * Entity types, with Presidio's names where Presidio has one (see ../shared/eval/README.md),
 * plus Veil's own: STREET_ADDRESS, DATE_OF_BIRTH, SECRET, UK_NHS, NATIONAL_ID (label = country), BANK_ACCOUNT (an
 * account or ABA routing number), CRYPTO_WALLET (label BTC or ETH), CUSTOM, INVISIBLE_TEXT.
 */
export const ENTITY_TYPES = [
  'PERSON',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'UK_NINO',
  'UK_NHS',
  'NATIONAL_ID',
  'BANK_ACCOUNT',
  'CRYPTO_WALLET',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'URL',
  'STREET_ADDRESS',
  'LOCATION',
  'ORGANIZATION',
  'DATE_TIME',
  'DATE_OF_BIRTH',
  'SECRET',
  'CUSTOM',
  'INVISIBLE_TEXT',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** What the policy does with a finding. Custom patterns may carry their own. */
export const ACTIONS = ['redact', 'warn', 'block', 'allow'] as const;
export type Action = (typeof ACTIONS)[number];

/** One detected span. Offsets are UTF-16 indices into the analysed text, end exclusive. */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** 0..1, Presidio-style: base pattern score, raised by context, 1 when a checksum validates. */
  score: number;
  /**
   * Sub-kind: the secret's provider ("AWS", "GitHub"), the national ID's country ("DE", "FR", "ES", "IT"),
   * the card brand, the custom pattern's name.
   */
  label?: string;
  /** Id of the recognizer that produced it (equals its file name). */
  recognizer: string;
  /** Only on CUSTOM findings whose pattern sets its own action. */
  action?: Action;
}

/** An organisation-defined pattern (RE2 syntax, compiled with re2js so it runs in linear time). */
export interface CustomPattern {
  name: string;
  pattern: string;
  action?: Action;
}

export interface DetectOptions {
  /** Findings below this score are dropped. Default DEFAULT_MIN_SCORE (0.5). */
  minScore?: number;
  /** Restrict to these types (default: all). */
  types?: readonly EntityType[];
  /** Whole-word, case-insensitive keywords reported as CUSTOM (e.g. internal code names). */
  customKeywords?: readonly string[];
  /** RE2 patterns reported as CUSTOM with label = name. Invalid ones are skipped (see compileCustomPatterns). */
  customPatterns?: readonly CustomPattern[];
  /**
   * ISO 3166-1 alpha-2 regions whose national phone formats are accepted (international +… numbers always are).
   * Default: US, GB, DE, FR, ES, IT, NL, IN, BR. The first ones are tried first.
   */
  phoneRegions?: readonly string[];
  /** Values never reported (compared case-insensitively, ignoring spaces and dashes). */
  allowlist?: readonly string[];
}
