import { useEffect, useState } from 'preact/hooks';
import { siteForUrl } from '../../content/sites';
import { browser } from '../../platform/browser';
import { sendMessage } from '../../platform/messaging';
import type { ResolvedSettings } from '../../policy/resolve';

type Status = 'loading' | 'protected' | 'off' | 'not-chat-site';

async function activeTabUrl(): Promise<URL | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    return tab?.url ? new URL(tab.url) : undefined;
  } catch {
    return undefined;
  }
}

/** The toolbar popup: is this tab protected? The history and counts arrive with the audit trail. */
export function Popup() {
  const [resolved, setResolved] = useState<ResolvedSettings>();
  const [siteName, setSiteName] = useState<string | null>();

  useEffect(() => {
    void sendMessage('settings/get', null).then(setResolved);
    void activeTabUrl().then((url) => setSiteName((url && siteForUrl(url)?.name) ?? null));
  }, []);

  const status: Status =
    !resolved || siteName === undefined
      ? 'loading'
      : !resolved.settings.enabled
        ? 'off'
        : siteName
          ? 'protected'
          : 'not-chat-site';

  const text: Record<Status, string> = {
    loading: 'Checking…',
    protected: `Veil protects what you send to ${siteName ?? 'this site'}.`,
    off: resolved?.locked.includes('enabled') ? 'Veil is turned off by your organization.' : 'Veil is turned off.',
    'not-chat-site': 'This page is not an AI chat site Veil guards.',
  };

  return (
    <section class="popup" aria-live="polite">
      <h1>Veil</h1>
      <p class="status" data-status={status}>
        {text[status]}
      </p>
      {resolved?.problems.map((p) => (
        <p class="warning" role="alert" key={`${p.source}:${p.key}`}>
          {`${p.source === 'policy' ? 'Policy' : 'Your'} setting ${p.key}: ${p.message}`}
        </p>
      ))}
      <p class="muted">Version {browser.runtime.getManifest().version}</p>
    </section>
  );
}
