import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';
import { t, tAround } from '../../platform/i18n';

/**
 * Shown instead of an AI tool the organisation has blocked (`blockedSites`). The host comes from
 * our own query string; it is rendered as text, never as HTML or as a link.
 */
export function Blocked({ host }: { host: string }) {
  const [approved, setApproved] = useState<string>();
  useEffect(() => {
    void sendMessage('settings/get', null).then(({ settings }) => setApproved(settings.approvedToolUrl));
  }, []);
  const [before, after] = tAround('blocked_intro');

  return (
    <section class="blocked" aria-labelledby="blocked-title">
      <h1 id="blocked-title">{t('blocked_heading')}</h1>
      <p>
        {before}
        <strong>{host || t('blocked_this_site')}</strong>
        {after}
      </p>
      {approved ? (
        <p class="approved">
          {t('blocked_approved')}{' '}
          <a href={approved} rel="noreferrer">
            {approved}
          </a>
        </p>
      ) : approved === '' ? (
        <p>{t('blocked_ask')}</p>
      ) : null}
    </section>
  );
}
