/**
 * A redacted copy of a DOCX, XLSX or PPTX in the same format: each flagged value replaced by its
 * placeholder inside the text nodes (w:t, a:t, shared strings, comments, properties) and comment
 * author attributes, numbers turned into inline strings where a placeholder replaces them. The copy
 * is then read again with the same reader; if any value is still there (split across runs, in a
 * part Veil does not rewrite), there is no copy and the caller sends a redacted text copy instead.
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Unzipped } from 'fflate';
import { readDocx } from './docx';
import { readPptx } from './pptx';
import { readXlsx } from './xlsx';
import { decodeEntities, encodeText, tokens } from './xml';
import type { Extracted } from './types';

export interface Replacement {
  value: string;
  placeholder: string;
}

const READERS = { docx: readDocx, xlsx: readXlsx, pptx: readPptx } as const;
export type RewritableFormat = keyof typeof READERS;
export const isRewritable = (format: string): format is RewritableFormat => Object.hasOwn(READERS, format);

/** Parts whose text Veil reads; everything else (media, styles, themes) is copied as is. */
const TEXT_PART = /^(word|xl|ppt|docProps)\/.*\.xml$/;

function replaceAll(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const { value, placeholder } of replacements) if (out.includes(value)) out = out.split(value).join(placeholder);
  return out;
}

const encodeAttr = (s: string): string => encodeText(s).replace(/"/g, '&quot;');

/** Numeric cells holding a value become inline strings: a placeholder is not a number. */
function rewriteNumberCells(xml: string, replacements: readonly Replacement[]): string {
  return xml.replace(/<c\b([^>]*?)>\s*<v>([^<]*)<\/v>\s*<\/c>/g, (whole, attrs: string, raw: string) => {
    if (/\st\s*=\s*"(s|str|inlineStr|b|e)"/.test(attrs)) return whole;
    const value = decodeEntities(raw);
    const replaced = replaceAll(value, replacements);
    if (replaced === value) return whole;
    const kept = attrs.replace(/\st\s*=\s*"n"/, '');
    return `<c${kept} t="inlineStr"><is><t>${encodeText(replaced)}</t></is></c>`;
  });
}

function rewritePart(xml: string, replacements: readonly Replacement[]): string {
  const out: string[] = [];
  let cursor = 0;
  for (const t of tokens(xml)) {
    if (t.kind !== 'text' || t.raw.startsWith('<![CDATA[')) continue;
    const replaced = replaceAll(t.text, replacements);
    if (replaced === t.text) continue;
    out.push(xml.slice(cursor, t.start), encodeText(replaced));
    cursor = t.end;
  }
  out.push(xml.slice(cursor));
  // Comment and revision authors, and PowerPoint's comment authors list, are names in attributes.
  return out
    .join('')
    .replace(/(\s(?:[\w]+:)?(?:author|initials|name)\s*=\s*")([^"]*)"/g, (whole, head: string, raw: string) => {
      const value = decodeEntities(raw);
      const replaced = replaceAll(value, replacements);
      return replaced === value ? whole : `${head}${encodeAttr(replaced)}"`;
    });
}

/** The values of `replacements` still readable in `x`. */
export const remainingValues = (x: Extracted, replacements: readonly Replacement[]): string[] =>
  replacements.filter((r) => x.text.includes(r.value)).map((r) => r.value);

export function rewriteOffice(
  bytes: Uint8Array,
  format: RewritableFormat,
  replacements: readonly Replacement[],
): Uint8Array | undefined {
  // Longest first, so a value that contains another is replaced whole.
  const ordered = [...replacements].filter((r) => r.value).sort((a, b) => b.value.length - a.value.length);
  const zip: Unzipped = unzipSync(bytes);
  for (const [path, data] of Object.entries(zip)) {
    if (!TEXT_PART.test(path)) continue;
    let xml = strFromU8(data);
    if (path.startsWith('xl/worksheets/')) xml = rewriteNumberCells(xml, ordered);
    const next = rewritePart(xml, ordered);
    if (next !== xml || path.startsWith('xl/worksheets/')) zip[path] = strToU8(next);
  }
  const copy = zipSync(zip, { level: 6 });
  const check = READERS[format](unzipSync(copy));
  return remainingValues(check, ordered).length === 0 ? copy : undefined;
}
