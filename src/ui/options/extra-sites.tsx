import { useState } from 'preact/hooks';
import type { ExtraSiteEntry } from '../../sites';
import { browser } from '../../platform/browser';
import { t, tKey } from '../../platform/i18n';
import { useExtraSiteRows, type ExtraSiteRow } from '../shared/extra-access';

type Outcome = 'granted' | 'denied' | 'failed';

function stateText(row: ExtraSiteRow): string {
  if (row.state === 'bad-selector') return t('extra_state_bad_selector', row.badSelector ?? '');
  if (row.state === 'bad-match') return t('extra_state_bad_match', row.match);
  return tKey(`extra_state_${row.state.replace('-', '_')}`);
}

/**
 * "Internal AI sites": the admin's `extraSites`, each with its state, and one button that asks the
 * browser once for exactly the origins still needed. `permissions.request` must be the first thing
 * the click does: the browser accepts it only inside the user's gesture.
 */
export function ExtraSites({ entries }: { entries: readonly ExtraSiteEntry[] }) {
  const rows = useExtraSiteRows(entries);
  const [outcome, setOutcome] = useState<Outcome>();
  if (entries.length === 0) return null;
  const needed = (rows ?? []).flatMap((r) => (r.state === 'needed' && r.origin ? [r.origin] : []));
  const ask = (): void => {
    browser.permissions
      .request({ origins: needed })
      .then((granted) => setOutcome(granted ? 'granted' : 'denied'))
      .catch(() => setOutcome('failed'));
  };
  return (
    <section aria-labelledby="extra-h" class="group extra-sites">
      <h2 id="extra-h">{t('extra_heading')}</h2>
      <p class="muted">{t('extra_intro')}</p>
      <ul>
        {(rows ?? []).map((row) => (
          <li key={row.match} data-state={row.state}>
            <strong>{row.name || row.match}</strong> <span class="muted">{row.origin ?? row.match}</span>
            {' · '}
            <span class="extra-state">{stateText(row)}</span>
          </li>
        ))}
      </ul>
      {needed.length > 0 && (
        <button type="button" id="extra-grant" onClick={ask}>
          {t('extra_grant')}
        </button>
      )}
      {outcome && (
        <p role="status" class={outcome === 'granted' ? 'ok' : 'error'} id="extra-outcome">
          {t(`extra_${outcome}`)}
        </p>
      )}
    </section>
  );
}
