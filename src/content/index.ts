// Content script entry, ISOLATED world, document_start. The guard starts at once, before the page's
// own scripts run, and stands down only if the settings say Veil is off.
import { sendMessage } from '../platform/messaging';
import { startGuard } from './guard';
import { siteForUrl } from './sites';

const site = siteForUrl(new URL(location.href));
if (site) {
  const guard = startGuard(site);
  sendMessage('settings/get', null)
    .then(({ settings }) => {
      if (!settings.enabled) guard.stop();
    })
    .catch(() => {
      // The background is unreachable (extension reloaded or updating): keep guarding locally.
    });
}
