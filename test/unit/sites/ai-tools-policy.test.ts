import { describe, expect, it } from 'vitest';
import { aiToolRules } from '../../../src/background/ai-tool-rules';
import { isToolRuleKey, ruleFor, type ToolRule } from '../../../src/policy/ai-tools';
import { AI_TOOLS, toolById, toolForHost } from '../../../src/sites/catalog';
import { toolMark } from '../../../src/ui/popup/ai-tools-model';

const POLICY: Record<string, ToolRule> = { default: 'block', 'chatgpt.com': 'allow', 'category:image': 'warn' };
const rule = (policy: Record<string, ToolRule>, host: string) => ruleFor(policy, host, toolForHost(host));

/** What Chrome would do with the rules for a top-level load of `host` (highest priority wins; allow beats block on a tie). */
function dnrOutcome(rules: ReturnType<typeof aiToolRules>, host: string): 'allow' | 'block' | 'none' {
  const hits = rules.filter((r) => r.condition.requestDomains!.some((d) => host === d || host.endsWith(`.${d}`)));
  if (hits.length === 0) return 'none';
  const top = Math.max(...hits.map((r) => r.priority!));
  return hits.some((r) => r.priority === top && r.action.type === 'allow') ? 'allow' : 'block';
}

describe('aiTools policy', () => {
  it('lets the most specific entry win: host, then category, then default', () => {
    expect(rule(POLICY, 'chatgpt.com')).toBe('allow');
    expect(rule(POLICY, 'phind.com')).toBe('block');
    expect(rule(POLICY, 'midjourney.com')).toBe('warn');
    expect(rule(POLICY, 'www.midjourney.com')).toBe('warn');
    expect(rule({ ...POLICY, 'midjourney.com': 'allow' }, 'alpha.midjourney.com')).toBe('allow');
    expect(rule({}, 'phind.com')).toBe('allow');
  });

  it('lets an entry for one host name of a tool cover its other host names', () => {
    expect(rule(POLICY, 'chat.openai.com')).toBe('allow');
    expect(rule({ ...POLICY, 'openai.com': 'block' }, 'chat.openai.com')).toBe('block');
  });

  it('applies default and categories to catalog tools only, host entries to any host', () => {
    expect(rule(POLICY, 'example.org')).toBe('allow');
    expect(rule({ 'ai.intranet.example': 'block' }, 'eu.ai.intranet.example')).toBe('block');
    expect(rule({ 'chatgpt.com': 'block' }, 'evil-chatgpt.com')).toBe('allow');
    expect(rule({ 'chatgpt.com': 'block' }, 'chatgpt.com.evil.net')).toBe('allow');
  });

  it('accepts default, known categories and host names as keys', () => {
    for (const key of ['default', 'category:image', 'chatgpt.com', '*.Example.com', 'www.phind.com'])
      expect(isToolRuleKey(key), key).toBe(true);
    for (const key of ['category:nope', 'Default', 'https://chatgpt.com/', 'not a host', ''])
      expect(isToolRuleKey(key), key).toBe(false);
  });

  it('turns the policy into network rules that block exactly what is not allowed', () => {
    const rules = aiToolRules(POLICY, AI_TOOLS, new Set());
    expect(dnrOutcome(rules, 'www.phind.com')).toBe('block');
    expect(dnrOutcome(rules, 'midjourney.com')).toBe('block'); // warn: stopped, then the warn page
    expect(dnrOutcome(rules, 'chatgpt.com')).toBe('none');
    expect(dnrOutcome(rules, 'example.org')).toBe('none');
    // openai.com is blocked by default; chat.openai.com follows chatgpt.com's allow: a carve-out.
    expect(dnrOutcome(rules, 'openai.com')).toBe('block');
    expect(dnrOutcome(rules, 'chat.openai.com')).toBe('allow');
    expect(rules.every((r) => r.condition.resourceTypes!.join() === 'main_frame,sub_frame')).toBe(true);
  });

  it('lets a tool continued today through, and only that tool', () => {
    const rules = aiToolRules(POLICY, AI_TOOLS, new Set(['midjourney']));
    expect(dnrOutcome(rules, 'www.midjourney.com')).toBe('allow');
    expect(dnrOutcome(rules, 'leonardo.ai')).toBe('block');
  });

  it('without a policy makes no rules', () => {
    expect(aiToolRules({}, AI_TOOLS, new Set())).toEqual([]);
  });
});

describe('popup marks', () => {
  const base = { enabled: true, aiTools: {}, blockedSites: [], disabledSites: [] };
  it('marks guarded, not guarded, not approved and blocked tools', () => {
    expect(toolMark(toolById('chatgpt')!, base)).toBe('guarded');
    expect(toolMark(toolById('phind')!, base)).toBe('unguarded');
    expect(toolMark(toolById('chatgpt')!, { ...base, disabledSites: ['chatgpt'] })).toBe('unguarded');
    expect(toolMark(toolById('midjourney')!, { ...base, aiTools: POLICY })).toBe('not-approved');
    expect(toolMark(toolById('phind')!, { ...base, aiTools: POLICY })).toBe('blocked');
    expect(toolMark(toolById('phind')!, { ...base, blockedSites: ['*.phind.com'] })).toBe('blocked');
  });
});
