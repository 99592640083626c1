/**
 * The readers behind `offscreen/extract` and `offscreen/rewrite`, in an extension document (the
 * offscreen document in Chrome, the background page in Firefox): bytes in and out as base64,
 * failures as answers with a reason, never thrown across the message boundary.
 */
import type { ExtractedFile, FileExtractResponse, FileRequest, FileRewriteRequest } from '../messages';
import { extractText, type Ocr, type PdfLoader } from './extract';
import { imageType, type Box } from './ocr';
import { isRewritable, rewriteOffice } from './rewrite';
import { MAX_FILE_BYTES, UnreadableFile } from './types';

const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4;
const MAX_REPLACEMENTS = 5_000;

async function fromBase64(data: string): Promise<Uint8Array> {
  if (data.length > MAX_BASE64) throw new UnreadableFile('too-large', `${data.length} base64 characters`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new UnreadableFile('corrupt', 'not base64');
  const response = await fetch(`data:application/octet-stream;base64,${data}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function toBase64(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
}

const validRequest = (r: unknown): r is FileRequest =>
  typeof r === 'object' &&
  r !== null &&
  typeof (r as FileRequest).name === 'string' &&
  (r as FileRequest).name.length <= 500 &&
  typeof (r as FileRequest).data === 'string';

export async function answerExtract(request: unknown, loadPdf: PdfLoader, ocr?: Ocr): Promise<FileExtractResponse> {
  if (!validRequest(request)) return { ok: false, reason: 'unsupported', detail: 'bad request' };
  try {
    const x = await extractText(await fromBase64(request.data), request.name, loadPdf, ocr);
    const answer: ExtractedFile = { ok: true, ...x };
    return answer;
  } catch (error) {
    if (error instanceof UnreadableFile) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'corrupt', detail: String(error).slice(0, 200) };
  }
}

const validReplacements = (r: FileRewriteRequest): boolean =>
  Array.isArray(r.replacements) &&
  r.replacements.length <= MAX_REPLACEMENTS &&
  r.replacements.every((x) => typeof x?.value === 'string' && typeof x.placeholder === 'string' && x.value.length > 0);

/** Paints opaque boxes over an image (the offscreen document has canvases). */
export type Painter = (bytes: Uint8Array, type: string, boxes: readonly Box[]) => Promise<Uint8Array>;

const validBoxes = (boxes: unknown): boxes is Box[] =>
  Array.isArray(boxes) &&
  boxes.length <= MAX_REPLACEMENTS &&
  boxes.every((b: Box) => [b?.x0, b?.y0, b?.x1, b?.y1].every((n) => typeof n === 'number' && Number.isFinite(n)));

export async function answerRewrite(request: unknown, paint?: Painter): Promise<{ data: string | null }> {
  if (!validRequest(request)) return { data: null };
  const r = request as FileRewriteRequest;
  if (r.format === 'image') {
    if (!paint || !validBoxes(r.boxes)) return { data: null };
    try {
      const bytes = await fromBase64(r.data);
      const type = imageType(bytes);
      return { data: type ? await toBase64(await paint(bytes, type, r.boxes)) : null };
    } catch {
      return { data: null };
    }
  }
  if (!isRewritable(r.format) || !validReplacements(r)) return { data: null };
  try {
    const copy = rewriteOffice(await fromBase64(r.data), r.format, r.replacements);
    return { data: copy ? await toBase64(copy) : null };
  } catch {
    return { data: null };
  }
}
