import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TRIGGERS } from '../../../src/audit/types';
import { ACTIONS, ENTITY_TYPES } from '../../../src/detect';
import { PROBLEM_TEXT } from '../../../src/policy/fields';
import { DEFAULTS, SETTING_KEYS, SPEC } from '../../../src/policy/schema';
import { CHOICES } from '../../../src/ui/options/fields';
import { readRepoFile, repoPath } from '../repo';
import { format, loadMessages, type Messages } from './chrome-i18n';

const LOCALES = readdirSync(repoPath('public/_locales'));
const en = loadMessages('en');
const load = loadMessages;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}
// Everything the user sees: the popup, options, blocked and warn pages, and the content script's in-page UI.
const UI_DIRS = ['src/ui/popup', 'src/ui/options', 'src/ui/shared', 'src/ui/blocked', 'src/ui/warn', 'src/content'];
const uiSource = UI_DIRS.flatMap((d) => sourceFiles(repoPath(d)));
const stripComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const uiCode = uiSource.map((f) => stripComments(readFileSync(f, 'utf8'))).join('\n');

/** `$1`, `$2` ... a message takes (what its named placeholders stand for). */
const substitutions = (entry: Messages[string]): string[] =>
  Object.values(entry.placeholders ?? {})
    .map((p) => p.content)
    .sort();

/**
 * Every call `t('key', ...)` / `tCount('key', n, ...)` in the UI code with its number of arguments
 * after the key (a small scanner: strings, template literals and nested brackets are skipped over).
 */
function calls(code: string): { fn: string; key: string; args: number }[] {
  const out: { fn: string; key: string; args: number }[] = [];
  for (const m of code.matchAll(/\b(t|tCount)\(\s*'([A-Za-z0-9_@]+)'/g)) {
    let depth = 0;
    let args = 0;
    let i = m.index + m[0].length;
    for (; i < code.length; i++) {
      const c = code[i]!;
      if (c === "'" || c === '"' || c === '`') {
        for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      } else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0 && code.slice(i + 1).trimStart()[0] !== ')') args++;
    }
    out.push({ fn: m[1]!, key: m[2]!, args });
  }
  return out;
}

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
      // ... standing for the same substitutions: $SITE$ is $1 in every language.
      expect(entry.placeholders ?? {}, `${lang} ${key}`).toEqual(en[key]!.placeholders ?? {});
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
    const code = uiCode;
    const named = [...code.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!);
    expect(named.filter((k) => !en[k])).toEqual([]);
    const counted = [...code.matchAll(/\btCount\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!);
    expect(counted.flatMap((k) => [`${k}_one`, `${k}_other`]).filter((k) => !en[k])).toEqual([]);
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
      // Keys built in template literals (`inbound_redact_${trigger}`): the type checker proves each exists.
      ...[...code.matchAll(/`([a-z][A-Za-z0-9]*_[A-Za-z0-9_]*)\$\{/g)].map((m) => m[1]!),
    ];
    const manifestKeys = ['extName', 'extDescription', 'actionTitle'];
    const unused = Object.keys(en).filter(
      (k) =>
        !code.includes(`'${k}'`) &&
        !code.includes(`'${k.replace(/_(one|other)$/, '')}'`) &&
        !dynamicPrefixes.some((p) => k.startsWith(p)) &&
        !manifestKeys.includes(k),
    );
    expect(unused).toEqual([]);
  });

  it('every call passes as many substitutions as its message takes', () => {
    const found = calls(uiCode);
    expect(found.length).toBeGreaterThan(100);
    const wrong = found
      .map(({ fn, key, args }) => {
        const entries = fn === 'tCount' ? [en[`${key}_one`], en[`${key}_other`]] : [en[key]];
        const takes = Math.max(...entries.map((e) => (e ? substitutions(e).length : 0)));
        // tCount passes the count itself as $1.
        return { call: `${fn}('${key}')`, takes, passes: args };
      })
      .filter((c) => c.takes !== c.passes);
    expect(wrong).toEqual([]);
  });

  it('counted messages come in _one/_other pairs with the count as $1', () => {
    const bases = Object.keys(en)
      .filter((k) => k.endsWith('_one'))
      .map((k) => k.slice(0, -'_one'.length));
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) {
      expect(en[`${base}_other`], base).toBeDefined();
      expect(en[`${base}_one`]!.placeholders).toEqual(en[`${base}_other`]!.placeholders);
      expect(en[`${base}_one`]!.placeholders?.count?.content, base).toBe('$1');
    }
  });

  it('words every settings problem as the resolver does in English, with the same substitutions', () => {
    for (const [code, text] of Object.entries(PROBLEM_TEXT) as [string, (...a: string[]) => string][]) {
      const args = ['‹1›', '‹2›', '‹3›'].slice(0, text.length);
      expect(format(en, `bad_${code}`, args), code).toBe(text(...args));
      expect(substitutions(en[`bad_${code}`]!), code).toHaveLength(args.length);
    }
  });

  it('the built-in disclaimer is the settings default, in every language', () => {
    expect(en.reply_disclaimer_default?.message).toBe(DEFAULTS.disclaimerText);
  });

  it('the content script names no English sentence outside the locale files', () => {
    const content = uiSource.filter((f) => f.includes('/src/content/'));
    const literal = /(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
    // Not shown to anyone: text the detector warms up on, and the site's own button labels in selectors.
    const notUi = [/^Warm-up: /, /\[[a-z-]+[*^$]?=/, /^Veil: reply handling failed$/];
    const offenders = content.flatMap((f) =>
      [...stripComments(readFileSync(f, 'utf8')).matchAll(literal)]
        .map((m) => m[2]!)
        .filter((text) => /^[A-Z][a-z]* [a-z]+ [a-z]+\b/.test(text) && !notUi.some((re) => re.test(text)))
        .map((text) => `${f.slice(repoPath().length + 1)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the popup, options and blocked pages have no hard-coded text in their markup', () => {
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
