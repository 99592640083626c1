import type { ResolvedSettings } from '../../policy/resolve';
import { t } from './i18n';

/**
 * Settings values that were ignored or repaired. The message text comes from the resolver (in
 * English: it quotes the value and the rule); the framing is translated.
 */
export function Problems({ problems }: { problems: ResolvedSettings['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <ul class="problems">
        {problems.map((p) => (
          <li key={`${p.source}:${p.key}`} class="warning">
            {t(p.source === 'policy' ? 'problem_policy' : 'problem_user', p.key, p.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
