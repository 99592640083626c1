import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8, zipSync } from 'fflate';
import { extractInNode } from '../../../src/files/node';
import { rewriteOffice } from '../../../src/files/rewrite';
import { replacementsFrom } from '../../../src/files/align';
import { redact } from '../../../src/detect/redact';
import type { EntityType } from '../../../src/detect/types';
import { makeDocx, makePptx, makeXlsx } from '../../files/make';

const EMAIL = 'jane.doe@example.com';
const AWS = 'AKIAH5DMECEKP7CD3PMJ';
const R = [
  { value: EMAIL, placeholder: '[EMAIL_1]' },
  { value: AWS, placeholder: '[SECRET_1]' },
  { value: 'Maria Gonzalez', placeholder: '[PERSON_1]' },
  { value: '4155552671', placeholder: '[PHONE_1]' },
];

describe('a redacted copy in the same format', () => {
  it('DOCX: body, comment text and author, properties carry placeholders; the rest is kept', async () => {
    const bytes = makeDocx({
      paragraphs: ['Contract & terms', `Mail ${EMAIL} now`],
      hidden: `key ${AWS}`,
      comment: { author: 'Maria Gonzalez', text: `ask ${EMAIL}` },
      author: 'Maria Gonzalez',
    });
    const copy = rewriteOffice(bytes, 'docx', R)!;
    expect(copy).toBeDefined();
    const x = await extractInNode(copy, 'c.docx');
    expect(x.text).toContain('Mail [EMAIL_1] now');
    expect(x.text).toContain('Contract & terms');
    expect(x.text).toContain('key [SECRET_1]');
    expect(x.text).toContain('Comment by [PERSON_1]');
    expect(x.text).not.toMatch(/jane\.doe|AKIA|Gonzalez/);
    const raw = Object.values(unzipSync(copy))
      .map((b) => strFromU8(b))
      .join('');
    expect(raw).not.toMatch(/jane\.doe|AKIA|Gonzalez/);
  });

  it('XLSX: shared strings, numbers, hidden sheets and comments', async () => {
    const bytes = makeXlsx([
      {
        name: 'A',
        rows: [
          ['email', EMAIL],
          ['phone', 4155552671],
        ],
        comment: { ref: 'A1', author: 'x', text: AWS },
      },
      { name: 'B', hidden: true, rows: [[`owner ${EMAIL}`]] },
    ]);
    const copy = rewriteOffice(bytes, 'xlsx', R)!;
    const x = await extractInNode(copy, 'c.xlsx');
    expect(x.text).toContain('phone\t[PHONE_1]');
    expect(x.text).toContain('owner [EMAIL_1]');
    expect(x.text).toContain('x: [SECRET_1]');
    expect(x.text).not.toMatch(/jane\.doe|AKIA|4155552671/);
  });

  it('PPTX: slides and notes', async () => {
    const copy = rewriteOffice(makePptx([{ lines: [EMAIL], notes: AWS }]), 'pptx', R)!;
    const x = await extractInNode(copy, 'c.pptx');
    expect(x.text).toBe('[EMAIL_1]\n[SECRET_1]\ntitle: Report\ncreator: Anonymous');
  });

  it('gives no copy when a value is split across runs (the caller sends a text copy instead)', () => {
    const bytes = makeDocx({ paragraphs: ['x'] });
    const zip = unzipSync(bytes);
    const doc = strFromU8(zip['word/document.xml']!).replace(
      '<w:t xml:space="preserve">x</w:t>',
      '<w:t>jane.doe@</w:t></w:r><w:r><w:t>example.com</w:t>',
    );
    zip['word/document.xml'] = new TextEncoder().encode(doc);
    const split = zipSync(zip);
    expect(rewriteOffice(split, 'docx', R)).toBeUndefined();
  });
});

describe('replacementsFrom: which placeholder replaced which value', () => {
  it('recovers the pairs from the redacted text, and refuses a redaction it cannot explain', () => {
    const text = `Mail ${EMAIL}, again ${EMAIL}; key ${AWS}.`;
    const spans: { start: number; end: number; type: EntityType }[] = [
      ...[text.indexOf(EMAIL), text.lastIndexOf(EMAIL)].map((start) => ({
        start,
        end: start + EMAIL.length,
        type: 'EMAIL_ADDRESS' as const,
      })),
      { start: text.indexOf(AWS), end: text.indexOf(AWS) + AWS.length, type: 'SECRET' },
    ];
    const findings = spans.map((s) => ({ ...s, score: 1, recognizer: 'test' }));
    const { text: redacted } = redact(text, findings);
    expect(replacementsFrom(text, spans, redacted)).toEqual([
      { value: EMAIL, placeholder: '[EMAIL_1]' },
      { value: AWS, placeholder: '[SECRET_1]' },
    ]);
    expect(replacementsFrom(text, spans, redacted.replace('again', 'agian'))).toBeUndefined();
  });
});
