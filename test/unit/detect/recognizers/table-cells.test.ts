/** In a table with a header, a cell delimiter bounds a number: the header's word types the column's values. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';

const found = (text: string, type: string): string[] =>
  detect(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe('numbers in the cells of a CSV table', () => {
  it('reports SSNs of an ssn column, dashed or not, between comma-delimited cells', () => {
    const csv = [
      'employee_id,name,ssn,start_date',
      '1001,Jane Doe,536-22-8471,2020-01-01',
      '1002,Omar Haddad,412779035,2021-03-15',
    ].join('\n');
    expect(found(csv, 'US_SSN')).toEqual(['536-22-8471', '412779035']);
  });

  it('still reads "1,234" in prose as one number, not as a value between cells', () => {
    expect(found('Our ssn audit found 1,536-22-8471 rows', 'US_SSN')).toEqual([]);
  });
});
