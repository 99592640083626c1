/**
 * Turns the list extracts in this folder into the catalog (src/sites/catalog/tools.json). Pure:
 * the caller passes the files' text and the ids of the sites Veil has adapters for, so a unit test
 * can prove the committed data is what these lists give.
 */
import {
  CATEGORIES,
  type AiTool,
  type Catalog,
  type CatalogSource,
  type Category,
} from '../../src/sites/catalog/types';
import { normalizeHost } from '../../src/sites/catalog/match';

/** The extracts, in merge order: Veil's own entries first (they fix ids, vendors, training facts). */
export const SOURCES: readonly (CatalogSource & { file: string; curated: boolean })[] = [
  {
    id: 'veil',
    file: 'veil-curated.txt',
    curated: true,
    title: "Veil's own entries (adapters, vendors, training defaults, thin categories)",
    url: '../scripts/catalog/veil-curated.txt',
    commit: '',
    licence: "Veil's licence",
  },
  {
    id: 'ai-biggest-sites-2026',
    file: 'tinaponting.txt',
    curated: false,
    title: 'Biggest AI Sites 2026 - Block List (tinaponting/ai-robots-scrapers)',
    url: 'https://github.com/tinaponting/ai-robots-scrapers/blob/main/AI-Biggest-Sites-2026.md',
    commit: '1a47fbebf8f95ae092b6cc4d6a7afad5ceea535e',
    licence: 'none stated (a list of domain names; used for hostnames and categories only)',
  },
  {
    id: 'awesome-ai-tools',
    file: 'awesome-ai-tools.txt',
    curated: false,
    title: 'Awesome AI Tools (mahseema/awesome-ai-tools)',
    url: 'https://github.com/mahseema/awesome-ai-tools',
    commit: '00683dfafba7716bcab48facdb7685b2914eadd1',
    licence: 'MIT (Copyright (c) 2024 Mahsima Dastan)',
  },
];

interface Row {
  id?: string;
  hosts: string[];
  name: string;
  vendor?: string;
  category: Category;
  trains?: boolean;
}

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

function hostsOf(field: string, where: string): string[] {
  return field.split(',').map((raw) => {
    const host = normalizeHost(raw);
    if (host === undefined) throw new Error(`${where}: "${raw}" is not a hostname`);
    return host;
  });
}

/** `id|hosts|name|vendor|category|trains` (curated) or `hosts|name|category` (list extracts). */
export function parseRows(text: string, curated: boolean, file: string): Row[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), `${file}:${i + 1}`] as const)
    .filter(([line]) => line !== '' && !line.startsWith('#'))
    .map(([line, where]) => {
      const fields = line.split('|');
      const [id, hosts, name, vendor, category, trains] = curated
        ? fields
        : [undefined, ...fields.slice(0, 2), undefined, fields[2], undefined];
      if (!hosts || !name || !category || !isCategory(category)) throw new Error(`${where}: bad row "${line}"`);
      const row: Row = { hosts: hostsOf(hosts, where), name, category };
      if (id) row.id = id;
      if (vendor) row.vendor = vendor;
      if (trains === 'true' || trains === 'false') row.trains = trains === 'true';
      return row;
    });
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Merges the rows of every source: a row sharing a hostname with a tool adds to that tool. */
export function buildCatalog(texts: Readonly<Record<string, string>>, guardedIds: ReadonlySet<string>): Catalog {
  const tools: AiTool[] = [];
  const byHost = new Map<string, AiTool>();
  for (const source of SOURCES) {
    for (const row of parseRows(texts[source.file] ?? '', source.curated, source.file)) {
      // The same tool: a shared hostname, or the same name (lists give one tool different hosts).
      const existing =
        row.hosts.map((h) => byHost.get(h)).find((t) => t !== undefined) ??
        tools.find((t) => t.id === (row.id ?? slug(row.name)) || slug(t.name) === slug(row.name));
      const tool = existing ?? newTool(row, tools, guardedIds);
      for (const host of row.hosts) {
        if (!tool.hostnames.includes(host)) tool.hostnames.push(host);
        if (!byHost.has(host)) byHost.set(host, tool);
      }
      if (!tool.sources.includes(source.id)) tool.sources.push(source.id);
    }
  }
  tools.sort((a, b) => a.id.localeCompare(b.id));
  return {
    sources: SOURCES.map(({ id, title, url, commit, licence }) => ({ id, title, url, commit, licence })),
    tools,
  };
}

function newTool(row: Row, tools: AiTool[], guardedIds: ReadonlySet<string>): AiTool {
  let id = row.id ?? slug(row.name);
  for (let n = 2; tools.some((t) => t.id === id); n++) id = `${row.id ?? slug(row.name)}-${n}`;
  const tool: AiTool = {
    id,
    name: row.name,
    vendor: row.vendor ?? row.name,
    hostnames: [],
    category: row.category,
    guarded: guardedIds.has(id),
    sources: [],
  };
  if (row.trains !== undefined) tool.trainsOnInputsByDefault = row.trains;
  tools.push(tool);
  return tool;
}

/** One tool per line: the file stays reviewable and a change shows as one line in a diff. */
export function catalogJson(catalog: Catalog): string {
  const sources = catalog.sources.map((s) => `    ${JSON.stringify(s)}`).join(',\n');
  const tools = catalog.tools.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  return `{\n  "sources": [\n${sources}\n  ],\n  "tools": [\n${tools}\n  ]\n}\n`;
}
