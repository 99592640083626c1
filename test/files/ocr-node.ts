/** tesseract.js in Node with the same English data the extension ships: reads uploaded images back. */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createWorker } from 'tesseract.js';
import type { OcrLine } from '../../src/files/ocr';

const require = createRequire(import.meta.url);
const LANG_DIR = dirname(require.resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'));

export interface NodeOcr {
  read(image: Uint8Array): Promise<{ text: string; lines: OcrLine[] }>;
  close(): Promise<void>;
}

export async function nodeOcr(): Promise<NodeOcr> {
  const worker = await createWorker('eng', 1, { langPath: LANG_DIR, gzip: true, cacheMethod: 'none' });
  return {
    async read(image) {
      const { data } = await worker.recognize(Buffer.from(image));
      return { text: data.text, lines: (data as unknown as { lines: OcrLine[] }).lines };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
