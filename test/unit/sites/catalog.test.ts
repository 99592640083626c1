import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';
import { AI_TOOLS, CATALOG, CATEGORIES, normalizeHost, toolForHost } from '../../../src/sites/catalog';
import { buildCatalog, catalogJson, SOURCES } from '../../../scripts/catalog/build';
import { aiToolsDoc, withPolicyExample } from '../../../scripts/catalog/doc';
import { readRepoFile } from '../repo';

const siteHosts = (site: (typeof SITES)[number]): string[] =>
  site.matches.map((m) => new URL(m.replace(/\*/g, 'x')).hostname);

describe('the AI tools catalog', () => {
  it('lists at least 400 tools with unique ids', () => {
    expect(AI_TOOLS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(AI_TOOLS.map((t) => t.id)).size).toBe(AI_TOOLS.length);
  });

  it('holds lower-case DNS hostnames without www., each listed by one tool only', () => {
    const seen = new Map<string, string>();
    for (const tool of AI_TOOLS) {
      expect(tool.hostnames.length, tool.id).toBeGreaterThan(0);
      for (const host of tool.hostnames) {
        expect(normalizeHost(host), `${tool.id}: ${host}`).toBe(host);
        expect(new URL(`https://${host}/`).hostname).toBe(host);
        expect(seen.get(host) ?? tool.id, host).toBe(tool.id);
        seen.set(host, tool.id);
      }
    }
  });

  it('gives every tool a valid category, a name, a vendor and known sources', () => {
    const sourceIds = new Set(CATALOG.sources.map((s) => s.id));
    for (const tool of AI_TOOLS) {
      expect(CATEGORIES).toContain(tool.category);
      expect(tool.name.trim()).not.toBe('');
      expect(tool.vendor.trim()).not.toBe('');
      expect(tool.sources.length).toBeGreaterThan(0);
      for (const s of tool.sources) expect(sourceIds.has(s), `${tool.id}: ${s}`).toBe(true);
    }
    for (const category of CATEGORIES)
      expect(
        AI_TOOLS.some((t) => t.category === category),
        category,
      ).toBe(true);
  });

  it('records a licence and, for a public list, the commit read, for every source', () => {
    for (const source of CATALOG.sources) {
      expect(source.licence.trim(), source.id).not.toBe('');
      if (source.id !== 'veil') expect(source.commit, source.id).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('marks guarded exactly the tools that have a site adapter, and covers every adapter host', () => {
    const adapterIds = new Set(SITES.map((s) => s.id));
    for (const tool of AI_TOOLS) expect(tool.guarded, tool.id).toBe(adapterIds.has(tool.id));
    for (const site of SITES) {
      for (const host of siteHosts(site)) expect(toolForHost(host)?.id, host).toBe(site.id);
    }
  });

  it('is what the list extracts in scripts/catalog give (regenerate with scripts/gen-ai-catalog.ts)', () => {
    const texts = Object.fromEntries(SOURCES.map((s) => [s.file, readRepoFile('scripts', 'catalog', s.file)]));
    const built = buildCatalog(texts, new Set(SITES.map((s) => s.id)));
    expect(readRepoFile('src', 'sites', 'catalog', 'tools.json')).toBe(catalogJson(built));
  });

  it('is described by docs/ai-tools.md as generated from the data', () => {
    expect(readRepoFile('docs', 'ai-tools.md')).toBe(aiToolsDoc(CATALOG));
  });

  it('gives docs/admin.md the policy example generated from the data', () => {
    const admin = readRepoFile('docs', 'admin.md');
    expect(admin).toBe(withPolicyExample(admin, AI_TOOLS));
    expect(admin).toContain('"category:companions": "block"');
  });
});
