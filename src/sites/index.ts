import chatgpt from './chatgpt';
import aistudio from './aistudio';
import characterai from './characterai';
import duckai from './duckai';
import githubcopilot from './githubcopilot';
import kimi from './kimi';
import lmarena from './lmarena';
import m365copilot from './m365copilot';
import notebooklm from './notebooklm';
import pi from './pi';
import qwen from './qwen';
import youcom from './youcom';
import zai from './zai';
import claude from './claude';
import copilot from './copilot';
import deepseek from './deepseek';
import gemini from './gemini';
import grok from './grok';
import huggingchat from './huggingchat';
import meta from './meta';
import mistral from './mistral';
import perplexity from './perplexity';
import poe from './poe';
import type { SiteAdapter } from './types';
import { extraSiteForUrl, parseExtraSites, type ExtraSiteEntry } from './extra';

/**
 * Every supported chat site. Adding a site = one adapter file and one line here (the manifest's
 * content scripts follow: scripts/manifest.ts), plus its fixture page for the tests.
 */
export const SITES: readonly SiteAdapter[] = [
  chatgpt,
  claude,
  gemini,
  copilot,
  perplexity,
  deepseek,
  mistral,
  grok,
  poe,
  meta,
  huggingchat,
  // Added 2026-12 (issue 19), most used first.
  m365copilot,
  notebooklm,
  aistudio,
  githubcopilot,
  qwen,
  kimi,
  duckai,
  characterai,
  lmarena,
  pi,
  zai,
  youcom,
];

/** A WebExtension match pattern (https only, literal host, path with `*` wildcards) tested against a URL. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (url.protocol !== `${scheme}:` || url.hostname !== host) return false;
  const re = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(url.pathname + url.search);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function siteForUrl(url: URL): SiteAdapter | undefined {
  return SITES.find((site) => site.matches.some((p) => matchesPattern(p, url)));
}

/** A built-in site serves this URL (an `extraSites` entry may not take its place). */
export const isBuiltIn = (url: URL): boolean => siteForUrl(url) !== undefined;

/** The built-in site at `url`, else the admin's `extraSites` entry for its host. */
export function siteForUrlWith(url: URL, extraSites: readonly ExtraSiteEntry[]): SiteAdapter | undefined {
  return siteForUrl(url) ?? extraSiteForUrl(url, extraSites, isBuiltIn);
}

/** An `extraSites` entry usable for `host` is in `extraSites`. */
export const extraSiteListed = (host: string, extraSites: readonly ExtraSiteEntry[]): boolean =>
  parseExtraSites(extraSites, isBuiltIn).some((p) => p.ok && p.host === host);

export type { SiteAdapter } from './types';
export type { ExtraSiteEntry, ParsedExtraSite, ExtraSiteProblem } from './extra';
export { extraOrigins, extraSiteId, isExtraSiteId, liveExtraSite, parseExtraSites } from './extra';
