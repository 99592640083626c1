import type { AuditDB } from '../../audit/db';
import { toolsUsed } from '../../audit/tool-visits';
import type { Settings } from '../../policy/schema';
import { formatters, t } from '../../platform/i18n';
import { useLive } from '../shared/use-live';
import { unguardedCount, usedTools, type ToolMark } from './ai-tools-model';

const MARK_TEXT: Record<ToolMark, () => string> = {
  guarded: () => t('tool_mark_guarded'),
  unguarded: () => t('tool_mark_unguarded'),
  'not-approved': () => t('tool_mark_not_approved'),
  blocked: () => t('tool_mark_blocked'),
};

/** AI tools used in the last 30 days (from the background's per-day counts), each with its mark. */
export function AiTools({ db, settings, now }: { db: AuditDB; settings: Settings; now: number }) {
  const usage = useLive(() => toolsUsed(db, 30, now), [now]).value;
  const tools = usage ? usedTools(usage, settings) : undefined;
  const fmt = formatters();
  return (
    <section aria-labelledby="ai-tools-h" class="ai-tools">
      <h2 id="ai-tools-h">{t('popup_tools_heading')}</h2>
      {!tools ? (
        <p class="muted">{t('history_loading')}</p>
      ) : tools.length === 0 ? (
        <p class="muted">{t('popup_tools_none')}</p>
      ) : (
        <>
          <p class="unguarded-count" data-count={unguardedCount(tools)}>
            {t('popup_tools_unguarded', fmt.number.format(unguardedCount(tools)))}
          </p>
          <ul class="tools-used">
            {tools.map(({ tool, usage: u, mark }) => (
              <li key={tool.id} data-tool={tool.id} data-mark={mark}>
                <strong>{tool.name}</strong> <span class="mark">{MARK_TEXT[mark]()}</span>{' '}
                <span class="muted">{t('popup_tools_visits', fmt.number.format(u.count))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
