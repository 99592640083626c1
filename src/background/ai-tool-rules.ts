/**
 * declarativeNetRequest rules for the `aiTools` policy. Like `blockedSites` (blocking.ts), a tool
 * that must not load directly is blocked (the `declarativeNetRequest` permission blocks without
 * host access; redirecting would need it), and the error page is then swapped for Veil's block or
 * warn page (policy-watch.ts). Most specific wins through priorities: a rule for a host with more
 * labels outranks its parent's, so an allowed subdomain of a blocked domain gets an allow rule.
 */
import type { DeclarativeNetRequest } from '../platform/browser';
import { hostRules, ruleFor, type ToolRule } from '../policy/ai-tools';
import { hostAndParents, type AiTool } from '../sites/catalog';

type Rule = DeclarativeNetRequest.Rule;
export type RuleBody = Omit<Rule, 'id'>;

/** Host rules: 10 + labels (at most 127 labels). Above them: tools continued today, then blockedSites. */
export const CONTINUED_PRIORITY = 150;
export const BLOCKED_SITES_PRIORITY = 200;

const RESOURCE_TYPES: DeclarativeNetRequest.ResourceType[] = ['main_frame', 'sub_frame'];

/** Every host a decision is made for: each catalog host name and each host name in the policy. */
function decisionPoints(aiTools: Readonly<Record<string, ToolRule>>, tools: readonly AiTool[]): Map<string, ToolRule> {
  const hosts = hostRules(aiTools);
  const points = new Map<string, ToolRule>();
  for (const tool of tools) for (const h of tool.hostnames) points.set(h, ruleFor(aiTools, h, tool, hosts));
  for (const [h, rule] of hosts) if (!points.has(h)) points.set(h, rule);
  return points;
}

export function aiToolRules(
  aiTools: Readonly<Record<string, ToolRule>>,
  tools: readonly AiTool[],
  continuedToolIds: ReadonlySet<string>,
): RuleBody[] {
  const points = decisionPoints(aiTools, tools);
  const restrictedParent = (host: string): boolean =>
    hostAndParents(host)
      .slice(1)
      .some((parent) => (points.get(parent) ?? 'allow') !== 'allow');
  const groups = new Map<string, string[]>(); // `${action}|${labels}` -> hosts
  for (const [host, rule] of points) {
    const action = rule === 'allow' ? (restrictedParent(host) ? 'allow' : undefined) : 'block';
    if (!action) continue;
    const key = `${action}|${host.split('.').length}`;
    groups.set(key, [...(groups.get(key) ?? []), host]);
  }
  const rules: RuleBody[] = [...groups].sort().map(([key, hosts]) => {
    const [action, labels] = key.split('|') as ['allow' | 'block', string];
    return {
      priority: 10 + Number(labels),
      action: { type: action },
      condition: { requestDomains: hosts.sort(), resourceTypes: RESOURCE_TYPES },
    };
  });
  const continued = tools.filter((t) => continuedToolIds.has(t.id)).flatMap((t) => t.hostnames);
  if (continued.length > 0) {
    rules.push({
      priority: CONTINUED_PRIORITY,
      action: { type: 'allow' },
      condition: { requestDomains: continued.sort(), resourceTypes: RESOURCE_TYPES },
    });
  }
  return rules;
}
