import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TRIGGERS } from '../../../src/audit/types';
import { ENTITY_TYPES } from '../../../src/detect';
import { ACTIONS, SETTING_KEYS, SPEC } from '../../../src/policy/schema';
import { CHOICES } from '../../../src/ui/options/fields';
import { readRepoFile, repoPath } from '../repo';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = readdirSync(repoPath('public/_locales'));
const load = (lang: string): Messages =>
  JSON.parse(readRepoFile('public', '_locales', lang, 'messages.json')) as Messages;
const en = load('en');

/** What chrome.i18n.getMessage does with named placeholders ($NAME$ -> content -> $1 ...). */
export function format(messages: Messages, key: string, subs: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}
const UI_DIRS = ['src/ui/popup', 'src/ui/options', 'src/ui/shared'];
const uiSource = UI_DIRS.flatMap((d) => sourceFiles(repoPath(d)));

describe('locales', () => {
  it('has English and German', () => {
    expect(LOCALES.sort()).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(LOCALES)('%s has exactly the English keys, each non-empty, with the same placeholders', (lang) => {
    const m = load(lang);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(m)) {
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual(
        Object.keys(en[key]!.placeholders ?? {}).sort(),
      );
      // Every $NAME$ in the text is declared, and no stray $ (Chrome would drop it).
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${lang} ${key} $${name}$`).toBeDefined();
      }
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}`).not.toMatch(/\$/);
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    }
  });

  it('formats placeholders as Chrome does', () => {
    expect(format(en, 'status_protected', ['ChatGPT'])).toBe('Protected: Veil checks what you send to ChatGPT.');
    expect(format(load('de'), 'chain_broken', ['7', 'heute', 'x'])).toBe('Unterbrochen bei Ereignis 7 (heute): x');
  });

  it('covers every key the manifest names', () => {
    const manifest = readRepoFile('manifest.json');
    for (const [, key] of manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) expect(en[key!], key).toBeDefined();
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it('has every key built at run time (types, actions, triggers, settings, groups, choices)', () => {
    const families = [
      ...ENTITY_TYPES.map((t) => `type_${t}`),
      ...AUDIT_ACTIONS.map((a) => `audit_${a.replace(/-/g, '_')}`),
      ...AUDIT_TRIGGERS.map((x) => `trigger_${x}`),
      ...SETTING_KEYS.flatMap((k) => [`setting_${k}_title`, `setting_${k}_doc`]),
      ...[...new Set(SETTING_KEYS.map((k) => SPEC[k].group))].map((g) => `group_${g}`),
      ...ACTIONS.map((a) => `policy_${a}`),
      ...(['edited', 'unlinked', 'gap', 'missing_tail'] as const).map((p) => `chain_problem_${p}`),
      ...Object.entries(CHOICES).flatMap(([k, values]) =>
        values!.map((v) => (k === 'mode' ? `mode_${v}` : `${k}_${v}`)),
      ),
    ];
    expect(families.filter((k) => !en[k])).toEqual([]);
  });

  it('says in English what the settings schema says (update both locale files when SPEC changes)', () => {
    for (const key of SETTING_KEYS) {
      expect(en[`setting_${key}_title`]?.message, key).toBe(SPEC[key].title);
      expect(en[`setting_${key}_doc`]?.message, key).toBe(SPEC[key].doc);
    }
  });

  it('every key the UI code names exists, and no key is unused', () => {
    const code = uiSource
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const named = [...code.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!);
    expect(named.filter((k) => !en[k])).toEqual([]);
    const dynamicPrefixes = [
      'type_',
      'audit_',
      'trigger_',
      'setting_',
      'group_',
      'policy_',
      'chain_problem_',
      'mode_',
      'failMode_',
    ];
    const manifestKeys = ['extName', 'extDescription', 'actionTitle'];
    const unused = Object.keys(en).filter(
      (k) => !code.includes(`'${k}'`) && !dynamicPrefixes.some((p) => k.startsWith(p)) && !manifestKeys.includes(k),
    );
    expect(unused).toEqual([]);
  });

  it('the popup and options code has no hard-coded text in its markup', () => {
    const offenders = uiSource
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
          .filter(
            ({ line }) =>
              />\s*[A-Za-z][A-Za-z ,.'’]{2,}\s*<\//.test(line) || /(aria-label|title|placeholder)="[A-Za-z]/.test(line),
          ),
      )
      .map((o) => o.at);
    expect(offenders).toEqual([]);
  });
});
