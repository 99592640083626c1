/** The popup's "AI tools" view, as data: each tool used lately and how Veil and policy treat it. */
import type { ToolUsage } from '../../audit/tool-visits';
import { ruleFor } from '../../policy/ai-tools';
import type { Settings } from '../../policy/schema';
import { hostAndParents, normalizeHost, toolById, type AiTool } from '../../sites/catalog';

export type ToolMark = 'guarded' | 'unguarded' | 'not-approved' | 'blocked';

export interface UsedTool {
  tool: AiTool;
  usage: ToolUsage;
  mark: ToolMark;
}

type MarkSettings = Pick<Settings, 'enabled' | 'aiTools' | 'blockedSites' | 'disabledSites'>;

function inBlockedSites(tool: AiTool, blockedSites: readonly string[]): boolean {
  const blocked = new Set(blockedSites.map((s) => normalizeHost(s.replace(/^\*\./, ''))));
  return tool.hostnames.some((h) => hostAndParents(h).some((p) => blocked.has(p)));
}

export function toolMark(tool: AiTool, settings: MarkSettings): ToolMark {
  if (settings.enabled) {
    if (inBlockedSites(tool, settings.blockedSites)) return 'blocked';
    const rule = ruleFor(settings.aiTools, tool.hostnames[0]!, tool);
    if (rule === 'block') return 'blocked';
    if (rule === 'warn') return 'not-approved';
  }
  return tool.guarded && settings.enabled && !settings.disabledSites.includes(tool.id) ? 'guarded' : 'unguarded';
}

/** Used tools still in the catalog, most visited first, with their marks. */
export function usedTools(usage: readonly ToolUsage[], settings: MarkSettings): UsedTool[] {
  return usage.flatMap((u) => {
    const tool = toolById(u.tool);
    return tool ? [{ tool, usage: u, mark: toolMark(tool, settings) }] : [];
  });
}

/** Tools used where Veil cannot check what is typed (not guarded or not approved; blocked ones did not load). */
export const unguardedCount = (tools: readonly UsedTool[]): number =>
  tools.filter((t) => t.mark === 'unguarded' || t.mark === 'not-approved').length;
