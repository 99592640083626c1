import { useEffect, useState } from 'preact/hooks';
import { auditDb } from '../../audit/db';
import { ACTIONS, type Action } from '../../detect';
import { SITES } from '../../sites';
import { browser } from '../../platform/browser';
import { sendMessage } from '../../platform/messaging';
import type { Problem } from '../../policy/fields';
import { isLocked, type ResolvedSettings } from '../../policy/resolve';
import { ACTION_KEYS, ACTION_STRICTNESS, SETTING_KEYS, SPEC, type Group, type SettingKey } from '../../policy/schema';
import { fileDay, saveFile } from '../shared/download';
import { t, tKey, typeLabel } from '../../platform/i18n';
import { problemText, Problems } from '../shared/problems';
import { ReportingHealth } from '../shared/reporting-health';
import { CHOICES, kindOf, NUMBER_RULES } from './fields';
import { exportUserSettings, NotSettingsFile, planImport, userMapValue } from './settings-io';
import { AiCatalog } from './ai-catalog';
import { ExtraSites } from './extra-sites';

const GROUPS: Group[] = ['protection', 'detection', 'sites', 'notices', 'audit'];

type Note = { text: string; kind: 'ok' | 'error' };

const choiceLabel = (key: SettingKey, value: string): string =>
  key === 'mode' ? tKey(`mode_${value}`) : tKey(`${key}_${value}`);

function parse(key: SettingKey, value: unknown): { value?: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = (SPEC[key] as { parse: (v: unknown, k: string, p: Problem[]) => unknown }).parse(value, key, problems);
  return { value: parsed, problems };
}

/** The settings page: every setting from the schema, grouped; policy-set ones locked. */
export function Options() {
  const [resolved, setResolved] = useState<ResolvedSettings>();
  const [notes, setNotes] = useState<Partial<Record<string, Note>>>({});
  const [status, setStatus] = useState<Note>();

  useEffect(() => {
    const load = () => void sendMessage('settings/get', null).then(setResolved);
    load();
    // A policy pushed (or a change made in another window) shows at once.
    const onChanged = (_: unknown, area: string) => {
      if (area === 'managed' || area === 'local') load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!resolved) return <p role="status">{t('options_loading')}</p>;

  const note = (key: string, n: Note | undefined) => setNotes((all) => ({ ...all, [key]: n }));

  /** Validates with the schema's own parser, then saves; the background refuses locked keys anyway. */
  const save = async (key: SettingKey, value: unknown): Promise<void> => {
    const { value: parsed, problems } = parse(key, value);
    if (parsed === undefined || problems.length > 0) {
      note(key, { text: t('invalid_value', problems.map(problemText).join('; ')), kind: 'error' });
      return;
    }
    try {
      const result = await sendMessage('settings/set', { [key]: parsed });
      setResolved(result.resolved);
      if (result.refused.length) note(key, { text: t('save_refused', result.refused.join(', ')), kind: 'error' });
      else {
        note(key, undefined);
        setStatus({ text: t('saved'), kind: 'ok' });
      }
    } catch (e) {
      note(key, { text: t('save_failed', (e as Error).message), kind: 'error' });
    }
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="muted">{t('options_intro')}</p>
      {resolved.problems.length > 0 && (
        <section aria-labelledby="problems-h" class="problems-box">
          <h2 id="problems-h">{t('problems_heading')}</h2>
          <p class="muted">{t('problems_intro')}</p>
          <Problems problems={resolved.problems} />
        </section>
      )}
      <ReportingHealth db={auditDb()} resolved={resolved} />
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} class="group">
          <h2 id={`group-${group}`}>{tKey(`group_${group}`)}</h2>
          {SETTING_KEYS.filter((k) => SPEC[k].group === group).map((key) => (
            <Field
              key={key}
              settingKey={key}
              resolved={resolved}
              note={notes[key]}
              save={save}
              reject={(text) => note(key, { text, kind: 'error' })}
            />
          ))}
        </section>
      ))}
      <ExtraSites entries={resolved.settings.extraSites} />
      <AiCatalog aiTools={resolved.settings.aiTools} />
      <SettingsFileSection resolved={resolved} setResolved={setResolved} />
      <p role="status" aria-live="polite" class={status?.kind === 'error' ? 'error' : 'ok'} id="options-status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}

interface FieldProps {
  settingKey: SettingKey;
  resolved: ResolvedSettings;
  note: Note | undefined;
  save: (key: SettingKey, value: unknown) => Promise<void>;
  /** Shows why an input could not even be read (JSON that does not parse). */
  reject: (text: string) => void;
}

