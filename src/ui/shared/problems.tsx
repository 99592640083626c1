import type { Problem } from '../../policy/fields';
import type { ResolvedSettings } from '../../policy/resolve';
import { t, tKey } from '../../platform/i18n';

/** What was wrong with a value, in the UI language (`bad_<code>`); the English message if it has no code. */
export function problemText(p: Problem): string {
  const text = p.code ? tKey(`bad_${p.code}`, ...(p.args ?? [])) : p.message;
  return p.defaultUsed ? t('bad_default_used', text) : text;
}

/** Settings values that were ignored or repaired: the rule and the value quoted, in the UI language. */
export function Problems({ problems }: { problems: ResolvedSettings['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <ul class="problems">
        {problems.map((p) => (
          <li key={`${p.source}:${p.key}`} class="warning">
            {t(p.source === 'policy' ? 'problem_policy' : 'problem_user', p.key, problemText(p))}
          </li>
        ))}
      </ul>
    </div>
  );
}
