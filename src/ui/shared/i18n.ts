/**
 * Every UI string goes through here: `t('key', ...substitutions)` reads the extension's `_locales`
 * (public/_locales/<lang>/messages.json) with `browser.i18n.getMessage`. Keys are typed from the
 * English file, so a missing string does not compile; a unit test proves every locale has every key.
 */
import type en from '../../../public/_locales/en/messages.json';
import { browser } from '../../platform/browser';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // getMessage answers '' for an unknown key; showing the key makes the gap visible instead of blank.
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** For keys built at run time (`type_${entityType}`); the unit test checks every such family is complete. */
export const tKey = (key: string, ...substitutions: (string | number)[]): string =>
  t(key as MessageKey, ...substitutions);

export const uiLanguage = (): string => browser.i18n.getUILanguage();

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
