/** BANK_ACCOUNT (recognizers/bank-account.ts): ABA routing numbers and account numbers with their context. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';
import { abaOk } from '../../../../src/detect/recognizers/bank-account';

const accounts = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'BANK_ACCOUNT')
    .map((f) => `${f.label}:${text.slice(f.start, f.end)}`);

describe('bank accounts', () => {
  it('checks the ABA prefix and 3-7-1 checksum', () => {
    expect(abaOk('121000358')).toBe(true);
    expect(abaOk('121042882')).toBe(true);
    expect(abaOk('121000359')).toBe(false);
    expect(abaOk('421042111')).toBe(false); // prefix 42 is no Federal Reserve district
  });

  it('finds routing and account numbers next to the words that name them', () => {
    expect(accounts('Routing number: 121000358, account number 945456787654')).toEqual([
      'ABA:121000358',
      'account:945456787654',
    ]);
    expect(accounts('wire to ABA 0711-0130-7')).toEqual(['ABA:0711-0130-7']);
    expect(accounts('Kontonummer 0532013000')).toEqual(['account:0532013000']);
  });

  it('reports no bare number, nor a routing number that fails its checksum', () => {
    expect(accounts('order 945456787654 shipped')).toEqual([]);
    expect(accounts('121000358')).toEqual([]);
    expect(accounts('routing number 121000359')).toEqual([]);
  });
});
