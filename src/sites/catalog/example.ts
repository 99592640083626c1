/**
 * A starting `aiTools` policy derived from the catalog: the tools Veil guards are allowed, every
 * other AI tool asks first, companions are blocked. Productivity suites are allowed: a suite is one
 * host (slack.com, zoom.us), so asking before it would ask before the whole suite, not its AI.
 * Shown on the options page and in docs/admin.md.
 */
import type { AiTool } from './types';

export type ToolRule = 'allow' | 'warn' | 'block';

export function examplePolicy(tools: readonly AiTool[]): {
  aiTools: Record<string, ToolRule>;
  approvedToolUrl: string;
} {
  const aiTools: Record<string, ToolRule> = {
    default: 'warn',
    'category:productivity': 'allow',
    'category:companions': 'block',
  };
  for (const tool of tools.filter((t) => t.guarded)) aiTools[tool.hostnames[0]!] = 'allow';
  return { aiTools, approvedToolUrl: 'https://chatgpt.com/' };
}
