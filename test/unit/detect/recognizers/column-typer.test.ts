/** Column typer (recognizers/column-typer.ts): a header naming a column plus validated cells types every cell. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';
import type { EntityType } from '../../../../src/detect';
import { columnsOf } from '../../../../src/detect/columns';
import { columnTyperRecognizer } from '../../../../src/detect/recognizers/column-typer';
import { raw } from '../helpers';

/** Every finding as "TYPE:value", in text order. */
const typed = (text: string): string[] => detect(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
const ofType = (text: string, type: EntityType): string[] =>
  detect(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe('column typer', () => {
  it('types every cell of CSV columns named ssn, name, phone, dob and city', () => {
    const csv = [
      'employee_id,name,ssn,phone,dob,city',
      '1001,"SMITH, JOHN",234567891,0612345678,1985-03-02,Lyon',
      '1002,"Doe, Jane",345-67-8902,06 98 76 54 32,1990-11-23,Marseille',
      '1003,MARIA GARCIA,456 78 9012,030 1234567,02.01.1979,Zwolle',
    ].join('\n');
    const found = typed(csv);
    for (const v of ['SMITH, JOHN', 'Doe, Jane', 'MARIA GARCIA']) expect(found).toContain(`PERSON:${v}`);
    for (const v of ['234567891', '345-67-8902', '456 78 9012']) expect(found).toContain(`US_SSN:${v}`);
    for (const v of ['0612345678', '06 98 76 54 32', '030 1234567']) expect(found).toContain(`PHONE_NUMBER:${v}`);
    for (const v of ['1985-03-02', '1990-11-23', '02.01.1979']) expect(found).toContain(`DATE_OF_BIRTH:${v}`);
    // Zwolle is in no place list: the column's other cities type it.
    expect(found).toContain('LOCATION:Zwolle');
    expect(found.filter((f) => f.includes('100'))).toEqual([]);
  });

  it('reads SQL INSERT rows, JSON arrays of objects and Markdown tables', () => {
    const sql =
      "INSERT INTO users (id, first_name, last_name, phone) VALUES (1, 'JOHN', 'O''Brien', '030 1234567'), (2, 'Anna', 'Müller', '0171 2345678');";
    expect(ofType(sql, 'PERSON')).toEqual(['JOHN', "O''Brien", 'Anna', 'Müller']);
    expect(ofType(sql, 'PHONE_NUMBER')).toEqual(['030 1234567', '0171 2345678']);
    const json = '[{"fullName": "PETER MEYER", "ssn": "234567891"}, {"fullName": "Kowalski, Jan", "ssn": "345678902"}]';
    expect(ofType(json, 'PERSON')).toEqual(['PETER MEYER', 'Kowalski, Jan']);
    expect(ofType(json, 'US_SSN')).toEqual(['234567891', '345678902']);
    const md = '| Name | Telefon |\n|---|---|\n| ANNA SCHMIDT | 030 12345678 |\n| Lukas Weber | 089 1234567 |';
    expect(ofType(md, 'PHONE_NUMBER')).toEqual(['030 12345678', '089 1234567']);
  });

  it('leaves a column alone when its cells do not validate or its header names something else', () => {
    // A "name" column of products: no cell is a known name, so the column is not typed (the person recognizer
    // judges each cell on its own, as before).
    expect(
      raw(columnTyperRecognizer, 'sku,name,price\n1,Widget Pro,9.99\n2,Gadget Max,19.99\n3,Turbo Blender,49.00'),
    ).toEqual([]);
    // "product name" and "email address" are not people nor street addresses.
    expect(raw(columnTyperRecognizer, 'product name,qty\nJohn Deere mower,2\nMary Kay set,1')).toEqual([]);
    expect(ofType('email address,id\nann@example.org,1\nbob@example.org,2', 'STREET_ADDRESS')).toEqual([]);
    // An "ssn" column of invalid numbers (area 000 and 666) is no SSN column.
    expect(ofType('id,ssn\n1,000123456\n2,666123456\n3,000987654', 'US_SSN')).toEqual([]);
    // A phone column of dates is not typed.
    expect(ofType('phone,x\n2024-01-02,1\n2024-02-03,2', 'PHONE_NUMBER')).toEqual([]);
  });

  it('finds columns in every table shape, quotes and blanks left out', () => {
    const text = 'a;b\n"x";  y \n\n| H1 | H2 |\n|---|:-:|\n| p | q |';
    const cols = columnsOf(text).map((c) => [
      c.header,
      ...Array.from({ length: c.cells.length / 2 }, (_, k) => text.slice(c.cells[2 * k], c.cells[2 * k + 1])),
    ]);
    expect(cols).toEqual([
      ['a', 'x'],
      ['b', 'y'],
      ['H1', 'p'],
      ['H2', 'q'],
    ]);
  });
});
