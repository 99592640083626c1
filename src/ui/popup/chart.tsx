import type { DailyStats } from '../../audit/stats';
import { dayStart } from '../../audit/stats';
import { formatters, t, typeLabel } from '../../platform/i18n';
import { chartModel, NONE, OTHER, type Segment } from './chart-model';

export const CHART_DAYS = 14;
const W = 360;
const H = 96;
const AXIS = 14;
const GAP = 4;

const seriesLabel = (key: Segment['key']): string =>
  key === OTHER ? t('chart_other') : key === NONE ? t('chart_none') : typeLabel(key);

/** Events per day by type, last 14 days: plain SVG, described for screen readers by a table. */
export function Chart({ stats, now }: { stats: readonly DailyStats[]; now: number }) {
  const model = chartModel(stats, CHART_DAYS, now);
  const fmt = formatters();
  const colour = (key: Segment['key']): string =>
    key === NONE ? 'var(--chart-6)' : `var(--chart-${Math.min(model.series.indexOf(key) + 1, 6)})`;
  const bw = (W - GAP * (CHART_DAYS - 1)) / CHART_DAYS;
  const scale = model.max > 0 ? (H - AXIS) / model.max : 0;
  const dayName = (day: string): string => fmt.day.format(dayStart(day) + 12 * 3_600_000);

  return (
    <section aria-labelledby="chart-h" class="chart">
      <h2 id="chart-h">{t('chart_heading')}</h2>
      {model.total === 0 ? (
        <p class="muted">{t('chart_empty')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            width="100%"
            role="img"
            aria-label={t('chart_label', fmt.number.format(model.total))}
            aria-describedby="chart-table"
          >
            {model.bars.map((bar, i) => (
              <g key={bar.day}>
                {bar.segments.map((s) => (
                  <rect
                    key={s.key}
                    x={i * (bw + GAP)}
                    y={H - AXIS - s.y1 * scale}
                    width={bw}
                    height={Math.max(1, (s.y1 - s.y0) * scale)}
                    fill={colour(s.key)}
                  >
                    <title>{t('chart_bar', dayName(bar.day), s.count, seriesLabel(s.key))}</title>
                  </rect>
                ))}
                {(i === 0 || i === CHART_DAYS - 1 || i === Math.floor(CHART_DAYS / 2)) && (
                  <text
                    x={i === 0 ? 0 : i === CHART_DAYS - 1 ? W : i * (bw + GAP) + bw / 2}
                    y={H - 2}
                    text-anchor={i === 0 ? 'start' : i === CHART_DAYS - 1 ? 'end' : 'middle'}
                    class="axis"
                    aria-hidden="true"
                  >
                    {dayName(bar.day)}
                  </text>
                )}
              </g>
            ))}
          </svg>
          <ul class="legend" aria-hidden="true">
            {model.series.map((key) => (
              <li key={key}>
                <span class="swatch" style={{ background: colour(key) }} />
                {seriesLabel(key)}
              </li>
            ))}
          </ul>
          {/* A table cannot be narrower than its content: the hiding box goes around it. */}
          <div id="chart-table" class="visually-hidden">
            <table>
              <caption>{t('chart_heading')}</caption>
              <tbody>
                {model.bars
                  .filter((b) => b.total > 0)
                  .map((b) => (
                    <tr key={b.day}>
                      <th scope="row">{dayName(b.day)}</th>
                      <td>{b.segments.map((s) => `${seriesLabel(s.key)}: ${s.count}`).join(', ')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
