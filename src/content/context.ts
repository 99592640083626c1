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
import { t, type MessageKey } from '../platform/i18n';
import { typeLabel, type ReviewItem } from './review';
import type { Flagged } from './scan';
import type { SiteAdapter } from '../sites';
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

const WHAT: Partial<Record<EntityType, MessageKey>> = {
  EMAIL_ADDRESS: 'why_EMAIL_ADDRESS',
  CREDIT_CARD: 'why_CREDIT_CARD',
  IBAN_CODE: 'why_IBAN_CODE',
  PHONE_NUMBER: 'why_PHONE_NUMBER',
  SECRET: 'why_SECRET',
  US_SSN: 'why_US_SSN',
  PERSON: 'why_PERSON',
  LOCATION: 'why_LOCATION',
  STREET_ADDRESS: 'why_STREET_ADDRESS',
  IP_ADDRESS: 'why_IP_ADDRESS',
  URL: 'why_URL',
  INVISIBLE_TEXT: 'why_INVISIBLE_TEXT',
};

const WHAT_ACTION: Record<Flagged['action'], MessageKey> = {
  redact: 'why_action_redact',
  warn: 'why_action_warn',
  block: 'why_action_block',
};

/** Why a finding was flagged and what happens to it, in words ("Looks like ...; will be replaced ..."). */
export function explain(f: Flagged): string {
  const { finding } = f;
  let what = t(WHAT[finding.type] ?? 'why_default');
  if (finding.type === 'SECRET' && finding.label) what = t('why_secret_named', finding.label);
  if (finding.type === 'CUSTOM') what = t('why_custom', finding.label ?? t('why_custom_unnamed'));
  return t('why_sentence', what, t(WHAT_ACTION[f.action]));
}

export function reviewItems(flagged: readonly Flagged[]): ReviewItem[] {
  return flagged.map((f) => ({
    label: typeLabel(f.finding.type),
    preview: maskPreview(f.finding.type, f.value),
    why: explain(f),
  }));
}
