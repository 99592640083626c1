import { useMemo, useState } from 'preact/hooks';
import { ruleFor, type ToolRule } from '../../policy/ai-tools';
import { AI_TOOLS, CATEGORIES, matchesQuery, type Category } from '../../sites/catalog';
import { examplePolicy } from '../../sites/catalog/example';
import { formatters, t, tKey } from '../../platform/i18n';

const categoryName = (c: Category): string => tKey(`category_${c}`);

/**
 * The AI tools catalog on the options page: searchable, by category, with what the `aiTools`
 * policy in force does with each tool, and a generated policy to start from.
 */
export function AiCatalog({ aiTools }: { aiTools: Readonly<Record<string, ToolRule>> }) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const example = useMemo(() => JSON.stringify(examplePolicy(AI_TOOLS), null, 2), []);
  const shown = AI_TOOLS.filter(
    (tool) => (!category || tool.category === category) && matchesQuery(tool, query.trim()),
  );
  const fmt = formatters();
  return (
    <section aria-labelledby="catalog-h" class="catalog">
      <h2 id="catalog-h">{t('catalog_heading')}</h2>
      <p class="muted">
        {t(
          'catalog_intro',
          fmt.number.format(AI_TOOLS.length),
          fmt.number.format(AI_TOOLS.filter((x) => x.guarded).length),
        )}
      </p>
      <div class="row">
        <label>
          {t('catalog_search')}{' '}
          <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('catalog_category')}{' '}
          <select
            value={category}
            onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category | '')}
          >
            <option value="">{t('catalog_all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryName(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {t('catalog_shown', fmt.number.format(shown.length))}
      </p>
      {CATEGORIES.filter((c) => shown.some((tool) => tool.category === c)).map((c) => (
        <details key={c} open={Boolean(query || category)}>
          <summary>
            {categoryName(c)} ({fmt.number.format(shown.filter((tool) => tool.category === c).length)})
          </summary>
          <ul class="catalog-list">
            {shown
              .filter((tool) => tool.category === c)
              .map((tool) => (
                <li key={tool.id} data-tool={tool.id}>
                  <strong>{tool.name}</strong> <span class="muted">{tool.vendor}</span>{' '}
                  <code>{tool.hostnames.join(', ')}</code>{' '}
                  <span class="mark">{tool.guarded ? t('tool_mark_guarded') : t('catalog_not_guarded')}</span>{' '}
                  <span class="rule">{tKey(`catalog_rule_${ruleFor(aiTools, tool.hostnames[0]!, tool)}`)}</span>
                </li>
              ))}
          </ul>
        </details>
      ))}
      <h3>{t('catalog_example')}</h3>
      <p class="muted">{t('catalog_example_intro')}</p>
      <pre class="policy-example" tabIndex={0} aria-label={t('catalog_example')}>
        {example}
      </pre>
    </section>
  );
}
