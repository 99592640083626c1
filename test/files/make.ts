/**
 * Real document files built in code for the tests, the e2e and the bench: DOCX, XLSX, PPTX and ODT
 * zipped with fflate from their XML, and PDFs from a small PDF writer (Helvetica, one content
 * stream per page, an Info dictionary, a correct cross-reference table).
 */
import { strToU8, zipSync } from 'fflate';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function zip(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

function rels(list: [id: string, type: string, target: string][]): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

function contentTypes(overrides: [string, string][]): string {
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(
      ([part, type]) =>
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`,
    )
    .join('')}</Types>`;
}

function coreProps(author: string, title = 'Report'): string {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(author)}</dc:creator></cp:coreProperties>`;
}

export interface DocxSpec {
  paragraphs: string[];
  /** Text in a tracked deletion, a hidden (vanish) run, and a white run. */
  deleted?: string;
  hidden?: string;
  white?: string;
  comment?: { author: string; text: string };
  author?: string;
}

const run = (text: string, props = ''): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

export function makeDocx(spec: DocxSpec): Uint8Array {
  const body = spec.paragraphs.map((p, i) => {
    const anchor = i === 0 && spec.comment ? '<w:commentRangeStart w:id="0"/>' : '';
    const ref = i === 0 && spec.comment ? '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' : '';
    return `<w:p>${anchor}${run(p)}${ref}</w:p>`;
  });
  if (spec.deleted)
    body.push(
      `<w:p><w:del w:id="1" w:author="Ed"><w:r><w:delText>${esc(spec.deleted)}</w:delText></w:r></w:del></w:p>`,
    );
  if (spec.hidden) body.push(`<w:p>${run(spec.hidden, '<w:vanish/>')}</w:p>`);
  if (spec.white) body.push(`<w:p>${run(spec.white, '<w:color w:val="FFFFFF"/><w:sz w:val="2"/>')}</w:p>`);
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes([
      ['word/document.xml', 'wordprocessingml.document.main+xml'],
      ['word/comments.xml', 'wordprocessingml.comments+xml'],
    ]),
    '_rels/.rels': rels([['rId1', 'officeDocument', 'word/document.xml']]),
    'word/document.xml': `${XML}<w:document ${W} ${R}><w:body>${body.join('')}</w:body></w:document>`,
    'word/_rels/document.xml.rels': rels(spec.comment ? [['rId1', 'comments', 'comments.xml']] : []),
    'docProps/core.xml': coreProps(spec.author ?? 'Anonymous'),
  };
  if (spec.comment)
    parts['word/comments.xml'] =
      `${XML}<w:comments ${W}><w:comment w:id="0" w:author="${esc(spec.comment.author)}"><w:p>${run(spec.comment.text)}</w:p></w:comment></w:comments>`;
  return zip(parts);
}

export interface SheetSpec {
  name: string;
  rows: (string | number)[][];
  hidden?: boolean;
  hiddenRows?: number[];
  comment?: { ref: string; author: string; text: string };
}

const colName = (i: number): string => String.fromCharCode(65 + i);

export function makeXlsx(sheets: SheetSpec[], author = 'Anonymous'): Uint8Array {
  const strings: string[] = [];
  const sst = (s: string): number => {
    const i = strings.indexOf(s);
    return i >= 0 ? i : strings.push(s) - 1;
  };
  const parts: Record<string, string> = {};
  const wbRels: [string, string, string][] = [['rIdS', 'sharedStrings', 'sharedStrings.xml']];
  sheets.forEach((sheet, si) => {
    const rows = sheet.rows
      .map((row, ri) => {
        const r = ri + 1;
        const hidden = sheet.hiddenRows?.includes(r) ? ' hidden="1"' : '';
        const cells = row
          .map((v, ci) =>
            typeof v === 'number'
              ? `<c r="${colName(ci)}${r}"><v>${v}</v></c>`
              : `<c r="${colName(ci)}${r}" t="s"><v>${sst(v)}</v></c>`,
          )
          .join('');
        return `<row r="${r}"${hidden}>${cells}</row>`;
      })
      .join('');
    parts[`xl/worksheets/sheet${si + 1}.xml`] =
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    wbRels.push([`rId${si + 1}`, 'worksheet', `worksheets/sheet${si + 1}.xml`]);
    if (sheet.comment) {
      parts[`xl/comments${si + 1}.xml`] =
        `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${esc(sheet.comment.author)}</author></authors><commentList><comment ref="${sheet.comment.ref}" authorId="0"><text><r><t>${esc(sheet.comment.text)}</t></r></text></comment></commentList></comments>`;
      parts[`xl/worksheets/_rels/sheet${si + 1}.xml.rels`] = rels([['rId1', 'comments', `../comments${si + 1}.xml`]]);
    }
  });
  const sheetList = sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts['xl/workbook.xml'] =
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${R}><sheets>${sheetList}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = rels(wbRels);
  parts['xl/sharedStrings.xml'] =
    `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`;
  parts['[Content_Types].xml'] = contentTypes([
    ['xl/workbook.xml', 'spreadsheetml.sheet.main+xml'],
    ['xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml'],
    ...sheets.map((_, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, 'spreadsheetml.worksheet+xml']),
    ...sheets.flatMap((s, i): [string, string][] =>
      s.comment ? [[`xl/comments${i + 1}.xml`, 'spreadsheetml.comments+xml']] : [],
    ),
  ]);
  parts['_rels/.rels'] = rels([['rId1', 'officeDocument', 'xl/workbook.xml']]);
  parts['docProps/core.xml'] = coreProps(author);
  return zip(parts);
}

export interface SlideSpec {
  lines: string[];
  notes?: string;
  hidden?: boolean;
}

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const shape = (lines: string[]): string =>
  `<p:sp><p:txBody><a:bodyPr/>${lines.map((l) => `<a:p><a:r><a:t>${esc(l)}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp>`;

export function makePptx(slides: SlideSpec[], author = 'Anonymous'): Uint8Array {
  const parts: Record<string, string> = {};
  const presRels: [string, string, string][] = [];
  slides.forEach((slide, i) => {
    const n = i + 1;
    parts[`ppt/slides/slide${n}.xml`] =
      `${XML}<p:sld ${A} ${P} ${R}${slide.hidden ? ' show="0"' : ''}><p:cSld><p:spTree>${shape(slide.lines)}</p:spTree></p:cSld></p:sld>`;
    presRels.push([`rId${n}`, 'slide', `slides/slide${n}.xml`]);
    if (slide.notes) {
      parts[`ppt/notesSlides/notesSlide${n}.xml`] =
        `${XML}<p:notes ${A} ${P}><p:cSld><p:spTree>${shape([slide.notes])}</p:spTree></p:cSld></p:notes>`;
      parts[`ppt/slides/_rels/slide${n}.xml.rels`] = rels([
        ['rId1', 'notesSlide', `../notesSlides/notesSlide${n}.xml`],
      ]);
    }
  });
  parts['ppt/presentation.xml'] =
    `${XML}<p:presentation ${A} ${P} ${R}><p:sldIdLst>${slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldIdLst></p:presentation>`;
  parts['ppt/_rels/presentation.xml.rels'] = rels(presRels);
  parts['[Content_Types].xml'] = contentTypes([
    ['ppt/presentation.xml', 'presentationml.presentation.main+xml'],
    ...slides.map((_, i): [string, string] => [`ppt/slides/slide${i + 1}.xml`, 'presentationml.slide+xml']),
    ...slides.flatMap((s, i): [string, string][] =>
      s.notes ? [[`ppt/notesSlides/notesSlide${i + 1}.xml`, 'presentationml.notesSlide+xml']] : [],
    ),
  ]);
  parts['_rels/.rels'] = rels([['rId1', 'officeDocument', 'ppt/presentation.xml']]);
  parts['docProps/core.xml'] = coreProps(author);
  return zip(parts);
}

export interface PdfPageSpec {
  lines: string[];
  /** Drawn in white at 1 pt: invisible on the page, read by a model. */
  invisible?: string;
}

const pdfString = (s: string): string => `(${s.replace(/[\\()]/g, '\\$&')})`;

export function makePdf(pages: PdfPageSpec[], info: { Author?: string; Title?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const ops = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...page.lines.map((l) => `${pdfString(l)} Tj T*`), 'ET'];
    if (page.invisible) ops.push('BT', '1 1 1 rg', '/F1 1 Tf', '72 60 Td', `${pdfString(page.invisible)} Tj`, 'ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoObj = add(
    `<< ${Object.entries(info)
      .map(([k, v]) => `/${k} ${pdfString(v)}`)
      .join(' ')} >>`,
  );
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out, true);
}

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"',
].join(' ');

const ODF_TYPE = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

export const odfParagraph = (text: string): string => `<text:p>${esc(text)}</text:p>`;

/** A comment as LibreOffice writes it: inside the paragraph it annotates, with its author. */
export const odfComment = (before: string, author: string, comment: string): string =>
  `<text:p>${esc(before)}<office:annotation><dc:creator>${esc(author)}</dc:creator><text:p>${esc(comment)}</text:p></office:annotation> (see note)</text:p>`;

/**
 * An OpenDocument file: `mimetype` first and stored (as the format requires), the body XML given,
 * meta.xml with the author, and a manifest that lists encryption data when `encrypted`.
 */
export function makeOdf(
  kind: keyof typeof ODF_TYPE,
  body: string,
  { author = 'Anonymous', encrypted = false } = {},
): Uint8Array {
  const element = { odt: 'office:text', ods: 'office:spreadsheet', odp: 'office:presentation' }[kind];
  const encryption = encrypted
    ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
    : '';
  return zipSync({
    mimetype: [strToU8(ODF_TYPE[kind]), { level: 0 }],
    'content.xml': strToU8(
      `${XML}<office:document-content ${ODF_NS} office:version="1.3"><office:body><${element}>${body}</${element}></office:body></office:document-content>`,
    ),
    'meta.xml': strToU8(
      `${XML}<office:document-meta ${ODF_NS}><office:meta><dc:title>Report</dc:title><meta:initial-creator>${esc(author)}</meta:initial-creator></office:meta></office:document-meta>`,
    ),
    'META-INF/manifest.xml': strToU8(
      `${XML}<manifest:manifest ${ODF_NS}><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry></manifest:manifest>`,
    ),
  });
}
