/**
 * tesseract.js in the offscreen document, with everything it needs shipped in the extension (the
 * worker, the SIMD+LSTM wasm core, English language data): nothing is fetched from the network and
 * nothing cached in IndexedDB. The wasm needs 'wasm-unsafe-eval' in the extension pages' CSP.
 */
import { createWorker, type Worker } from 'tesseract.js';
import { browser } from '../platform/browser';
import { textFromLines, type Box, type OcrLine } from '../files/ocr';
import type { Extracted } from '../files/types';
import type { WordBox } from '../files/ocr';

let worker: Promise<Worker> | undefined;

function ocrWorker(): Promise<Worker> {
  worker ??= createWorker('eng', 1 /* OEM.LSTM_ONLY */, {
    workerPath: browser.runtime.getURL('ocr/worker.min.js'),
    corePath: browser.runtime.getURL('ocr/tesseract-core-simd-lstm.wasm.js'),
    langPath: browser.runtime.getURL('ocr'),
    gzip: true,
    workerBlobURL: false,
    cacheMethod: 'none',
  });
  return worker;
}

export async function recognize(bytes: Uint8Array, type: string): Promise<Extracted & { words: WordBox[] }> {
  const w = await ocrWorker();
  const { data } = await w.recognize(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const lines = (data as unknown as { lines?: OcrLine[] }).lines ?? [];
  return textFromLines(lines);
}

/** The same image, same size and type, with opaque boxes painted over `boxes`. */
export async function paintOver(bytes: Uint8Array, type: string, boxes: readonly Box[]): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
  });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  ctx.fillStyle = '#000';
  for (const b of boxes) ctx.fillRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
  const blob = await canvas.convertToBlob({ type, quality: 0.95 });
  return new Uint8Array(await blob.arrayBuffer());
}
