/** Zip containers (OOXML, OpenDocument) with fflate, refusing members that inflate beyond reason. */
import { unzipSync, strFromU8, type Unzipped } from 'fflate';
import { MAX_PART_BYTES, UnreadableFile } from './types';

/** OLE compound files: how Office stores a password-protected DOCX/XLSX/PPTX (and old .doc/.xls). */
export const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

export function openZip(bytes: Uint8Array): Unzipped {
  if (isCompoundFile(bytes)) throw new UnreadableFile('encrypted', 'password-protected Office file');
  if (!isZip(bytes)) throw new UnreadableFile('corrupt', 'not a zip package');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > MAX_PART_BYTES || total > 4 * MAX_PART_BYTES)
          throw new UnreadableFile('too-large', `${f.name} inflates to ${f.originalSize} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile('corrupt', String(error).slice(0, 120));
  }
}

export function partText(zip: Unzipped, path: string): string | undefined {
  const bytes = zip[path];
  return bytes ? strFromU8(bytes) : undefined;
}

/** Sorted part names matching `pattern`, numeric parts in number order (slide2 before slide10). */
export function partsMatching(zip: Unzipped, pattern: RegExp): string[] {
  const num = (p: string): number => Number(/(\d+)\.xml$/.exec(p)?.[1] ?? 0);
  return Object.keys(zip)
    .filter((p) => pattern.test(p))
    .sort((a, b) => num(a) - num(b) || a.localeCompare(b));
}
