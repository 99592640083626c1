import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditDB } from '../../audit/db';
import { countEvents, queryEvents, type AuditFilter } from '../../audit/queries';
import { dayStart, nextDayStart } from '../../audit/stats';
import { AUDIT_ACTIONS, type AuditAction, type AuditEvent } from '../../audit/types';
import { SITES } from '../../sites';
import { ENTITY_TYPES, type EntityType } from '../../detect';
import { detailText } from '../shared/detail-words';
import { formatters, t, typeLabel } from '../../platform/i18n';
import { actionLabel, modeLabel, siteLabel, triggerLabel } from '../shared/labels';
import { useLive } from '../shared/use-live';

export const PAGE_SIZE = 50;

interface FormState {
  site: string;
  type: string;
  action: string;
  from: string;
  to: string;
  search: string;
}
const EMPTY: FormState = { site: '', type: '', action: '', from: '', to: '', search: '' };

export function toFilter(f: FormState): AuditFilter {
  const out: AuditFilter = {};
  if (f.site) out.site = f.site;
  if (f.type) out.type = f.type as EntityType;
  if (f.action) out.action = f.action as AuditAction;
  if (f.from) out.from = dayStart(f.from);
  if (f.to) out.to = nextDayStart(f.to);
  if (f.search.trim()) out.search = f.search.trim();
  return out;
}

/** Marks the moment a list of results is on screen (the e2e test reads these User Timing marks). */
function useRenderedMark(value: unknown): void {
  useEffect(() => {
    if (value !== undefined) performance.mark('veil:history-rendered');
  }, [value]);
}

export function History({ db }: { db: AuditDB }) {
  const [form, setForm] = useState<FormState>(EMPTY);
  const [search, setSearch] = useState('');
  const [pages, setPages] = useState(1);
  const [selected, setSelected] = useState<AuditEvent>();
  const returnTo = useRef<number>();

  // Typing in the search box waits for a pause before it queries.
  useEffect(() => {
    const timer = setTimeout(() => setForm((f) => (f.search === search ? f : { ...f, search })), 200);
    return () => clearTimeout(timer);
  }, [search]);

  const filter = useMemo(() => toFilter(form), [form]);
  const key = JSON.stringify(filter);
  useEffect(() => setPages(1), [key]);
  // The page of events and the count are separate live queries: the list never waits for a count.
  const { value: events, error } = useLive(() => queryEvents(db, filter, { limit: PAGE_SIZE * pages }), [key, pages]);
  const { value: total } = useLive(() => countEvents(db, filter), [key]);
  useRenderedMark(events);

  const fmt = formatters();
  const set = (field: keyof FormState) => (e: Event) =>
    setForm((f) => ({ ...f, [field]: (e.currentTarget as HTMLInputElement).value }));

  if (selected) {
    return (
      <Detail
        event={selected}
        onBack={() => {
          setSelected(undefined);
          // Focus goes back to the row that was opened.
          requestAnimationFrame(() =>
            document.querySelector<HTMLButtonElement>(`[data-seq="${returnTo.current}"]`)?.focus(),
          );
        }}
      />
    );
  }

  const more = events !== undefined && events.length === PAGE_SIZE * pages;
  return (
    <section aria-labelledby="history-h" class="history">
      <h2 id="history-h">{t('history_heading')}</h2>
      <form class="filters" aria-label={t('filters_label')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('filter_site')}
          <select value={form.site} onChange={set('site')} name="site">
            <option value="">{t('filter_all')}</option>
            {[...SITES.map((s) => s.id), 'veil'].map((id) => (
              <option key={id} value={id}>
                {siteLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_type')}
          <select value={form.type} onChange={set('type')} name="type">
            <option value="">{t('filter_all')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_action')}
          <select value={form.action} onChange={set('action')} name="action">
            <option value="">{t('filter_all')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_from')}
          <input type="date" value={form.from} onChange={set('from')} name="from" max={form.to || undefined} />
        </label>
        <label>
          {t('filter_to')}
          <input type="date" value={form.to} onChange={set('to')} name="to" min={form.from || undefined} />
        </label>
        <label class="search">
          {t('filter_search')}
          <input
            type="search"
            name="search"
            value={search}
            placeholder={t('filter_search_placeholder')}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="link"
          onClick={() => {
            setSearch('');
            setForm(EMPTY);
          }}
        >
          {t('filter_reset')}
        </button>
      </form>

      <p class="muted" role="status" aria-live="polite" id="history-count">
        {error
          ? t('error_generic', error.message)
          : events === undefined
            ? t('history_loading')
            : events.length === 0
              ? t('history_empty')
              : total !== undefined
                ? t('history_shown', fmt.number.format(events.length), fmt.number.format(total))
                : t('history_shown_open', fmt.number.format(events.length))}
      </p>
      {events && events.length > 0 && (
        <ol class="events" aria-labelledby="history-h" data-count={events.length}>
          {events.map((e) => (
            <li key={e.seq}>
              <button
                type="button"
                class="event"
                data-seq={e.seq}
                onClick={() => {
                  returnTo.current = e.seq;
                  setSelected(e);
                }}
              >
                <span class="when">{fmt.dateTime.format(e.time)}</span>
                <span class="badge" data-action={e.action}>
                  {actionLabel(e.action)}
                </span>
                <span class="site">{siteLabel(e.site)}</span>
                <span class="what">
                  {e.previews
                    .slice(0, 2)
                    .map((p) => p.masked)
                    .join(' ') || e.types.map(typeLabel).join(', ')}
                </span>
                {/* The row's accessible name is its visible text plus the types, spelled out. */}
                {e.types.length > 0 && <span class="visually-hidden">, {e.types.map(typeLabel).join(', ')}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" onClick={() => setPages((p) => p + 1)}>
          {t('history_more')}
        </button>
      )}
    </section>
  );
}

function Detail({ event: e, onBack }: { event: AuditEvent; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const fmt = formatters();
  const none = t('none');
  const rows: [string, string][] = [
    [t('field_time'), fmt.dateTime.format(e.time)],
    [t('field_site'), siteLabel(e.site)],
    [t('field_host'), e.host],
    [t('field_action'), actionLabel(e.action)],
    [t('field_trigger'), triggerLabel(e.trigger)],
    [t('field_mode'), modeLabel(e.mode)],
    [
      t('field_counts'),
      Object.entries(e.counts)
        .map(([type, n]) => `${typeLabel(type)}: ${n}`)
        .join(', ') || none,
    ],
    [t('field_previews'), e.previews.map((p) => `${p.masked} (${typeLabel(p.type)})`).join(', ') || none],
    [t('field_reason'), e.reason ?? none],
    [t('field_detail'), e.detail ? detailText(e.detail) : none],
    [t('field_policyVersion'), e.policyVersion || none],
    [t('field_extensionVersion'), e.extensionVersion],
    [t('field_settingsHash'), e.settingsHash],
    [t('field_conversation'), e.conversationKey || none],
    [t('field_recordedAt'), fmt.dateTime.format(e.recordedAt)],
    [t('field_seq'), String(e.seq)],
    [t('field_id'), e.id],
    [t('field_prevHash'), e.prevHash],
    [t('field_hash'), e.hash],
  ];
  return (
    <section
      aria-labelledby="detail-h"
      class="detail"
      onKeyDown={(k) => {
        if (k.key === 'Escape') onBack();
      }}
    >
      <div class="row">
        <h2 id="detail-h" tabIndex={-1} ref={heading}>
          {t('detail_heading')}
        </h2>
        <span class="spacer" />
        <button type="button" onClick={onBack}>
          {t('detail_back')}
        </button>
      </div>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
