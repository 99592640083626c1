import type { CountryCode } from 'libphonenumber-js/max';
import type { Doc } from '../builder';
import type { Ctx } from '../ctx';
import type { Lang } from '../locales';

export interface Template {
  /** Stable name; becomes the item's `kind`. */
  kind: string;
  lang: Lang;
  /** Relative frequency within its language pool. */
  weight?: number;
  /** Only for these regions (e.g. SSN forms for the US). */
  regions?: readonly CountryCode[];
  render(c: Ctx): Doc;
}
