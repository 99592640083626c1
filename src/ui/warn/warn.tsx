import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';
import { toolById } from '../../sites/catalog';
import { t } from '../../platform/i18n';

/**
 * Shown instead of an AI tool the policy marks "warn" (`aiTools`), before the tool loads. The tool
 * id, host and URL come from our own query string; they are rendered as text only, and the
 * background checks the URL against policy again before it lets the tool load.
 */
export function Warn({ url, host, toolId }: { url: string; host: string; toolId: string }) {
  const [settings, setSettings] = useState<{ approvedToolUrl: string; requireReason: boolean }>();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void sendMessage('settings/get', null).then(({ settings: s }) => setSettings(s));
  }, []);
  const name = toolById(toolId)?.name ?? host;

  const onContinue = async (event: Event) => {
    event.preventDefault();
    if (settings?.requireReason && reason.trim() === '') {
      setProblem(t('warn_reason_required'));
      return;
    }
    setBusy(true);
    try {
      const answer = await sendMessage('aitools/continue', { url, reason: reason.trim() });
      location.replace(answer.url);
    } catch {
      setProblem(t('warn_failed'));
      setBusy(false);
    }
  };

  return (
    <section class="blocked warn" aria-labelledby="warn-title">
      <h1 id="warn-title">{t('warn_heading', name)}</h1>
      <p>{t('warn_intro')}</p>
      {settings?.approvedToolUrl ? (
        <p class="approved">
          {t('blocked_approved')}{' '}
          <a href={settings.approvedToolUrl} rel="noreferrer">
            {settings.approvedToolUrl}
          </a>
        </p>
      ) : settings ? (
        <p>{t('blocked_ask')}</p>
      ) : null}
      <form onSubmit={(e) => void onContinue(e)}>
        <label>
          {t(settings?.requireReason ? 'warn_reason_label' : 'warn_reason_optional')}
          <textarea
            name="reason"
            maxLength={1000}
            rows={3}
            required={settings?.requireReason ?? false}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        {problem ? <p role="alert">{problem}</p> : null}
        <button type="submit" disabled={busy || !settings}>
          {t('warn_continue')}
        </button>
      </form>
    </section>
  );
}
