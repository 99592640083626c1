/**
 * Findings as the review dialog lists them: what each one is, a masked preview, and why it was
 * flagged and what will happen to it, in the UI language.
 */
import { maskPreview, type EntityType } from '../../detect';
import { t, typeLabel, type MessageKey } from '../../platform/i18n';
import type { Flagged } from '../assess';
import type { ReviewItem } from '../review';

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
