import { useState } from 'preact/hooks';
import type { ChainReport } from '../../audit/chain';
import type { AuditDB } from '../../audit/db';
import { exportCsv, exportJson } from '../../audit/export';
import { verifyDb } from '../../audit/queries';
import { browser } from '../../platform/browser';
import { sendMessage } from '../../platform/messaging';
import { isLocked, type ResolvedSettings } from '../../policy/resolve';
import { fileDay, saveFile } from '../shared/download';
import { formatters, t, tKey } from '../../platform/i18n';

type Busy = { what: 'verify' | 'export'; count: number } | undefined;

export function chainMessage(report: ChainReport): string {
  const fmt = formatters();
  if (report.ok) {
    const ok = t('chain_ok', fmt.number.format(report.checked));
    return report.anchor.seq > 0 ? `${ok} ${t('chain_ok_anchor', report.anchor.seq)}` : ok;
  }
  const b = report.break!;
  return t(
    'chain_broken',
    b.seq,
    b.time !== undefined ? fmt.dateTime.format(b.time) : t('none'),
    tKey(`chain_problem_${b.problem.replace(/-/g, '_')}`),
  );
}

/** Verify the chain, export (CSV / JSON), clear: each only as far as the settings allow. */
export function Tools({ db, resolved, total }: { db: AuditDB; resolved: ResolvedSettings; total: number | undefined }) {
  const [busy, setBusy] = useState<Busy>();
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'error' }>();
  const [confirming, setConfirming] = useState(false);
  const { settings } = resolved;
  const fmt = formatters();

  type Message = { text: string; kind: 'ok' | 'error' };
  const run = async (what: 'verify' | 'export', job: (progress: (n: number) => void) => Promise<Message>) => {
    setBusy({ what, count: 0 });
    setMessage(undefined);
    try {
      setMessage(await job((count) => setBusy({ what, count })));
    } catch (e) {
      setMessage({ text: t('error_generic', (e as Error).message), kind: 'error' });
    } finally {
      setBusy(undefined);
    }
  };

  const verify = () =>
    run('verify', async (progress) => {
      const report = await verifyDb(db, progress);
      return { text: chainMessage(report), kind: report.ok ? 'ok' : 'error' };
    });

  const doExport = (kind: 'csv' | 'json') =>
    run('export', async (progress) => {
      const now = Date.now();
      const file =
        kind === 'json'
          ? await exportJson(db, { extensionVersion: browser.runtime.getManifest().version, now }, progress)
          : await exportCsv(db, progress);
      saveFile(
        file.parts,
        `veil-audit-${fileDay(now)}.${kind}`,
        kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
      );
      const result = file.report.ok ? t('export_result_ok') : t('export_result_broken', file.report.break?.seq ?? 0);
      return { text: t('export_done', fmt.number.format(file.count), result), kind: file.report.ok ? 'ok' : 'error' };
    });

  const clear = async () => {
    setConfirming(false);
    try {
      const { deleted } = await sendMessage('audit/clear', null);
      setMessage({ text: t('clear_done', fmt.number.format(deleted)), kind: 'ok' });
    } catch (e) {
      setMessage({ text: t('error_generic', (e as Error).message), kind: 'error' });
    }
  };

  return (
    <section aria-labelledby="tools-h" class="tools">
      <h2 id="tools-h">{t('tools_heading')}</h2>
      <div class="row">
        <button type="button" onClick={verify} disabled={busy !== undefined}>
          {t('chain_verify')}
        </button>
        {settings.allowAuditExport && (
          <>
            <button type="button" onClick={() => doExport('csv')} disabled={busy !== undefined}>
              {t('export_csv')}
            </button>
            <button type="button" onClick={() => doExport('json')} disabled={busy !== undefined}>
              {t('export_json')}
            </button>
          </>
        )}
        {settings.allowAuditClear && !confirming && (
          <button
            type="button"
            class="danger"
            onClick={() => setConfirming(true)}
            disabled={busy !== undefined || !total}
          >
            {t('clear_button')}
          </button>
        )}
      </div>
      {!settings.allowAuditExport && (
        <p class="muted">{t(isLocked(resolved, 'allowAuditExport') ? 'export_off_policy' : 'export_off_user')}</p>
      )}
      {!settings.allowAuditClear && (
        <p class="muted">{t(isLocked(resolved, 'allowAuditClear') ? 'clear_off_policy' : 'clear_off_user')}</p>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="clear-q">
          <p id="clear-q">{t('clear_confirm', fmt.number.format(total ?? 0))}</p>
          <div class="row">
            <button type="button" class="danger" onClick={clear}>
              {t('clear_yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('clear_cancel')}
            </button>
          </div>
        </div>
      )}
      <p
        role="status"
        aria-live="polite"
        class={message?.kind === 'error' ? 'error' : 'chain-result'}
        id="tools-status"
      >
        {busy
          ? t(busy.what === 'verify' ? 'chain_checking' : 'export_working', fmt.number.format(busy.count))
          : (message?.text ?? '')}
      </p>
    </section>
  );
}
