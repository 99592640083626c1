/**
 * One entry point for every readable file: sniffs the format from the bytes and the name, applies
 * the limits, and returns the text with where each part came from. Throws UnreadableFile with the
 * reason when it cannot (the caller applies `otherFiles` and shows the reason).
 */
import { readDocx } from './docx';
import { readEml, readHtml, readRtf } from './markup';
import { readOdf } from './odf';
import { readPdf } from './pdf';
import { readPptx } from './pptx';
import { readXlsx } from './xlsx';
import { MAX_FILE_BYTES, TextBuilder, UnreadableFile, type Extracted, type FileFormat } from './types';
import { isCompoundFile, isZip, openZip, partText } from './zip';
import { formatOfName } from './formats';
import { imageType } from './ocr';

export { formatOfName };

export type PdfLoader = () => Promise<Parameters<typeof readPdf>[0]>;
/** OCR, where there is one (the offscreen document): the image's bytes and type in, text and word boxes out. */
export type Ocr = (bytes: Uint8Array, type: string) => Promise<Extracted>;

const startsWith = (bytes: Uint8Array, text: string): boolean =>
  [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The format from the bytes, the name's extension deciding between the zip-based ones. */
export function sniffFormat(bytes: Uint8Array, name: string): FileFormat | undefined {
  const byName = formatOfName(name);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, '{\\rtf')) return 'rtf';
  if (imageType(bytes)) return 'image';
  if (isZip(bytes) || isCompoundFile(bytes)) {
    if (byName && ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'].includes(byName)) return byName;
    return undefined;
  }
  if (byName === 'image' || byName === 'eml' || /\.html?$/i.test(name)) return byName ?? 'html';
  return undefined;
}

const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function readOpenDocument(bytes: Uint8Array, format: 'odt' | 'ods' | 'odp'): Extracted {
  const zip = openZip(bytes);
  if (partText(zip, 'META-INF/manifest.xml')?.includes('manifest:encryption-data'))
    throw new UnreadableFile('encrypted', 'password-protected OpenDocument file');
  return readOdf(zip, format);
}

export async function extractText(bytes: Uint8Array, name: string, loadPdf: PdfLoader, ocr?: Ocr): Promise<Extracted> {
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableFile('too-large', `${bytes.length} bytes`);
  const format = sniffFormat(bytes, name);
  switch (format) {
    case 'docx':
      return readDocx(openZip(bytes));
    case 'xlsx':
      return readXlsx(openZip(bytes));
    case 'pptx':
      return readPptx(openZip(bytes));
    case 'odt':
    case 'ods':
    case 'odp':
      return readOpenDocument(bytes, format);
    case 'pdf':
      return readPdf(await loadPdf(), bytes);
    case 'rtf':
      return readRtf(utf8(bytes));
    case 'html':
      return readHtml(utf8(bytes));
    case 'eml':
      return readEml(utf8(bytes));
    case 'image': {
      const type = imageType(bytes);
      if (!ocr || !type) throw new UnreadableFile('unsupported', name);
      return ocr(bytes, type);
    }
    default:
      throw new UnreadableFile('unsupported', name);
  }
}

/** Plain text as an Extracted (for the text files the content script reads itself). */
export function plainText(text: string): Extracted {
  const out = new TextBuilder();
  out.add(text, 'text');
  return { ...out.build('text', 1), text };
}
