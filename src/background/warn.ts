import { browser } from '../platform/browser';

/** Veil's warn page for `url`: the page reads the tool id for its name and the URL to continue to. */
export const warnPageUrl = (url: string, toolId?: string): string => {
  const params = new URLSearchParams({ url, host: new URL(url).hostname });
  if (toolId) params.set('tool', toolId);
  return `${browser.runtime.getURL('src/ui/warn/index.html')}?${params}`;
};
