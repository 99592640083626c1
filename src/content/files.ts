/**
 * Attached documents (PDF, DOCX, XLSX, PPTX, ODF, RTF, EML) in the content script: the bytes go to
 * the background (`file/scan`), which reads them in the offscreen document and runs the detector;
 * the answer is the text, where each part came from, and the findings. No reader is loaded here, so
 * the content script stays small and the page's main thread only encodes and decodes base64 (done by
 * FileReader, or in chunks with a yield between them).
 */
import type { Finding } from '../detect';
import { replacementsFrom } from '../files/align';
import { boxesFor, type WordBox } from '../files/ocr';
import type { FileFormat, Segment, UnreadableReason } from '../files/types';
import { MAX_FILE_BYTES } from '../files/types';
import { prepareCounts, t, type MessageKey } from '../platform/i18n';
import { callBackground } from './runtime';
import type { FileRewriteRequest } from '../messages';
import type { Flagged } from './assess';

export { isReadableDocument } from '../files/formats';

export interface DocumentRead {
  format: FileFormat;
  text: string;
  segments: Segment[];
  hidden: string[];
  findings: Finding[];
  /** Images: each word's box, to paint over findings. */
  words?: WordBox[];
  /** The file's bytes as base64, kept for the rewrite. */
  data: string;
}

export type FileProblem = UnreadableReason | 'unavailable';
export type DocumentResult = { ok: true; doc: DocumentRead } | { ok: false; reason: FileProblem };

/** The background gives up after 60 s of reading; this leaves it time to say so. */
const SCAN_WAIT_MS = 90_000;

const REASONS: Record<FileProblem, MessageKey> = {
  'too-large': 'file_reason_too_large',
  'too-many-pages': 'file_reason_too_many_pages',
  'too-much-text': 'file_reason_too_much_text',
  encrypted: 'file_reason_encrypted',
  corrupt: 'file_reason_corrupt',
  timeout: 'file_reason_timeout',
  unsupported: 'file_reason_unsupported',
  unavailable: 'file_reason_unavailable',
};

export const reasonText = (reason: FileProblem): string => t(REASONS[reason]);

function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Decodes in 1 MB steps, so a 25 MB file does not hold the page for one long task. */
async function fromBase64(data: string): Promise<Uint8Array> {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((data.length / 4) * 3 - padding);
  const STEP = 1 << 20; // a multiple of 4
  let at = 0;
  for (let i = 0; i < data.length; i += STEP) {
    const bin = atob(data.slice(i, i + STEP));
    for (let j = 0; j < bin.length; j++) out[at++] = bin.charCodeAt(j);
    await yieldToPage();
  }
  return out;
}

export async function readDocument(file: File): Promise<DocumentResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const data = await fileToBase64(file);
  let answer;
  try {
    const scan = callBackground('file/scan', { name: file.name, data }, SCAN_WAIT_MS);
    // While the background reads, in a task of its own: the counts shown afterwards are then quick.
    setTimeout(prepareCounts, 0);
    answer = await scan;
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (!answer.ok) return { ok: false, reason: answer.reason };
  const { format, text, segments, hidden, findings, words } = answer;
  return { ok: true, doc: { format, text, segments, hidden, findings, data, ...(words ? { words } : {}) } };
}

async function rewritten(request: FileRewriteRequest, file: File): Promise<File | undefined> {
  try {
    const answer = await callBackground('file/rewrite', request, SCAN_WAIT_MS);
    if (!answer.data) return undefined;
    const bytes = await fromBase64(answer.data);
    return new File([bytes as Uint8Array<ArrayBuffer>], file.name, {
      type: file.type,
      lastModified: file.lastModified,
    });
  } catch {
    return undefined; // no rewrite: the caller sends the redacted text instead
  }
}

/** The image with opaque boxes over every word of a finding: same size, same type, same name. */
const paintedImage = (file: File, doc: DocumentRead, boxes: FileRewriteRequest['boxes']): Promise<File | undefined> =>
  rewritten({ name: file.name, data: doc.data, format: 'image', replacements: [], boxes }, file);

export interface RedactedDocument {
  file: File;
  /** Sent as a redacted text copy (the format could not carry the placeholders soundly). */
  asText: boolean;
}

/**
 * The copy to attach: the same format with placeholders in place (DOCX, XLSX, PPTX) when the
 * rewrite is sound, else the redacted text as `<name>.redacted.txt`, so the user sees what went.
 */
export async function redactedDocument(
  file: File,
  doc: DocumentRead,
  flagged: readonly Flagged[],
  redactedText: string,
): Promise<RedactedDocument> {
  const spans = flagged.map(({ finding: f }) => ({ start: f.start, end: f.end, type: f.type }));
  if (doc.format === 'image' && doc.words) {
    const image = await paintedImage(file, doc, boxesFor(doc.words, spans));
    if (image) return { file: image, asText: false };
  }
  const replacements = replacementsFrom(doc.text, spans, redactedText);
  await yieldToPage(); // aligning thousands of values and sending them are each a task's worth
  if (replacements && (doc.format === 'docx' || doc.format === 'xlsx' || doc.format === 'pptx')) {
    const copy = await rewritten({ name: file.name, data: doc.data, format: doc.format, replacements }, file);
    if (copy) return { file: copy, asText: false };
  }
  return { file: new File([redactedText], `${file.name}.redacted.txt`, { type: 'text/plain' }), asText: true };
}
