/**
 * What the file readers hand the detector: one text per file, and where each part of it came from
 * (page, sheet and cell, slide, comment, document property), so a finding can be located.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A word of an image's extracted text (offsets) and where it is in the image (pixels). */
export interface WordBox extends Box {
  start: number;
  end: number;
}

export type FileFormat =
  'text' | 'html' | 'rtf' | 'eml' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'pdf' | 'image';

/** A stretch of the extracted text and where it was in the file, e.g. `page 2`, `sheet Payroll (hidden) B4`. */
export interface Segment {
  start: number;
  end: number;
  where: string;
}

export interface Extracted {
  format: FileFormat;
  text: string;
  segments: Segment[];
  /** Pages (PDF), sheets or slides read, for the review dialog. */
  parts: number;
  /** Content a reader of the file does not see: hidden sheets or rows, comments, notes, tracked changes. */
  hidden: string[];
  /** Images: each word's box, so findings can be painted over. */
  words?: WordBox[];
}

/** Why a file could not be read; each one follows the `otherFiles` policy with this reason shown. */
export type UnreadableReason =
  'too-large' | 'too-many-pages' | 'too-much-text' | 'encrypted' | 'corrupt' | 'timeout' | 'unsupported';

export class UnreadableFile extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'UnreadableFile';
  }
}

/** Limits, stated to the user when a file is over them. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_PAGES = 200;
export const MAX_TEXT_CHARS = 10 * 1024 * 1024;
/** A zip member larger than this once inflated is refused (a zip bomb expands 1,000-fold). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

/** Builds the extracted text part by part, recording where each part came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  readonly hidden = new Set<string>();

  /** Appends `text` (skipped when blank) as its own line(s), located at `where`. */
  add(text: string, where: string): void {
    if (!text.trim()) return;
    if (this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (this.length > MAX_TEXT_CHARS) throw new UnreadableFile('too-much-text');
    const last = this.segments.at(-1);
    if (last && last.where === where && last.end === start - 1) last.end = this.length;
    else this.segments.push({ start, end: this.length, where });
  }

  /** Appends one line made of pieces from different places (a row's cells, a paragraph's tracked changes). */
  addLine(pieces: readonly { text: string; where: string }[], separator = ''): void {
    const kept = pieces.filter((p) => p.text.trim());
    kept.forEach((p, i) => {
      if (i === 0) this.add(p.text, p.where);
      else this.append(separator + p.text, p.where);
    });
  }

  /** Continues the current line (no newline) with `text` from `where`. */
  private append(text: string, where: string): void {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (this.length > MAX_TEXT_CHARS) throw new UnreadableFile('too-much-text');
    const last = this.segments.at(-1);
    if (last && last.where === where && last.end === start) last.end = this.length;
    else this.segments.push({ start, end: this.length, where });
  }

  markHidden(what: string): void {
    this.hidden.add(what);
  }

  build(format: FileFormat, parts: number): Extracted {
    return { format, text: this.parts.join(''), segments: this.segments, parts, hidden: [...this.hidden] };
  }
}

/** Where the character at `offset` came from (binary search over the segments). */
export function whereAt(segments: readonly Segment[], offset: number): string {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.where;
  }
  return '';
}
