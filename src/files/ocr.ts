/**
 * Text out of screenshots and photos: the OCR engine's lines become the text (one line each,
 * located as `image, line N`), and every word keeps its box, so the boxes of a finding's words can
 * be painted over in the redacted copy. Pure: the engine (tesseract.js) is passed in by the caller.
 */
import { TextBuilder, type Box, type Extracted, type WordBox } from './types';

export type { Box, WordBox };

export interface OcrLine {
  words: { text: string; bbox: Box }[];
}

export function textFromLines(lines: readonly OcrLine[]): Extracted & { words: WordBox[] } {
  const out = new TextBuilder();
  const words: WordBox[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const kept = line.words.filter((w) => w.text.trim());
    if (kept.length === 0) return;
    const text = kept.map((w) => w.text).join(' ');
    const start = offset === 0 ? 0 : offset + 1; // TextBuilder puts a newline between lines
    let at = start;
    for (const w of kept) {
      words.push({ start: at, end: at + w.text.length, ...w.bbox });
      at += w.text.length + 1;
    }
    out.add(text, `image, line ${i + 1}`);
    offset = start + text.length;
  });
  return { ...out.build('image', 1), words };
}

/** The boxes to paint over: every word that overlaps a finding, with a little margin. */
export function boxesFor(
  words: readonly WordBox[],
  spans: readonly { start: number; end: number }[],
  margin = 2,
): Box[] {
  const boxes: Box[] = [];
  for (const w of words) {
    if (!spans.some((s) => s.start < w.end && w.start < s.end)) continue;
    boxes.push({ x0: w.x0 - margin, y0: w.y0 - margin, x1: w.x1 + margin, y1: w.y1 + margin });
  }
  return boxes;
}

export const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** The image's type from its first bytes (a pasted image is often just `image.png`). */
export function imageType(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const tag = String.fromCharCode(...bytes.subarray(0, 4), ...bytes.subarray(8, 12));
  return tag === 'RIFFWEBP' ? 'image/webp' : undefined;
}
