/**
 * XLSX: every sheet (hidden and very hidden ones too, marked so), hidden rows and columns, shared
 * and inline strings, numbers (phone and account numbers are often stored as numbers), cell
 * comments, and the document properties. One line per row, cells separated by tabs.
 */
import type { Unzipped } from 'fflate';
import { addProperties, relationships } from './ooxml-common';
import { attr, textsOf, tokens } from './xml';
import { partText } from './zip';
import { TextBuilder, type Extracted } from './types';

interface Sheet {
  name: string;
  part: string;
  hidden: boolean;
}

function sharedStrings(zip: Unzipped): string[] {
  const xml = partText(zip, 'xl/sharedStrings.xml');
  if (!xml) return [];
  // Each <si> is one string: its <t> runs joined (phonetic <rPh> runs are skipped).
  return textsOf(xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, ''), new Set(['si'])).map((s) => s);
}

function sheets(zip: Unzipped): Sheet[] {
  const xml = partText(zip, 'xl/workbook.xml') ?? '';
  const rels = relationships(zip, 'xl/workbook.xml');
  const out: Sheet[] = [];
  for (const t of tokens(xml)) {
    if (t.kind !== 'open' || t.name.replace(/^\w+:/, '') !== 'sheet') continue;
    const rel = rels.get(attr(t.attrs, 'r:id') ?? '');
    if (!rel) continue;
    const state = attr(t.attrs, 'state');
    out.push({
      name: attr(t.attrs, 'name') ?? '?',
      part: rel.target,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  return out;
}

/** `B12` -> column number 2. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function hiddenColumns(xml: string): Set<number> {
  const cols = new Set<number>();
  for (const t of tokens(xml)) {
    if (t.kind === 'open' && t.name === 'col' && attr(t.attrs, 'hidden') === '1') {
      const min = Number(attr(t.attrs, 'min'));
      const max = Math.min(Number(attr(t.attrs, 'max')), min + 16_384);
      for (let c = min; c <= max; c++) cols.add(c);
    }
    if (t.kind === 'open' && t.name === 'sheetData') break;
  }
  return cols;
}

function readSheet(xml: string, sheet: Sheet, strings: readonly string[], out: TextBuilder): void {
  const label = `sheet "${sheet.name}"${sheet.hidden ? ' (hidden)' : ''}`;
  if (sheet.hidden) out.markHidden('hidden sheets');
  const hiddenCols = hiddenColumns(xml);
  let row: { text: string; where: string }[] = [];
  let rowHidden = false;
  let cell: { ref: string; type: string; text: string } | undefined;
  let inValue = false;
  for (const t of tokens(xml)) {
    if (t.kind === 'open') {
      if (t.name === 'row') {
        row = [];
        rowHidden = attr(t.attrs, 'hidden') === '1';
        if (rowHidden) out.markHidden('hidden rows');
      } else if (t.name === 'c')
        cell = t.selfClosing ? undefined : { ref: attr(t.attrs, 'r') ?? '', type: attr(t.attrs, 't') ?? 'n', text: '' };
      else if ((t.name === 'v' || t.name === 't') && cell) inValue = !t.selfClosing;
    } else if (t.kind === 'text') {
      if (inValue && cell) cell.text += t.text;
    } else if (t.name === 'v' || t.name === 't') inValue = false;
    else if (t.name === 'c' && cell) {
      const text = cell.type === 's' ? (strings[Number(cell.text)] ?? '') : cell.text;
      const colHidden = hiddenCols.has(columnOf(cell.ref));
      if (colHidden) out.markHidden('hidden columns');
      const note = rowHidden ? ' (hidden row)' : colHidden ? ' (hidden column)' : '';
      row.push({ text, where: `${label} ${cell.ref}${note}` });
      cell = undefined;
    } else if (t.name === 'row') {
      out.addLine(row, '\t');
      row = [];
    }
  }
}

function readComments(zip: Unzipped, sheet: Sheet, out: TextBuilder): void {
  for (const rel of relationships(zip, sheet.part).values()) {
    if (!rel.type.endsWith('/comments')) continue;
    const xml = partText(zip, rel.target) ?? '';
    const authors = textsOf(xml, new Set(['author']));
    let current: { ref: string; author: string; body: string } | undefined;
    let inText = false;
    for (const t of tokens(xml)) {
      if (t.kind === 'open' && t.name === 'comment') {
        current = {
          ref: attr(t.attrs, 'ref') ?? '',
          author: authors[Number(attr(t.attrs, 'authorId'))] ?? '',
          body: '',
        };
      } else if (t.kind === 'open' && t.name === 't') inText = !t.selfClosing;
      else if (t.kind === 'text' && inText && current) current.body += t.text;
      else if (t.kind === 'close' && t.name === 't') inText = false;
      else if (t.kind === 'close' && t.name === 'comment' && current) {
        out.markHidden('comments');
        const { ref, author, body } = current;
        out.add(`${author ? `${author}: ` : ''}${body}`, `comment on sheet "${sheet.name}" ${ref}`);
        current = undefined;
      }
    }
  }
}

export function readXlsx(zip: Unzipped): Extracted {
  const out = new TextBuilder();
  const strings = sharedStrings(zip);
  const all = sheets(zip);
  for (const sheet of all) {
    readSheet(partText(zip, sheet.part) ?? '', sheet, strings, out);
    readComments(zip, sheet, out);
  }
  addProperties(zip, out);
  return out.build('xlsx', all.length);
}
