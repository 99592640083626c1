import { describe, expect, it } from 'vitest';
import { boxesFor, imageType, textFromLines } from '../../../src/files/ocr';
import { whereAt } from '../../../src/files/types';

const word = (text: string, x0: number, y0: number) => ({
  text,
  bbox: { x0, y0, x1: x0 + 10 * text.length, y1: y0 + 20 },
});

describe('OCR lines to text and word boxes', () => {
  const x = textFromLines([
    { words: [word('Mail', 0, 0), word('jane@example.com', 50, 0)] },
    { words: [] },
    { words: [word('Phone', 0, 30), word('555-0100', 60, 30)] },
  ]);

  it('one line of text per OCR line, located by line number, each word at its offsets', () => {
    expect(x.text).toBe('Mail jane@example.com\nPhone 555-0100');
    expect(whereAt(x.segments, x.text.indexOf('555'))).toBe('image, line 3');
    for (const w of x.words) expect(x.text.slice(w.start, w.end)).not.toContain(' ');
    expect(x.words.map((w) => x.text.slice(w.start, w.end))).toEqual(['Mail', 'jane@example.com', 'Phone', '555-0100']);
  });

  it('boxes cover exactly the words a finding touches, with a margin', () => {
    const start = x.text.indexOf('jane');
    expect(boxesFor(x.words, [{ start, end: start + 16 }])).toEqual([{ x0: 48, y0: -2, x1: 212, y1: 22 }]);
    expect(boxesFor(x.words, [])).toEqual([]);
  });

  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(imageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toBe('image/png');
    expect(imageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(imageType(new TextEncoder().encode('GIF89a'))).toBeUndefined();
  });
});
