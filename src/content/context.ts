/**
 * What every part of the guard shares on one page: the site adapter with the admin's selector
 * overrides applied, the live settings, and the helpers around them.
 */
import type { EntityType } from '../detect';
import type { Settings } from '../policy/schema';
import type { Tripwire } from './bridge';
import type { TypingFeedback } from './feedback';
import type { FullPath } from './full';
import type { Health } from './health';
import { TYPE_LABELS, type ReviewItem } from './review';
import type { Flagged } from './scan';
import type { SiteAdapter } from './sites';
import type { Vault } from './vault';
import { maskPreview } from '../detect';

export interface GuardContext {
  site: SiteAdapter;
  settings(): Settings;
  tripwire: Tripwire;
  vault: Vault;
  health: Health;
  feedback: TypingFeedback;
  full: FullPath;
}

/** `selectorOverrides[site]` first (admins fix a changed site without waiting for an update), then the built-ins. */
export function selectorsFor(site: SiteAdapter, settings: Settings): { composer: string[]; sendButton: string[] } {
  const override = settings.selectorOverrides[site.id];
  return {
    composer: [...(override?.composer ?? []), ...site.selectors.composer],
    sendButton: [...(override?.sendButton ?? []), ...site.selectors.sendButton],
  };
}

/** Veil acts on this page: on, and the site not switched off. */
export const isActive = (site: SiteAdapter, settings: Settings): boolean =>
  settings.enabled && !settings.disabledSites.includes(site.id);

/** Types too fuzzy for the tripwire: a place name or a lone first name also appears in innocent site traffic. */
const NOT_FOR_TRIPWIRE = new Set<EntityType>(['LOCATION', 'ORGANIZATION', 'DATE_TIME']);

/**
 * The values the tripwire should stop in outgoing requests: identifiers (addresses, numbers, keys,
 * full names), not places, organisations, dates or single-word names.
 */
export function tripwireValues(flagged: readonly Pick<Flagged, 'finding' | 'value'>[]): string[] {
  return flagged
    .filter(
      (f) => !NOT_FOR_TRIPWIRE.has(f.finding.type) && !(f.finding.type === 'PERSON' && !/\s/.test(f.value.trim())),
    )
    .map((f) => f.value);
}

const WHAT: Partial<Record<EntityType, string>> = {
  EMAIL_ADDRESS: 'Looks like an email address',
  CREDIT_CARD: 'A card number with a valid checksum',
  IBAN_CODE: 'An IBAN with a valid checksum',
  PHONE_NUMBER: 'Looks like a phone number',
  SECRET: 'Looks like an access key or token',
  US_SSN: 'Looks like a Social Security number',
  PERSON: "Looks like a person's name",
  LOCATION: 'Looks like a place',
  STREET_ADDRESS: 'Looks like a street address',
  IP_ADDRESS: 'An IP address',
  URL: 'A link carrying credentials or a token',
  INVISIBLE_TEXT: 'Characters you cannot see (hidden instructions)',
};

const WHAT_ACTION: Record<Flagged['action'], string> = {
  redact: 'will be replaced by a placeholder',
  warn: 'your organisation asks you to review it',
  block: 'your organisation does not allow sending it',
};

export function explain(f: Flagged): string {
  const { finding } = f;
  let what = WHAT[finding.type] ?? 'Sensitive by your organisation’s settings';
  if (finding.type === 'SECRET' && finding.label) what = `Looks like a ${finding.label} key or token`;
  if (finding.type === 'CUSTOM') what = `Matches your organisation’s rule “${finding.label ?? 'custom'}”`;
  return `${what}; ${WHAT_ACTION[f.action]}.`;
}

export function reviewItems(flagged: readonly Flagged[]): ReviewItem[] {
  return flagged.map((f) => ({
    label: TYPE_LABELS[f.finding.type] ?? f.finding.type,
    preview: maskPreview(f.finding.type, f.value),
    why: explain(f),
  }));
}
