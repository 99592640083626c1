/**
 * DOCX: the body, headers and footers, footnotes, comments (with their authors), tracked changes
 * (inserted and deleted text), hidden (vanish), white and tiny text, and the document properties.
 */
import type { Unzipped } from 'fflate';
import { addProperties } from './ooxml-common';
import { attr, tokens } from './xml';
import { partText, partsMatching } from './zip';
import { TextBuilder, type Extracted } from './types';

interface RunStyle {
  vanish: boolean;
  white: boolean;
  tiny: boolean;
}

const onOff = (attrs: string): boolean => !/w:val\s*=\s*["'](0|false|off)["']/.test(attrs);

/** Why the text of a run is not what a reader sees, if it is not. */
function hiddenKind(style: RunStyle, inDel: boolean, inIns: boolean): string | undefined {
  if (inDel) return 'tracked deletion';
  if (inIns) return 'tracked insertion';
  if (style.vanish) return 'hidden text';
  if (style.white) return 'white text';
  if (style.tiny) return 'tiny text';
  return undefined;
}

/** Walks one WordprocessingML part, one line per paragraph. */
function readWordPart(xml: string, base: string, out: TextBuilder): void {
  let pieces: { text: string; where: string }[] = [];
  let style: RunStyle = { vanish: false, white: false, tiny: false };
  let inText = false;
  let inDel = 0;
  let inIns = 0;
  let comment: string | undefined;
  const push = (text: string): void => {
    const kind = hiddenKind(style, inDel > 0, inIns > 0);
    if (kind) out.markHidden(kind === 'tracked insertion' || kind === 'tracked deletion' ? 'tracked changes' : kind);
    const where = comment ?? base;
    pieces.push({ text, where: kind ? `${where} (${kind})` : where });
  };
  for (const t of tokens(xml)) {
    if (t.kind === 'text') {
      if (inText) push(t.text);
      continue;
    }
    const name = t.name;
    if (t.kind === 'close') {
      if (name === 'w:t' || name === 'w:delText') inText = false;
      else if (name === 'w:del') inDel--;
      else if (name === 'w:ins') inIns--;
      else if (name === 'w:p') {
        out.addLine(pieces);
        pieces = [];
      } else if (name === 'w:comment') comment = undefined;
      continue;
    }
    switch (name) {
      case 'w:t':
      case 'w:delText':
        inText = !t.selfClosing;
        break;
      case 'w:del':
        if (!t.selfClosing) inDel++;
        break;
      case 'w:ins':
        if (!t.selfClosing) inIns++;
        break;
      case 'w:r':
        style = { vanish: false, white: false, tiny: false };
        break;
      case 'w:vanish':
        style.vanish = onOff(t.attrs);
        break;
      case 'w:color':
        style.white = /^(FFFFFF|white)$/i.test(attr(t.attrs, 'w:val') ?? '');
        break;
      case 'w:sz':
        style.tiny = Number(attr(t.attrs, 'w:val') ?? 24) <= 4; // half-points: 2 pt or less
        break;
      case 'w:tab':
        if (pieces.length) pieces.push({ text: '\t', where: pieces.at(-1)!.where });
        break;
      case 'w:comment': {
        const author = attr(t.attrs, 'w:author') ?? '';
        comment = author ? `comment by ${author}` : 'comment';
        out.markHidden('comments');
        if (author) out.add(`Comment by ${author}:`, comment);
        break;
      }
    }
  }
}

const WORD_PARTS: [RegExp, string][] = [
  [/^word\/document\.xml$/, 'body'],
  [/^word\/header\d*\.xml$/, 'header'],
  [/^word\/footer\d*\.xml$/, 'footer'],
  [/^word\/footnotes\.xml$/, 'footnotes'],
  [/^word\/endnotes\.xml$/, 'endnotes'],
  [/^word\/comments\.xml$/, 'comments'],
];

export function readDocx(zip: Unzipped): Extracted {
  const out = new TextBuilder();
  for (const [pattern, where] of WORD_PARTS) {
    for (const part of partsMatching(zip, pattern)) readWordPart(partText(zip, part) ?? '', where, out);
  }
  addProperties(zip, out);
  return out.build('docx', 1);
}
