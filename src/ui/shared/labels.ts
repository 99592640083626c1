/** Display names for the audit trail's codes, all through the locale files. */
import type { AuditAction, AuditTrigger } from '../../audit/types';
import { SITES } from '../../sites';
import { t, tKey } from '../../platform/i18n';

export const actionLabel = (a: AuditAction): string => tKey(`audit_${a.replace(/-/g, '_')}`);
export const triggerLabel = (x: AuditTrigger): string => tKey(`trigger_${x}`);
export const modeLabel = (m: 'enforce' | 'monitor'): string => t(m === 'enforce' ? 'mode_enforce' : 'mode_monitor');

/** A site adapter's name; 'veil' is Veil itself (settings problems); anything else as is. */
export function siteLabel(id: string): string {
  if (id === 'veil') return t('extName');
  return SITES.find((s) => s.id === id)?.name ?? id;
}
