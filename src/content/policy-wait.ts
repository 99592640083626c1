/**
 * Holding a send or paste while the organisation's settings have not arrived (content/settings.ts
 * says when they are pending): the composer shows that Veil is waiting and for how long, until the
 * settings arrive or the bounded wait ends. Then the caller applies the settings, or `failMode`.
 */
import { t } from '../platform/i18n';
import { showNotice } from './toast';

export interface PolicyGate {
  /** True while a managed policy may exist that this tab has not received. */
  pending(): boolean;
  /** Resolves true once not pending, false after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<boolean>;
}

/**
 * The longest a send or paste waits. Chromium has handed managed policy to a just-started browser
 * after up to ~8 s (issue 18, 2026-12); past this, failMode decides.
 */
export const POLICY_WAIT_MS = 20_000;

/** Waits (bounded) for the settings, telling the user every second; true when they arrived. */
export async function waitForPolicy(gate: PolicyGate): Promise<boolean> {
  const started = performance.now();
  let takeDown = (): void => undefined;
  const tell = (): void => {
    takeDown = showNotice(
      'info',
      t('policy_wait_title'),
      t('policy_wait', String(Math.floor((performance.now() - started) / 1000))),
    );
  };
  tell();
  const ticker = setInterval(tell, 1000);
  try {
    return await gate.whenReady(POLICY_WAIT_MS);
  } finally {
    clearInterval(ticker);
    takeDown(); // no longer waiting: the notice would say otherwise for seconds
  }
}
