/**
 * The background side of the AI tools catalog: discovery (a top-level load of a catalog tool adds
 * one to that tool's count for the day; no URL, path or content is kept), the `aiTools` decision
 * for a navigation, and "Continue" on the warn page (remembered for that tool until the day ends,
 * recorded in the audit trail). Listeners are registered by `watchAiTools()` at the top level.
 */
import { auditDb } from '../audit/db';
import { localDay } from '../audit/stats';
import { recordToolVisit } from '../audit/tool-visits';
import { browser, type WebNavigation } from '../platform/browser';
import { ruleFor, type ToolRule } from '../policy/ai-tools';
import { hostOfUrl, toolById, toolForHost, type AiTool } from '../sites/catalog';
import { recordOwnEvent } from './audit';
import { isBlockedUrl } from './blocking';
import { currentSettings } from './settings';

/** storage.local: the tools continued past the warn page today, `{ day, tools }`. */
const CONTINUED_KEY = 'aiTools.continued';
export const DAY_ALARM = 'ai-tools-day';
const MAX_REASON = 1000;

export interface NavigationDecision {
  rule: ToolRule;
  tool?: AiTool;
  host: string;
}

/** What policy says about loading `url` in a tab (undefined: not a web page). */
export async function decideNavigation(url: string): Promise<NavigationDecision | undefined> {
  const host = hostOfUrl(url);
  if (host === undefined) return undefined;
  const { settings } = await currentSettings();
  const tool = toolForHost(host);
  if (!settings.enabled) return { rule: 'allow', host, ...(tool ? { tool } : {}) };
  const rule = isBlockedUrl(url, settings.blockedSites) ? 'block' : ruleFor(settings.aiTools, host, tool);
  const continued = rule === 'warn' && (await continuedToday()).has(tool?.id ?? host);
  return { rule: continued ? 'allow' : rule, host, ...(tool ? { tool } : {}) };
}

export async function continuedToday(now = Date.now()): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(CONTINUED_KEY))[CONTINUED_KEY] as
    { day?: unknown; tools?: unknown } | undefined;
  if (stored?.day !== localDay(now) || !Array.isArray(stored.tools)) return new Set();
  return new Set(stored.tools.filter((t): t is string => typeof t === 'string'));
}

export interface ContinueRequest {
  /** The URL the warn page stands in for (from its own query string). */
  url: string;
  reason?: string;
}

/**
 * "Continue" on the warn page: checked against policy again (the page's query string is not
 * trusted), recorded in the audit trail first, then remembered for the tool until the day ends.
 */
export async function continueToTool(request: ContinueRequest): Promise<{ url: string }> {
  const url = typeof request?.url === 'string' ? request.url : '';
  const decision = await decideNavigation(url);
  if (!decision || decision.rule !== 'warn') throw new Error('Veil: this address does not ask to be approved');
  const { settings } = await currentSettings();
  const reason = typeof request.reason === 'string' ? request.reason.trim().slice(0, MAX_REASON) : '';
  if (settings.requireReason && reason === '') throw new Error('Veil: a reason is required');
  const key = decision.tool?.id ?? decision.host;
  await recordOwnEvent({
    site: decision.tool?.id ?? 'veil',
    host: decision.host,
    action: 'tool-continued',
    trigger: 'navigation',
    ...(reason ? { reason } : {}),
    detail: `aiTools:warn ${key}`,
  });
  const today = await continuedToday();
  today.add(key);
  await browser.storage.local.set({ [CONTINUED_KEY]: { day: localDay(Date.now()), tools: [...today] } });
  return { url };
}

/** The tool's name for the warn and block pages (the page reads only the id from its URL). */
export const toolName = (id: string): string | undefined => toolById(id)?.name;

async function countVisit(details: WebNavigation.OnCommittedDetailsType): Promise<void> {
  if (details.frameId !== 0) return;
  const host = hostOfUrl(details.url);
  const tool = host === undefined ? undefined : toolForHost(host);
  if (!tool) return;
  const { settings } = await currentSettings();
  if (settings.enabled) await recordToolVisit(auditDb(), tool.id);
}

/** A blocked attempt counts as a visit too: the admin wants to know the tool is wanted. */
export async function countBlockedAttempt(tool: AiTool | undefined): Promise<void> {
  if (tool) await recordToolVisit(auditDb(), tool.id);
}

/** Local midnight after `now`: continued tools are asked about again from then. */
export function nextMidnight(now = Date.now()): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

export function watchAiTools(onNewDay: () => void): void {
  browser.webNavigation.onCommitted.addListener((details) => void countVisit(details).catch(() => undefined));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== DAY_ALARM) return;
    onNewDay();
    void browser.alarms.create(DAY_ALARM, { when: nextMidnight() });
  });
  void browser.alarms.create(DAY_ALARM, { when: nextMidnight() });
}
