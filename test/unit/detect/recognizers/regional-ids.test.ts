/** NATIONAL_ID for KR, IN, US, GB numbers (recognizers/regional-ids.ts). */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';
import { rrnOk } from '../../../../src/detect/recognizers/regional-ids';

const ids = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'NATIONAL_ID')
    .map((f) => `${f.label}:${text.slice(f.start, f.end)}`);

describe('regional ID numbers', () => {
  it('Korean RRN: the check digit, the date inside, the dash', () => {
    expect(rrnOk('9601211021413')).toBe(true);
    expect(rrnOk('9601211021414')).toBe(false);
    expect(ids('960121-1021413')).toEqual(['KR:960121-1021413']);
    expect(ids('His RRN is 9601211021413')).toEqual(['KR:9601211021413']);
    expect(ids('961321-1021413')).toEqual([]); // month 13
    expect(ids('9601211021413')).toEqual([]); // 13 bare digits need their word
  });

  it('US ITIN and MBI by their fixed shapes, PAN and UK passport only with their word', () => {
    expect(ids('ITIN 911-53-1234')).toEqual(['US:911-53-1234']);
    expect(ids('ITIN 911-89-1234')).toEqual([]); // group 89 is no ITIN group
    expect(ids('Part no. 941-75-4757 is out of stock')).toEqual([]);
    expect(ids('Medicare ID: 3CD5-FG7-HJ89')).toEqual(['US:3CD5-FG7-HJ89']);
    expect(ids('1SG4-TE5-MK73')).toEqual([]); // S is never used
    expect(ids('my PAN is ABCPD1234E')).toEqual(['IN:ABCPD1234E']);
    expect(ids('ABCPD1234E')).toEqual([]);
    expect(ids('passport number CD7654321')).toEqual(['GB:CD7654321']);
    expect(ids('CD7654321')).toEqual([]);
  });

  it('UK driving licence: a birth date inside, month + 50 for women', () => {
    expect(ids('Licence: MORGA657054SM9IJ ok')).toEqual(['GB:MORGA657054SM9IJ']);
    expect(ids('SMITH812310AB1CD')).toEqual(['GB:SMITH812310AB1CD']);
    expect(ids('MORGA613054SM9IJ')).toEqual([]); // month 13
    expect(ids('99999657054SM9IJ')).toEqual([]);
  });
});
