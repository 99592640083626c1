/**
 * The `aiTools` policy: which AI tools may be used. Keys are `default`, `category:<name>` or a host
 * name; the most specific entry wins: a host name entry (the visited host or a parent of it, the
 * nearest first; else one for another host name of the same tool) beats the tool's category, which
 * beats `default`. `default` and categories apply
 * to catalog tools only; a host name entry applies to that host whatever it is. No entry: allow.
 */
// Not the catalog's index: the content script imports this module through the schema, and must not
// carry the catalog's data.
import { hostAndParents, normalizeHost } from '../sites/catalog/match';
import { CATEGORIES, type AiTool } from '../sites/catalog/types';

export const TOOL_RULES = ['allow', 'warn', 'block'] as const;
export type ToolRule = (typeof TOOL_RULES)[number];

const CATEGORY_PREFIX = 'category:';

/** Whether `key` can be an `aiTools` key (host names may carry `www.`, `*.` or capitals). */
export function isToolRuleKey(key: string): boolean {
  if (key === 'default') return true;
  if (key.startsWith(CATEGORY_PREFIX))
    return (CATEGORIES as readonly string[]).includes(key.slice(CATEGORY_PREFIX.length));
  return normalizeHost(key.replace(/^\*\./, '')) !== undefined;
}

/** The policy's host name entries, normalised (`*.X.com` and `www.x.com` become `x.com`). */
export function hostRules(aiTools: Readonly<Record<string, ToolRule>>): Map<string, ToolRule> {
  const out = new Map<string, ToolRule>();
  for (const [key, rule] of Object.entries(aiTools)) {
    if (key === 'default' || key.startsWith(CATEGORY_PREFIX)) continue;
    const host = normalizeHost(key.replace(/^\*\./, ''));
    if (host !== undefined) out.set(host, rule);
  }
  return out;
}

/** What the policy says about `host` (normalised), which belongs to `tool` or to no catalog tool. */
export function ruleFor(
  aiTools: Readonly<Record<string, ToolRule>>,
  host: string,
  tool: AiTool | undefined,
  hosts: ReadonlyMap<string, ToolRule> = hostRules(aiTools),
): ToolRule {
  const own = nearest(hosts, host);
  if (own) return own.rule;
  if (!tool) return 'allow';
  // An entry for another of the tool's host names covers it too: "chatgpt.com" also rules chat.openai.com.
  const viaTool = tool.hostnames
    .map((h) => nearest(hosts, h))
    .filter((hit) => hit !== undefined)
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (viaTool) return viaTool.rule;
  return aiTools[`${CATEGORY_PREFIX}${tool.category}`] ?? aiTools.default ?? 'allow';
}

function nearest(hosts: ReadonlyMap<string, ToolRule>, host: string): { key: string; rule: ToolRule } | undefined {
  for (const key of hostAndParents(host)) {
    const rule = hosts.get(key);
    if (rule) return { key, rule };
  }
  return undefined;
}
