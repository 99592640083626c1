import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';

/**
 * Shown instead of an AI tool the organisation has blocked (`blockedSites`). The host comes from
 * our own query string; it is rendered as text, never as HTML or as a link.
 */
export function Blocked({ host }: { host: string }) {
  const [approved, setApproved] = useState<string>();
  useEffect(() => {
    void sendMessage('settings/get', null).then(({ settings }) => setApproved(settings.approvedToolUrl));
  }, []);

  return (
    <section class="blocked" aria-labelledby="blocked-title">
      <h1 id="blocked-title">This AI tool is not approved</h1>
      <p>
        Your organization does not allow <strong>{host || 'this site'}</strong>. What you type into unapproved AI tools
        can leave the company without the protections Veil adds.
      </p>
      {approved ? (
        <p class="approved">
          Use the approved tool instead:{' '}
          <a href={approved} rel="noreferrer">
            {approved}
          </a>
        </p>
      ) : approved === '' ? (
        <p>Ask your IT team which AI tool you may use.</p>
      ) : null}
    </section>
  );
}
