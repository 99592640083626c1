import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';
import type { ResolvedSettings } from '../../policy/resolve';

/** Settings page. Every setting arrives with the policy work; a policy-set key shows as locked. */
export function Options() {
  const [resolved, setResolved] = useState<ResolvedSettings>();
  useEffect(() => void sendMessage('settings/get', null).then(setResolved), []);
  if (!resolved) return <p>Loading…</p>;
  const locked = resolved.locked.includes('enabled');
  return (
    <section class="options">
      <h1>Veil settings</h1>
      <label>
        <input type="checkbox" checked={resolved.settings.enabled} disabled aria-describedby="enabled-note" /> Protect
        AI chat sites
      </label>
      <p id="enabled-note" class="muted">
        {locked ? 'Set by your organization.' : 'On by default.'}
      </p>
    </section>
  );
}
