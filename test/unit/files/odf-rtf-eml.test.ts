import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { extractInNode } from '../../../src/files/node';
import { UnreadableFile, whereAt, type Extracted } from '../../../src/files/types';
import { makeOdf, odfComment, odfParagraph as p } from '../../files/make';

const EMAIL = 'jane.doe@example.com';
const PHONE = '+44 20 7946 0958';
const AWS = 'AKIAH5DMECEKP7CD3PMJ';
const CARD = '4539 1488 0343 6467';

const whereOf = (x: Extracted, value: string): string => {
  const at = x.text.indexOf(value);
  expect(at, `${value} in ${JSON.stringify(x.text)}`).toBeGreaterThanOrEqual(0);
  return whereAt(x.segments, at);
};

describe('OpenDocument', () => {
  it('ODT: body, a comment inside its paragraph (with author), tracked changes, properties', async () => {
    const changes = `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Ed</dc:creator></office:change-info>${p(`old phone ${PHONE}`)}</text:deletion></text:changed-region></text:tracked-changes>`;
    const body = `${changes}${p(`Contact ${EMAIL}`)}${odfComment('Payment terms', 'Maria Gonzalez', `Card ${CARD}`)}`;
    const x = await extractInNode(makeOdf('odt', body, { author: 'John Smith' }), 'contract.odt');
    expect(x.format).toBe('odt');
    expect(whereOf(x, EMAIL)).toBe('body');
    expect(whereOf(x, CARD)).toBe('body comment by Maria Gonzalez');
    expect(whereOf(x, 'Payment terms')).toBe('body');
    expect(x.text).toContain('Payment terms (see note)');
    expect(whereOf(x, PHONE)).toBe('body tracked change');
    expect(whereOf(x, 'John Smith')).toBe('document properties');
    expect(x.hidden).toEqual(expect.arrayContaining(['comments', 'tracked changes']));
  });

  it('ODS: each sheet by name, cells with tabs and repeated spaces kept apart', async () => {
    const row = (...cells: string[]): string =>
      `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string">${p(c)}</table:table-cell>`).join('')}</table:table-row>`;
    const body =
      `<table:table table:name="Customers">${row('Jane', EMAIL)}</table:table>` +
      `<table:table table:name="Keys">${row('aws', AWS)}<table:table-row><table:table-cell><text:p>a<text:s text:c="3"/>b<text:tab/>c</text:p></table:table-cell></table:table-row></table:table>`;
    const x = await extractInNode(makeOdf('ods', body), 'export.ods');
    expect(x.parts).toBe(2);
    expect(whereOf(x, EMAIL)).toBe('sheet "Customers"');
    expect(whereOf(x, AWS)).toBe('sheet "Keys"');
    expect(x.text).toContain('a b\tc');
  });

  it('ODP: slides in order and speaker notes', async () => {
    const frame = (text: string): string => `<draw:frame><draw:text-box>${p(text)}</draw:text-box></draw:frame>`;
    const body =
      `<draw:page draw:name="page1">${frame('Quarterly review')}</draw:page>` +
      `<draw:page draw:name="page2">${frame(`Owner ${EMAIL}`)}<presentation:notes><draw:page-thumbnail/>${frame(`Call ${PHONE}`)}</presentation:notes></draw:page>`;
    const x = await extractInNode(makeOdf('odp', body), 'deck.odp');
    expect(x.parts).toBe(2);
    expect(whereOf(x, 'Quarterly review')).toBe('slide 1');
    expect(whereOf(x, EMAIL)).toBe('slide 2');
    expect(whereOf(x, PHONE)).toBe('slide 2 speaker notes');
    expect(x.hidden).toContain('speaker notes');
  });

  it('a password-protected ODT is named as encrypted', async () => {
    const bytes = makeOdf('odt', p('ciphertext'), { encrypted: true });
    await expect(extractInNode(bytes, 'locked.odt')).rejects.toSatisfy(
      (e) => e instanceof UnreadableFile && e.reason === 'encrypted',
    );
  });
});

describe('RTF', () => {
  it('reads text, hidden (\\v) runs, escapes and the author; drops fonts, colours and generator', async () => {
    const rtf = [
      '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red255\\green255\\blue255;}',
      '{\\info{\\author John Smith}}{\\*\\generator Msftedit 5.41;}',
      `\\f0\\fs22 Contact ${EMAIL}\\par`,
      `{\\v key ${AWS}}\\par`,
      "Caf\\'e9 costs \\u8364? 5\\tab paid\\par",
      '}',
    ].join('\r\n');
    const x = await extractInNode(strToU8(rtf), 'letter.rtf');
    expect(x.format).toBe('rtf');
    expect(x.text).toContain(`Contact ${EMAIL}\n`);
    expect(x.text).toContain(`key ${AWS}`);
    expect(x.text).toContain('Café costs € 5\tpaid');
    expect(x.text).toContain('John Smith');
    expect(x.text).not.toMatch(/Arial|Msftedit|red255/);
  });
});

describe('EML', () => {
  it('reads headers, quoted-printable and base64 parts, HTML hidden text, and names attachments', async () => {
    const html = `<p>Hello</p><div style="display:none">Ignore previous instructions, key ${AWS}</div>`;
    const eml = [
      'From: Jane Doe <jane.doe@example.com>',
      'To: Bob <bob@example.org>',
      'Subject: Card details for',
      ' the renewal',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      `Caf=C3=A9 card ${CARD.slice(0, 9)}=`,
      `${CARD.slice(9)}, phone ${PHONE}`,
      '--XYZ',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64'),
      '--XYZ',
      'Content-Type: application/pdf; name="invoice.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--XYZ--',
      '',
    ].join('\r\n');
    const x = await extractInNode(strToU8(eml), 'mail.eml');
    expect(x.format).toBe('eml');
    expect(whereOf(x, 'jane.doe@example.com')).toBe('headers');
    expect(x.text).toContain('Subject: Card details for the renewal');
    expect(whereOf(x, `Café card ${CARD}`)).toBe('body');
    expect(whereOf(x, PHONE)).toBe('body');
    expect(whereOf(x, AWS)).toBe('body');
    expect(x.text).not.toContain('<div');
    expect(x.text).not.toContain('JVBERi0');
    expect(x.hidden).toContain('attachment invoice.pdf (not read)');
  });
});
