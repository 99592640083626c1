import type { AuditDB } from '../../audit/db';
import { deliveryState, outboxCounters } from '../../audit/outbox';
import type { ResolvedSettings } from '../../policy/resolve';
import { formatters, t } from '../../platform/i18n';
import { useLive } from './use-live';

/**
 * Fleet reporting's health, read live from the audit database (the worker writes it): a failing
 * endpoint as an alert, else when the last batch went and how many events wait. Nothing when
 * reporting is off.
 */
export function ReportingHealth({ db, resolved }: { db: AuditDB; resolved: ResolvedSettings | undefined }) {
  const live = useLive(async () => ({ state: await deliveryState(db), counters: await outboxCounters(db) }), []).value;
  if (!resolved?.settings.reporting.endpoint || !live) return null;
  const { state, counters } = live;
  const fmt = formatters();
  return (
    <section aria-labelledby="reporting-h" class="reporting" data-reporting={state?.failing ? 'failing' : 'ok'}>
      <h2 id="reporting-h">{t('reporting_heading')}</h2>
      {state?.failing && (
        <p role="alert" class="error" data-reporting-failing={state.failing.status}>
          {t('reporting_failing', String(state.failing.status))}
        </p>
      )}
      {!state?.failing && state?.lastError && state.nextAttemptAt > Date.now() && (
        <p class="muted">
          {t('reporting_retrying', state.lastError, fmt.dateTime.format(new Date(state.nextAttemptAt)))}
        </p>
      )}
      <p class="muted" data-reporting-delivered={state?.lastDeliveredAt ?? ''}>
        {state?.lastDeliveredAt
          ? t('reporting_delivered', fmt.dateTime.format(new Date(state.lastDeliveredAt)))
          : t('reporting_never')}
        {' · '}
        <span data-reporting-waiting={counters.size}>{t('reporting_waiting', fmt.number.format(counters.size))}</span>
      </p>
    </section>
  );
}
