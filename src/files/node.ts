/** The readers in Node (the CLI, tests, bench): pdf.js's legacy build, which runs without a DOM. */
import { extractText, type PdfLoader } from './extract';
import type { Extracted } from './types';

export const loadPdfNode: PdfLoader = async () => import('pdfjs-dist/legacy/build/pdf.mjs');

export const extractInNode = (bytes: Uint8Array, name: string): Promise<Extracted> =>
  extractText(bytes, name, loadPdfNode);
