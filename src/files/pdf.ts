/**
 * PDF with pdf.js: every page's text layer (white and tiny text included: pdf.js reports shown text
 * whatever its colour or size, but not text drawn beyond the page's edge) and the document
 * information (author, title). The
 * caller passes the pdf.js module: the legacy build in Node, the browser build with its worker in
 * the extension's offscreen document.
 */
import type * as PdfJs from 'pdfjs-dist';
import { MAX_PAGES, TextBuilder, UnreadableFile, type Extracted } from './types';

type PdfModule = Pick<typeof PdfJs, 'getDocument'>;

const INFO_FIELDS = ['Author', 'Title', 'Subject', 'Keywords', 'Creator'] as const;

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

function pageText(items: readonly TextItemLike[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    text += item.hasEOL ? '\n' : '';
  }
  return text;
}

export async function readPdf(pdfjs: PdfModule, bytes: Uint8Array): Promise<Extracted> {
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js transfers the buffer to its worker: the caller keeps its bytes
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    throw new UnreadableFile(name === 'PasswordException' ? 'encrypted' : 'corrupt', String(error).slice(0, 120));
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new UnreadableFile('too-many-pages', `${doc.numPages} pages`);
    const out = new TextBuilder();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      out.add(pageText(content.items as TextItemLike[]), `page ${n}`);
      page.cleanup();
    }
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    for (const field of INFO_FIELDS) {
      const value = info[field];
      if (typeof value === 'string' && value.trim()) out.add(`${field}: ${value}`, 'document properties');
    }
    return out.build('pdf', doc.numPages);
  } finally {
    await task.destroy();
  }
}
