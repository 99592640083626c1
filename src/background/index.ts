// The service worker. Every listener is registered synchronously at the top level, and nothing that
// matters lives only in a global: the worker may be stopped at any moment and restarted by an event.
import { ALLOWED_SENDERS, isEnvelope, type MessageType, type Protocol } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { watchPolicy } from './policy-watch';
import { senderKind } from './sender';
import { currentSettings, resetUserSettings, updateUserSettings } from './settings';

type Handlers = {
  [K in MessageType]: (
    payload: Protocol[K]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<Protocol[K]['response']>;
};

const handlers: Handlers = {
  'settings/get': () => currentSettings(),
  'settings/set': (values) => updateUserSettings(values),
  'settings/reset': () => resetUserSettings(),
};

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
  const kind = senderKind(sender, browser.runtime.id, extensionOrigin);
  if (!kind || !ALLOWED_SENDERS[message.type].includes(kind)) {
    return Promise.reject(new Error(`Veil: "${message.type}" is not allowed from this sender`));
  }
  const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
  return handler(message.payload, sender);
});

watchPolicy();