function Field({ settingKey: key, resolved, note, save, reject }: FieldProps) {
  const kind = kindOf(key);
  const locked = isLocked(resolved, key);
  const value = resolved.settings[key];
  const bound = boundOf(resolved, key);
  const id = `setting-${key}`;
  const described = [`${id}-doc`, locked || bound ? `${id}-lock` : '', note ? `${id}-note` : '']
    .filter(Boolean)
    .join(' ');
  const title = tKey(`setting_${key}_title`);
  const doc = (
    <p id={`${id}-doc`} class="muted doc">
      {tKey(`setting_${key}_doc`)}
    </p>
  );
  const lock = (locked || bound) && (
    <span id={`${id}-lock`} class="locked">
      {bound ? t(bound.kind === 'min' ? 'locked_at_least' : 'locked_at_most', String(bound.value)) : t('locked')}
    </span>
  );
  const noteEl = note && (
    <p id={`${id}-note`} class={note.kind} role={note.kind === 'error' ? 'alert' : undefined}>
      {note.text}
    </p>
  );
  const common = { id, disabled: locked, 'aria-describedby': described, name: key, 'data-setting': key };

  if (kind === 'boolean') {
    return (
      <div class="field" data-locked={locked || undefined}>
        <label class="check">
          <input
            type="checkbox"
            {...common}
            checked={value as boolean}
            onChange={(e) => void save(key, e.currentTarget.checked)}
          />
          {title}
        </label>
        {lock}
        {doc}
        {noteEl}
      </div>
    );
  }
  if (kind === 'actions') return <ActionsField resolved={resolved} note={noteEl} save={save} doc={doc} />;
  if (kind === 'sites') {
    const chosen = value as string[];
    return (
      <fieldset class="field" data-locked={locked || undefined} aria-describedby={described}>
        <legend>{title}</legend>
        {lock}
        {doc}
        <div class="sites">
          {SITES.map((s) => (
            <label key={s.id} class="check">
              <input
                type="checkbox"
                name={key}
                value={s.id}
                disabled={locked}
                checked={chosen.includes(s.id)}
                onChange={(e) =>
                  void save(key, e.currentTarget.checked ? [...chosen, s.id] : chosen.filter((x) => x !== s.id))
                }
              />
              {s.name}
            </label>
          ))}
        </div>
        {noteEl}
      </fieldset>
    );
  }

  let control;
  if (kind === 'choice') {
    control = (
      <select {...common} value={value as string} onChange={(e) => void save(key, e.currentTarget.value)}>
        {CHOICES[key]!.map((c) => (
          <option key={c} value={c}>
            {choiceLabel(key, c)}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'number') {
    const rules = NUMBER_RULES[key];
    control = (
      <input
        type="number"
        {...common}
        value={String(value)}
        min={bound?.kind === 'min' ? bound.value : rules?.min}
        max={bound?.kind === 'max' ? bound.value : rules?.max}
        step={rules?.step ?? 'any'}
        onChange={(e) => void save(key, e.currentTarget.valueAsNumber)}
      />
    );
  } else if (kind === 'text' || kind === 'url') {
    control = (
      <input
        type={kind === 'url' ? 'url' : 'text'}
        {...common}
        value={value as string}
        onChange={(e) => void save(key, e.currentTarget.value)}
      />
    );
  } else if (kind === 'lines') {
    control = (
      <textarea
        {...common}
        rows={3}
        value={(value as string[]).join('\n')}
        onChange={(e) =>
          void save(
            key,
            e.currentTarget.value
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          )
        }
      />
    );
  } else {
    control = (
      <textarea
        {...common}
        class="json"
        rows={4}
        spellcheck={false}
        value={JSON.stringify(value, null, 2)}
        onChange={(e) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(e.currentTarget.value);
          } catch (err) {
            reject(t('json_invalid', (err as Error).message)); // nothing is saved
            return;
          }
          void save(key, parsed);
        }}
      />
    );
  }
  return (
    <div class="field" data-locked={locked || undefined}>
      <label for={id}>{title}</label>
      {lock}
      {control}
      {kind === 'lines' && <p class="muted">{t('hint_lines')}</p>}
      {kind === 'json' && <p class="muted">{t('hint_json')}</p>}
      {doc}
      {noteEl}
    </div>
  );
}

/** A number policy bounds without locking it (resolve.ts holdTheLine). */
function boundOf(resolved: ResolvedSettings, key: SettingKey): { kind: 'min' | 'max'; value: number } | undefined {
  const f = resolved.floors;
  if (key === 'minScore' && f?.minScore !== undefined) return { kind: 'max', value: f.minScore };
  if (key === 'auditRetentionDays' && f?.auditRetentionDays !== undefined) {
    return { kind: 'min', value: f.auditRetentionDays };
  }
  return undefined;
}

const looser = (a: Action, floor: Action | undefined): boolean =>
  floor !== undefined && ACTION_STRICTNESS.indexOf(a) < ACTION_STRICTNESS.indexOf(floor);

function ActionsField({
  resolved,
  note,
  save,
  doc,
}: {
  resolved: ResolvedSettings;
  note: preact.JSX.Element | undefined;
  save: FieldProps['save'];
  doc: preact.JSX.Element;
}) {
  const actions = resolved.settings.actions;
  const wholeLock = isLocked(resolved, 'actions');
  return (
    <div class="field" data-locked={wholeLock || undefined}>
      <table class="actions" aria-labelledby="actions-caption" aria-describedby="setting-actions-doc">
        <caption id="actions-caption">{tKey('setting_actions_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions_type')}</th>
            <th scope="col">{t('actions_action')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTION_KEYS.map((entry) => {
            const locked = isLocked(resolved, `actions.${entry}`);
            const floor = resolved.floors?.actions?.[entry];
            const id = `setting-actions-${entry}`;
            const label = entry === 'default' ? t('actions_default') : typeLabel(entry);
            return (
              <tr key={entry} data-locked={locked || undefined}>
                <th scope="row">
                  <label for={id}>{label}</label>
                </th>
                <td>
                  <select
                    id={id}
                    name={`actions.${entry}`}
                    data-setting={`actions.${entry}`}
                    disabled={locked}
                    aria-describedby={locked || floor ? `${id}-lock` : undefined}
                    value={actions[entry] ?? actions.default}
                    onChange={(e) =>
                      void save(
                        'actions',
                        userMapValue(resolved, 'actions', { ...actions, [entry]: e.currentTarget.value }),
                      )
                    }
                  >
                    {ACTIONS.map((a) => (
                      <option key={a} value={a} disabled={looser(a, floor)}>
                        {tKey(`policy_${a}`)}
                      </option>
                    ))}
                  </select>
                  {(locked || floor) && (
                    <span id={`${id}-lock`} class="locked">
                      {locked ? t('locked') : t('locked_stricter')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {doc}
      {note}
    </div>
  );
}

function SettingsFileSection({
  resolved,
  setResolved,
}: {
  resolved: ResolvedSettings;
  setResolved: (r: ResolvedSettings) => void;
}) {
  const [report, setReport] = useState<Note[]>([]);

  const doExport = () => {
    const now = Date.now();
    saveFile(
      [JSON.stringify(exportUserSettings(resolved, now), null, 2)],
      `veil-settings-${fileDay(now)}.json`,
      'application/json',
    );
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    const lines: Note[] = [];
    try {
      const plan = planImport(JSON.parse(await file.text()), resolved);
      const count = Object.keys(plan.apply).length;
      let refused: string[] = [];
      if (count) {
        const result = await sendMessage('settings/set', plan.apply);
        setResolved(result.resolved);
        refused = result.refused;
      }
      lines.push({ text: t('io_result', count), kind: 'ok' });
      const locked = [...plan.locked, ...refused];
      if (locked.length) lines.push({ text: t('io_skipped_locked', locked.join(', ')), kind: 'error' });
      if (plan.invalid.length) {
        lines.push({
          text: t('io_invalid', plan.invalid.map((p) => `${p.key} ${problemText(p)}`).join('; ')),
          kind: 'error',
        });
      }
    } catch (e) {
      const why = e instanceof NotSettingsFile ? problemText(e.problem) : (e as Error).message;
      lines.push({ text: t('io_not_settings', why), kind: 'error' });
    }
    setReport(lines);
  };

  return (
    <section aria-labelledby="io-h" class="group io">
      <h2 id="io-h">{t('io_heading')}</h2>
      <p class="muted">{t('io_intro')}</p>
      <div class="row">
        <button type="button" onClick={doExport}>
          {t('io_export')}
        </button>
        <label class="file">
          {t('io_import')}
          <input
            type="file"
            accept="application/json,.json"
            name="import"
            onChange={(e) => {
              const input = e.currentTarget;
              void doImport(input.files?.[0]).then(() => (input.value = ''));
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          onClick={() =>
            void sendMessage('settings/reset', null).then((r) => {
              setResolved(r);
              setReport([{ text: t('reset_done'), kind: 'ok' }]);
            })
          }
        >
          {t('reset_button')}
        </button>
      </div>
      <div role="status" aria-live="polite" id="io-report">
        {report.map((r, i) => (
          <p key={i} class={r.kind}>
            {r.text}
          </p>
        ))}
      </div>
    </section>
  );
}
