/** Gold labels use the detector's type names (Presidio's where Presidio has one). */
export type GoldType =
  | 'PERSON'
  | 'EMAIL_ADDRESS'
  | 'PHONE_NUMBER'
  | 'CREDIT_CARD'
  | 'IBAN_CODE'
  | 'US_SSN'
  | 'US_PASSPORT'
  | 'US_DRIVER_LICENSE'
  | 'UK_NINO'
  | 'UK_NHS'
  | 'NATIONAL_ID'
  | 'IP_ADDRESS'
  | 'MAC_ADDRESS'
  | 'URL'
  | 'STREET_ADDRESS'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'DATE_TIME'
  | 'DATE_OF_BIRTH'
  | 'SECRET';

/** Offsets are UTF-16 indices into `text`, end exclusive (the score.mjs contract). */
export interface GoldSpan {
  type: GoldType;
  start: number;
  end: number;
  /** Sub-kind for reading misses: the secret's provider, the national ID's country. */
  label?: string;
}

/** One corpus item, in score.mjs's dataset format plus `locale` and `kind`. */
export interface CorpusItem {
  id: string;
  text: string;
  spans: GoldSpan[];
  locale: string;
  /** Template name for positives, `neg:<family>` for hard negatives. */
  kind: string;
}
