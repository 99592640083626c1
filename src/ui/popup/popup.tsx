import { useEffect, useState } from 'preact/hooks';
import { auditDb } from '../../audit/db';
import { recentStats, totalEvents } from '../../audit/queries';
import { localDay } from '../../audit/stats';
import { AUDIT_ACTIONS } from '../../audit/types';
import { siteForUrlWith } from '../../sites';
import type { EntityType } from '../../detect';
import type { GuardHealth } from '../../messages';
import { browser } from '../../platform/browser';
import { sendMessage } from '../../platform/messaging';
import type { ResolvedSettings } from '../../policy/resolve';
import { reasonText } from '../shared/detail-words';
import { formatters, t, tCount, typeLabel } from '../../platform/i18n';
import { actionLabel } from '../shared/labels';
import { Problems } from '../shared/problems';
import { ReportingHealth } from '../shared/reporting-health';
import { useLive } from '../shared/use-live';
import { useExtraSiteRows } from '../shared/extra-access';
import { Chart, CHART_DAYS } from './chart';
import { History } from './history';
import { healthKey, siteStatus, statusAttr, type SiteRef, type SiteStatus } from './status';
import { Tools } from './tools';
import { AiTools } from './ai-tools';

async function activeTab(): Promise<{ url?: string; tabId?: number }> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { url: tab?.url, tabId: tab?.id };
  } catch {
    return {};
  }
}

/** The tab's chat site (built in, or the admin's `extraSites`): undefined while loading, null for none. */
function siteOf(url: string | undefined, resolved: ResolvedSettings | undefined): SiteRef | null | undefined {
  if (!resolved) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = url ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  const site = parsed && siteForUrlWith(parsed, resolved.settings.extraSites);
  return site ? { id: site.id, name: site.name } : null;
}

/** The tab's guard health from storage.session, kept current. */
function useHealth(tabId: number | undefined): GuardHealth | undefined {
  const [health, setHealth] = useState<GuardHealth>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = healthKey(tabId);
    const read = () =>
      void browser.storage.session
        .get(key)
        .then((r) => setHealth(r[key] as GuardHealth | undefined))
        .catch(() => undefined);
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return health;
}

function statusText(s: SiteStatus): string {
  switch (s.kind) {
    case 'loading':
      return t('status_loading');
    case 'not-chat-site':
      return t('status_not_chat');
    case 'off':
      return t(s.byPolicy ? 'status_off_policy' : 'status_off_user');
    case 'site-off':
      return t(s.byPolicy ? 'status_site_off_policy' : 'status_site_off_user', s.site.name);
    case 'degraded':
      return t(
        s.unprotected ? 'status_not_protected' : 'status_degraded',
        s.site.name,
        s.reasons.map(reasonText).join(', '),
      );
    case 'monitor':
      return t('status_monitor', s.site.name);
    case 'protected':
      return t('status_protected', s.site.name);
  }
}

/**
 * The toolbar popup. It reads the audit database directly (same extension origin; reads only) so
 * the history is live and fast; every write (record, clear, prune) goes through the background.
 */
export function Popup() {
  const db = auditDb();
  const [resolved, setResolved] = useState<ResolvedSettings>();
  const [tab, setTab] = useState<{ url?: string; tabId?: number }>();
  const [now] = useState(() => Date.now());

  useEffect(() => {
    void sendMessage('settings/get', null).then(setResolved);
    void activeTab().then(setTab);
  }, []);

  const health = useHealth(tab?.tabId);
  const stats = useLive(() => recentStats(db, CHART_DAYS, now), []).value;
  const total = useLive(() => totalEvents(db), []).value;
  const status = siteStatus(resolved, tab ? siteOf(tab.url, resolved) : undefined, health);
  const extraRows = useExtraSiteRows(resolved?.settings.extraSites);
  const extraNeeded = (extraRows ?? []).filter((r) => r.state === 'needed').length;
  const today = stats?.find((s) => s.day === localDay(now));
  const fmt = formatters();

  return (
    <main class="popup">
      <header class="row">
        <h1>{t('popup_title')}</h1>
        <span class="spacer" />
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('open_settings')}
        </button>
      </header>
      <section aria-labelledby="status-h">
        <h2 id="status-h" class="visually-hidden">
          {t('status_heading')}
        </h2>
        <p class="status" data-status={statusAttr(status)} role="status">
          {statusText(status)}
        </p>
        {resolved && <Problems problems={resolved.problems} />}
        {extraNeeded > 0 && (
          <p class="extra-needed" id="extra-needed">
            {tCount('popup_extra_needed', extraNeeded)}{' '}
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popup_extra_open')}
            </button>
          </p>
        )}
      </section>
      <section aria-labelledby="today-h" class="today">
        <h2 id="today-h">{t('today_heading')}</h2>
        {!today ? (
          <p class="muted">{stats ? t('today_none') : t('history_loading')}</p>
        ) : (
          <>
            <ul class="counts">
              {AUDIT_ACTIONS.filter((a) => today.byAction[a]).map((a) => (
                <li key={a} data-action={a}>
                  <strong>{fmt.number.format(today.byAction[a] ?? 0)}</strong> {actionLabel(a)}
                </li>
              ))}
            </ul>
            <p class="muted">
              {t('today_items', fmt.number.format(Object.values(today.items).reduce((n, c) => n + (c ?? 0), 0)))}
              {' · '}
              {(Object.entries(today.items) as [EntityType, number][])
                .sort((a, b) => b[1] - a[1])
                .slice(0, 3)
                .map(([type, n]) => `${typeLabel(type)} ${fmt.number.format(n)}`)
                .join(', ')}
            </p>
          </>
        )}
      </section>
      <ReportingHealth db={db} resolved={resolved} />
      {stats && <Chart stats={stats} now={now} />}
      {resolved && <AiTools db={db} settings={resolved.settings} now={now} />}
      <History db={db} />
      {resolved && <Tools db={db} resolved={resolved} total={total} />}
      <footer class="muted">{t('version', browser.runtime.getManifest().version)}</footer>
    </main>
  );
}
