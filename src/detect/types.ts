/**
 * Entity types, with Presidio's names where Presidio has one (see ../shared/eval/README.md),
 * plus Veil's own: STREET_ADDRESS, DATE_OF_BIRTH, SECRET, national IDs, CUSTOM, INVISIBLE_TEXT.
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

/** One detected span. Offsets are UTF-16 indices into the analysed text, end exclusive. */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** 0..1, Presidio-style: base pattern score, raised by context, 1 when a checksum validates. */
  score: number;
  /** Sub-kind, e.g. the secret's provider ("AWS", "GitHub") or the national ID's country. */
  label?: string;
  /** Id of the recognizer that produced it (equals its file name). */
  recognizer: string;
}

export interface DetectOptions {
  /** Findings below this score are dropped. */
  minScore?: number;
  /** Restrict to these types (default: all). */
  types?: readonly EntityType[];
}
