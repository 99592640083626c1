// The service worker. Every listener is registered synchronously at the top level, and nothing that
// matters lives only in a global: the worker may be stopped at any moment and restarted by an event.
import { withoutCredentials } from '../policy/reporting';
import { ALLOWED_SENDERS, isEnvelope, type MessageType, type Protocol } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { refresh, watchPolicy } from './policy-watch';
import { continueToTool } from './ai-tools';
import { clearAudit, recordAudit, startAudit } from './audit';
import { runFullDetection } from './detect-full';
import { startReporting } from './reporting';
import { recordHealth, watchTabsForHealth } from './health';
import { mayBeExtraSite, senderKind } from './sender';
import { currentSettings, resetUserSettings, updateUserSettings } from './settings';
import { protectVault, vaultRedact } from './vault';
import { guardRedactedValues, startExfilRules } from './exfil';
import { noticeAcknowledged, noticeSeen, noticeState } from './ai-notice-state';
import { vaultLookup } from './vault-lookup';
import { watchTabsForGrants } from './vault-grants';
import { rewriteFile, scanFile } from './files';
import { watchExtraSites } from './extra-sites';

type Handlers = {
  [K in MessageType]: (
    payload: Protocol[K]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<Protocol[K]['response']>;
};

const handlers: Handlers = {
  'settings/get': () => currentSettings().then(withoutCredentials),
  'settings/set': (values) => updateUserSettings(values),
  'settings/reset': () => resetUserSettings(),
  'audit/record': (request, sender) => recordAudit(request, sender),
  'audit/clear': () => clearAudit(),
  // The redacted values are also blocked in URLs from this tab (exfil.ts) before the answer goes back.
  'vault/redact': async (request, sender) => {
    const answer = await vaultRedact(request, sender);
    await guardRedactedValues(request, sender);
    return answer;
  },
  'guard/health': (request, sender) => recordHealth(request, sender),
  'detect/full': (request, sender) => runFullDetection(request, sender),
  'vault/lookup': (request, sender) => vaultLookup(request, sender),
  'notice/state': (_, sender) => noticeState(sender),
  'notice/seen': (_, sender) => noticeSeen(sender),
  'notice/acknowledged': (_, sender) => noticeAcknowledged(sender),
  // The allow rule must be in place before the page loads the tool again.
  'aitools/continue': async (request) => {
    const answer = await continueToTool(request);
    await refresh();
    return answer;
  },
  'file/scan': (request, sender) => scanFile(request, sender),
  'file/rewrite': (request, sender) => rewriteFile(request, sender),
  // The offscreen document answers these; they never come to the background from a trusted sender.
  'offscreen/extract': () => Promise.reject(new Error('Veil: not for the background')),
  'offscreen/rewrite': () => Promise.reject(new Error('Veil: not for the background')),
};

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
  return (async () => {
    const extraSites = mayBeExtraSite(sender) ? (await currentSettings()).settings.extraSites : [];
    const kind = senderKind(sender, browser.runtime.id, extensionOrigin, extraSites);
    if (!kind || !ALLOWED_SENDERS[message.type].includes(kind)) {
      throw new Error(`Veil: "${message.type}" is not allowed from this sender`);
    }
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.payload, sender);
  })();
});

watchPolicy();

protectVault();
watchTabsForGrants();
watchTabsForHealth();

startAudit();
startReporting();

startExfilRules();
watchExtraSites();
