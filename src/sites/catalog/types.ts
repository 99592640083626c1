/** The categories of the AI tools catalog (issue 22's list); policy addresses them as `category:<id>`. */
export const CATEGORIES = [
  'chat',
  'search',
  'coding',
  'writing',
  'image',
  'video',
  'audio',
  'meetings',
  'agents',
  'translation',
  'companions',
  'productivity',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
  chat: 'Chat',
  search: 'Search',
  coding: 'Coding',
  writing: 'Writing',
  image: 'Image',
  video: 'Video',
  audio: 'Audio and voice',
  meetings: 'Meetings and notes',
  agents: 'Agents and browsers',
  translation: 'Translation',
  companions: 'Companions',
  productivity: "Productivity suites' AI features",
};

/** A public list the catalog was built from. */
export interface CatalogSource {
  id: string;
  title: string;
  url: string;
  /** The commit the list was read at (empty for Veil's own entries). */
  commit: string;
  licence: string;
}

export interface AiTool {
  /** Stable id; for a tool Veil guards, the site adapter's id. */
  id: string;
  name: string;
  vendor: string;
  /** Lower-case hostnames without `www.`; each also covers its subdomains. */
  hostnames: string[];
  category: Category;
  /** Veil has a site adapter for it: it checks what is typed into the composer. */
  guarded: boolean;
  /** The vendor's consumer terms train on inputs by default (absent: not known). */
  trainsOnInputsByDefault?: boolean;
  /** Ids of the sources that list it. */
  sources: string[];
}

export interface Catalog {
  sources: CatalogSource[];
  tools: AiTool[];
}
