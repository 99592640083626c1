/**
 * PPTX: slides in presentation order (hidden slides marked), speaker notes, comments (legacy and
 * modern) and the document properties. One line per paragraph.
 */
import type { Unzipped } from 'fflate';
import { addProperties, relationships } from './ooxml-common';
import { attr, tokens } from './xml';
import { partText } from './zip';
import { TextBuilder, type Extracted } from './types';

/** One line per <a:p> (DrawingML) or <p:text> (legacy comments). */
function paragraphs(xml: string): string[] {
  const out: string[] = [];
  let line = '';
  let inText = false;
  for (const t of tokens(xml)) {
    if (t.kind === 'open') {
      if (t.name === 'a:t' || t.name === 'p:text') inText = !t.selfClosing;
      else if (t.name === 'a:br' || t.name === 'a:tab') line += t.name === 'a:br' ? '\n' : '\t';
    } else if (t.kind === 'text') {
      if (inText) line += t.text;
    } else if (t.name === 'a:t' || t.name === 'p:text') {
      inText = false;
      if (t.name === 'p:text') {
        out.push(line);
        line = '';
      }
    } else if (t.name === 'a:p') {
      out.push(line);
      line = '';
    }
  }
  if (line) out.push(line);
  return out;
}

function slideParts(zip: Unzipped): string[] {
  const xml = partText(zip, 'ppt/presentation.xml') ?? '';
  const rels = relationships(zip, 'ppt/presentation.xml');
  const out: string[] = [];
  for (const t of tokens(xml)) {
    if (t.kind === 'open' && t.name === 'p:sldId') {
      const rel = rels.get(attr(t.attrs, 'r:id') ?? '');
      if (rel) out.push(rel.target);
    }
  }
  return out;
}

export function readPptx(zip: Unzipped): Extracted {
  const out = new TextBuilder();
  const slides = slideParts(zip);
  slides.forEach((part, i) => {
    const xml = partText(zip, part) ?? '';
    const hidden = /<p:sld\b[^>]*\sshow\s*=\s*["'](0|false)["']/.test(xml);
    if (hidden) out.markHidden('hidden slides');
    const where = `slide ${i + 1}${hidden ? ' (hidden)' : ''}`;
    for (const line of paragraphs(xml)) out.add(line, where);
    for (const rel of relationships(zip, part).values()) {
      const kind = rel.type.endsWith('/notesSlide') ? 'notes' : /\/comments$/.test(rel.type) ? 'comment' : undefined;
      if (!kind) continue;
      out.markHidden(kind === 'notes' ? 'speaker notes' : 'comments');
      const lines = paragraphs(partText(zip, rel.target) ?? '');
      // Notes slides repeat the slide number in a placeholder; it is text, but harmless.
      for (const line of lines) out.add(line, `slide ${i + 1} ${kind === 'notes' ? 'speaker notes' : 'comment'}`);
    }
  });
  addProperties(zip, out);
  return out.build('pptx', slides.length);
}
