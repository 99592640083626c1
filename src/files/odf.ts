/**
 * OpenDocument (ODT, ODS, ODP): content.xml's paragraphs, located by sheet (table) or slide (page),
 * with annotations (comments), tracked changes and speaker notes; meta.xml's author and title.
 */
import type { Unzipped } from 'fflate';
import { attr, local, tokens } from './xml';
import { partText } from './zip';
import { TextBuilder, type Extracted, type FileFormat } from './types';

const PARAGRAPH = new Set(['text:p', 'text:h']);

export function readOdf(zip: Unzipped, format: Extract<FileFormat, 'odt' | 'ods' | 'odp'>): Extracted {
  const out = new TextBuilder();
  let place = 'body';
  let slide = 0;
  let extra: string | undefined;
  let line = '';
  let depth = 0;
  let parts = 0;
  // A comment sits inside the paragraph it annotates: the paragraph's text so far waits here.
  let annotated: { line: string; depth: number } | undefined;
  let inCommentAuthor = false;
  for (const t of tokens(partText(zip, 'content.xml') ?? '')) {
    if (t.kind === 'text') {
      if (depth > 0) line += t.text;
      else if (inCommentAuthor && t.text.trim()) extra = `comment by ${t.text.trim()}`;
    } else if (t.kind === 'open') {
      if (t.name === 'table:table' && format === 'ods') {
        place = `sheet "${attr(t.attrs, 'table:name') ?? '?'}"`;
        parts++;
      } else if (t.name === 'draw:page') {
        place = `slide ${++slide}`;
        parts++;
      } else if (t.name === 'office:annotation' && !t.selfClosing) {
        annotated = { line, depth };
        line = '';
        depth = 0;
        extra = 'comment';
      } else if (t.name === 'dc:creator' && annotated && depth === 0) inCommentAuthor = true;
      else if (t.name === 'presentation:notes') extra = 'speaker notes';
      else if (t.name === 'text:changed-region') extra = 'tracked change';
      else if (PARAGRAPH.has(t.name) && !t.selfClosing) depth++;
      else if (t.name === 'text:tab') line += '\t';
      else if (t.name === 'text:s') line += ' ';
      else if (t.name === 'text:line-break') line += '\n';
      if (extra)
        out.markHidden(
          extra === 'speaker notes' ? 'speaker notes' : extra.startsWith('comment') ? 'comments' : 'tracked changes',
        );
    } else if (PARAGRAPH.has(t.name) && depth > 0 && --depth === 0) {
      out.add(line, extra ? `${place} ${extra}` : place);
      line = '';
    } else if (t.name === 'dc:creator') inCommentAuthor = false;
    else if (t.name === 'office:annotation' && annotated) {
      ({ line, depth } = annotated);
      annotated = undefined;
      extra = undefined;
    } else if (['presentation:notes', 'text:changed-region'].includes(t.name)) extra = undefined;
  }
  let field: string | undefined;
  for (const t of tokens(partText(zip, 'meta.xml') ?? '')) {
    if (t.kind === 'open')
      field = ['creator', 'initial-creator', 'title', 'subject', 'description', 'keyword'].includes(local(t.name))
        ? local(t.name)
        : undefined;
    else if (t.kind === 'text' && field && t.text.trim()) out.add(`${field}: ${t.text}`, 'document properties');
    else if (t.kind === 'close') field = undefined;
  }
  return out.build(format, Math.max(parts, 1));
}
