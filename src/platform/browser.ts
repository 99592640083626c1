// The only module that imports webextension-polyfill: one place to fake in tests, one place to
// change if we ever drop the polyfill.
import browser from 'webextension-polyfill';

export type { DeclarativeNetRequest, Runtime, Scripting, Storage, WebNavigation } from 'webextension-polyfill';
export { browser };
