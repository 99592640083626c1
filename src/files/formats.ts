/**
 * Which files Veil reads as documents, by name: small on purpose, so the content script can ask
 * without loading a reader.
 */
import type { FileFormat } from './types';

const EXT_FORMAT: Record<string, FileFormat> = {
  docx: 'docx',
  docm: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  pptx: 'pptx',
  pptm: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  pdf: 'pdf',
  rtf: 'rtf',
  eml: 'eml',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  webp: 'image',
};

const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The format Veil would read this file as, from its name (undefined: not one of the document formats). */
export const formatOfName = (name: string): FileFormat | undefined => EXT_FORMAT[extensionOf(name)];

/** Documents and images Veil reads (images by OCR), by name or, for pasted images, by type. */
export const isReadableDocument = (name: string, type = ''): boolean =>
  formatOfName(name) !== undefined || /^image\/(png|jpeg|webp)$/.test(type);
