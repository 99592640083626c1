/** Relationships and document properties, shared by DOCX, XLSX and PPTX. */
import type { Unzipped } from 'fflate';
import { attr, local, tokens } from './xml';
import { partText } from './zip';
import type { TextBuilder } from './types';

export interface Relationship {
  target: string;
  type: string;
}

/** `word/document.xml` -> `word/_rels/document.xml.rels`, targets resolved to part paths. */
export function relationships(zip: Unzipped, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const xml = partText(zip, `${dir}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  for (const t of tokens(xml)) {
    if (t.kind !== 'open' || local(t.name) !== 'Relationship') continue;
    const id = attr(t.attrs, 'Id');
    const target = attr(t.attrs, 'Target');
    if (!id || !target || attr(t.attrs, 'TargetMode') === 'External') continue;
    out.set(id, { target: resolvePath(dir, target), type: attr(t.attrs, 'Type') ?? '' });
  }
  return out;
}

export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Properties a reader rarely looks at but a model reads: author, last editor, company, title, keywords. */
const PROPERTY_NAMES = new Set([
  'creator',
  'lastModifiedBy',
  'title',
  'subject',
  'description',
  'keywords',
  'category',
  'Company',
  'Manager',
  'contentStatus',
]);

export function addProperties(zip: Unzipped, out: TextBuilder): void {
  for (const path of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) {
    const xml = partText(zip, path);
    if (!xml) continue;
    let current: string | undefined;
    for (const t of tokens(xml)) {
      if (t.kind === 'open' && !t.selfClosing) {
        const name = local(t.name);
        current = PROPERTY_NAMES.has(name)
          ? name
          : path.endsWith('custom.xml') && name === 'property'
            ? attr(t.attrs, 'name')
            : current;
      } else if (t.kind === 'close' && current && (local(t.name) === current || local(t.name) === 'property'))
        current = undefined;
      else if (t.kind === 'text' && current && t.text.trim()) out.add(`${current}: ${t.text}`, 'document properties');
    }
  }
}
