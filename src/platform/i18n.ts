/**
 * Every UI string goes through here: `t('key', ...substitutions)` reads the extension's `_locales`
 * (public/_locales/<lang>/messages.json) with `browser.i18n.getMessage`. Keys are typed from the
 * English file, so a missing string does not compile; a unit test proves every locale has every key.
 * The popup, the options page, the blocked page and the content script's in-page UI all use it
 * (`browser.i18n` works in content scripts too).
 */
import type en from '../../public/_locales/en/messages.json';
import { browser } from './browser';

export type MessageKey = keyof typeof en;

/** Stand-ins for `$1`...`$9` (Chrome's limit): each message is read once, then filled in here. */
const MARKS = Array.from({ length: 9 }, (_, i) => `\u{E000}${i + 1}\u{E001}`);
const MARK = /\u{E000}(\d)\u{E001}/gu;
const templates = new Map<string, string>();

/**
 * The message with marks where its substitutions go, read once and kept: a content script whose
 * extension was updated or reloaded can no longer call `i18n` at all, yet still tells the user so
 * (see `preloadMessages`).
 */
function template(key: string): string {
  let text = templates.get(key);
  if (text === undefined) {
    try {
      text = browser.i18n.getMessage(key, MARKS);
    } catch {
      return ''; // the extension context is gone and this message was never read
    }
    templates.set(key, text);
  }
  return text;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // getMessage answers '' for an unknown key; showing the key makes the gap visible instead of blank.
  const text = template(key);
  return text ? text.replace(MARK, (_, n: string) => String(substitutions[Number(n) - 1] ?? '')) : key;
}

/** Reads every message now, while the extension context is alive (the content script calls it once, when idle). */
export function preloadMessages(keys: readonly string[]): void {
  for (const key of keys) template(key);
  uiLanguage();
}

/** For keys built at run time (`type_${entityType}`); the unit test checks every such family is complete. */
export const tKey = (key: string, ...substitutions: (string | number)[]): string =>
  t(key as MessageKey, ...substitutions);

/** What a finding's type is called in the UI language (`type_<TYPE>`): the one name everywhere. */
export const typeLabel = (type: string): string => tKey(`type_${type}`);

/** Keys that come as a `_one` / `_other` pair: `tCount('x', n)` picks one (Chrome's i18n has no plurals). */
export type CountKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** `n` things in words: `${key}_one` or `${key}_other` by the UI language's plural rules; `n` is `$1`. */
export function tCount(key: CountKey, n: number, ...substitutions: (string | number)[]): string {
  const one = pluralRules().select(n) === 'one';
  return t(`${key}_${one ? 'one' : 'other'}` as MessageKey, countText(n), ...substitutions);
}

let plurals: Intl.PluralRules | undefined;
let counts: Intl.NumberFormat | undefined;

const pluralRules = (): Intl.PluralRules => (plurals ??= new Intl.PluralRules(uiLanguage()));

/**
 * A count as the UI language writes it. The first Intl.NumberFormat a content script makes costs
 * 30-90 ms (Chromium, measured 2026-12-08), so counts below 1,000, which every UI language (en, de)
 * writes as plain digits, do without it.
 */
function countText(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  counts ??= new Intl.NumberFormat(uiLanguage());
  return counts.format(n);
}

/** Makes the count formats now: for a caller about to wait (a file being read), so later counts are quick. */
export function prepareCounts(): void {
  countText(1000);
  pluralRules();
}

/**
 * A message around one piece the caller renders itself (e.g. in <strong>): the text before and after
 * the message's first substitution.
 */
export function tAround(key: MessageKey): [before: string, after: string] {
  const mark = '\u{E002}';
  const [before = '', ...rest] = t(key, mark).split(mark);
  return [before, rest.join('')];
}

let language: string | undefined;
/** The browser's UI language, read once (like the messages, it must outlive the extension context). */
export function uiLanguage(): string {
  try {
    language ??= browser.i18n.getUILanguage();
  } catch {
    return navigator.language; // the extension context is gone and the language was never read
  }
  return language;
}

/** `Intl` formatters in the browser's UI language. */
export function formatters(): { dateTime: Intl.DateTimeFormat; day: Intl.DateTimeFormat; number: Intl.NumberFormat } {
  const lang = uiLanguage();
  return {
    dateTime: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }),
    day: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }),
    number: new Intl.NumberFormat(lang),
  };
}

/** Sets <html lang> and the document title from the locale. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
