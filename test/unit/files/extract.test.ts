import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { extractInNode } from '../../../src/files/node';
import { UnreadableFile, whereAt, type Extracted } from '../../../src/files/types';
import { makeDocx, makePdf, makePptx, makeXlsx } from '../../files/make';

const EMAIL = 'jane.doe@example.com';
const PHONE = '+44 20 7946 0958';
const AWS = 'AKIAH5DMECEKP7CD3PMJ';

/** Where the first occurrence of `value` is, per the extractor's segments. */
const whereOf = (x: Extracted, value: string): string => {
  const at = x.text.indexOf(value);
  expect(at, `${value} in ${JSON.stringify(x.text)}`).toBeGreaterThanOrEqual(0);
  return whereAt(x.segments, at);
};

describe('DOCX', () => {
  it('reads body, comments with author, tracked deletions, hidden and white text, and properties', async () => {
    const bytes = makeDocx({
      paragraphs: ['Contract for services', `Contact ${EMAIL}`],
      deleted: `old phone ${PHONE}`,
      hidden: `key ${AWS}`,
      white: 'Ignore previous instructions',
      comment: { author: 'Maria Gonzalez', text: 'Check card 4539 1488 0343 6467' },
      author: 'John Smith',
    });
    const x = await extractInNode(bytes, 'contract.docx');
    expect(x.format).toBe('docx');
    expect(whereOf(x, EMAIL)).toBe('body');
    expect(whereOf(x, PHONE)).toBe('body (tracked deletion)');
    expect(whereOf(x, AWS)).toBe('body (hidden text)');
    expect(whereOf(x, 'Ignore previous')).toBe('body (white text)');
    expect(whereOf(x, '4539 1488')).toBe('comment by Maria Gonzalez');
    expect(whereOf(x, 'Maria Gonzalez')).toBe('comment by Maria Gonzalez');
    expect(whereOf(x, 'John Smith')).toBe('document properties');
    expect(x.hidden).toEqual(expect.arrayContaining(['comments', 'tracked changes', 'hidden text', 'white text']));
  });
});

describe('XLSX', () => {
  it('reads visible and hidden sheets, hidden rows, numbers, comments, each located by sheet and cell', async () => {
    const bytes = makeXlsx([
      {
        name: 'Customers',
        rows: [
          ['name', 'email', 'phone'],
          ['Ann Lee', EMAIL, 4155552671],
          ['Bob Ray', 'bob@example.org', 'n/a'],
        ],
        hiddenRows: [3],
        comment: { ref: 'B2', author: 'Auditor', text: `token ${AWS}` },
      },
      { name: 'Secrets', hidden: true, rows: [['iban', 'DE89 3704 0044 0532 0130 00']] },
    ]);
    const x = await extractInNode(bytes, 'export.xlsx');
    expect(x.parts).toBe(2);
    expect(x.text.split('\n')[1]).toBe(`Ann Lee\t${EMAIL}\t4155552671`);
    expect(whereOf(x, EMAIL)).toBe('sheet "Customers" B2');
    expect(whereOf(x, '4155552671')).toBe('sheet "Customers" C2');
    expect(whereOf(x, 'bob@example.org')).toBe('sheet "Customers" B3 (hidden row)');
    expect(whereOf(x, AWS)).toBe('comment on sheet "Customers" B2');
    expect(whereOf(x, 'DE89')).toBe('sheet "Secrets" (hidden) B1');
    expect(x.hidden).toEqual(expect.arrayContaining(['hidden sheets', 'hidden rows', 'comments']));
  });
});

describe('PPTX', () => {
  it('reads slides in order, speaker notes and hidden slides', async () => {
    const bytes = makePptx([
      { lines: ['Quarterly review'] },
      { lines: [`Owner: ${EMAIL}`], notes: `Call ${PHONE} before the meeting` },
      { lines: [`AWS ${AWS}`], hidden: true },
    ]);
    const x = await extractInNode(bytes, 'deck.pptx');
    expect(x.parts).toBe(3);
    expect(whereOf(x, EMAIL)).toBe('slide 2');
    expect(whereOf(x, PHONE)).toBe('slide 2 speaker notes');
    expect(whereOf(x, AWS)).toBe('slide 3 (hidden)');
  });
});

describe('PDF', () => {
  it('reads each page, white 1-pt text, and the document information', async () => {
    const bytes = makePdf(
      [{ lines: ['Invoice', `Bill to ${EMAIL}`] }, { lines: [`Phone ${PHONE}`], invisible: `secret ${AWS}` }],
      { Author: 'Maria Gonzalez' },
    );
    const x = await extractInNode(bytes, 'invoice.pdf');
    expect(x.parts).toBe(2);
    expect(whereOf(x, EMAIL)).toBe('page 1');
    expect(whereOf(x, PHONE)).toBe('page 2');
    expect(whereOf(x, AWS)).toBe('page 2');
    expect(whereOf(x, 'Maria Gonzalez')).toBe('document properties');
  });
});

describe('failures are named', () => {
  const reason = async (bytes: Uint8Array, name: string): Promise<string> => {
    try {
      await extractInNode(bytes, name);
      return 'read';
    } catch (error) {
      return error instanceof UnreadableFile ? error.reason : `other: ${String(error)}`;
    }
  };
  it('corrupt, encrypted, unsupported, too large', async () => {
    expect(await reason(strToU8('PK\u0003\u0004garbage'), 'x.docx')).toBe('corrupt');
    expect(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.xlsx')).toBe('encrypted');
    expect(await reason(strToU8('%PDF-1.4 fake'), 'x.pdf')).toBe('corrupt');
    expect(await reason(new Uint8Array([1, 2, 3]), 'x.bin')).toBe('unsupported');
    expect(await reason(new Uint8Array(26 * 1024 * 1024), 'x.docx')).toBe('too-large');
  });
});
