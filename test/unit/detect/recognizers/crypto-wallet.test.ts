/** CRYPTO_WALLET (recognizers/crypto-wallet.ts) and the hashes its checksums use (hash.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/detect';
import { keccak256Hex, sha256 } from '../../../../src/detect/hash';
import { eip55Ok } from '../../../../src/detect/recognizers/crypto-wallet';

const wallets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'CRYPTO_WALLET')
    .map((f) => `${f.label}:${text.slice(f.start, f.end)}`);

describe('hashes', () => {
  it('SHA-256 equals node:crypto on lengths around the padding boundaries', () => {
    for (const n of [0, 3, 55, 56, 63, 64, 65, 200]) {
      const m = 'ab'.repeat(n).slice(0, n);
      expect(Buffer.from(sha256(new TextEncoder().encode(m))).toString('hex')).toBe(
        createHash('sha256').update(m).digest('hex'),
      );
    }
  });

  it('Keccak-256 gives the published digests', () => {
    expect(keccak256Hex('')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(keccak256Hex('abc')).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });

  it('EIP-55: the specification examples pass, one flipped letter fails', () => {
    for (const a of [
      '5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      'fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      'dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      'D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ])
      expect(eip55Ok(a)).toBe(true);
    expect(eip55Ok('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false);
  });
});

describe('crypto wallets', () => {
  it('finds Base58Check and bech32/bech32m Bitcoin addresses on their checksums alone', () => {
    const text =
      'pay 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy or ' +
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or ' +
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297';
    expect(wallets(text)).toEqual([
      'BTC:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
      'BTC:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'BTC:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'BTC:bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    ]);
  });

  it('drops addresses with a wrong checksum character, or glued to more characters', () => {
    expect(wallets('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toEqual([]);
    expect(wallets('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp')).toEqual([]);
    expect(wallets('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa2')).toEqual([]);
  });

  it('Ethereum: a valid EIP-55 address alone, an all-lower one only with a wallet word', () => {
    expect(wallets('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toEqual([
      'ETH:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    ]);
    expect(wallets('send it to my wallet 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae')).toEqual([
      'ETH:0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae',
    ]);
    // A hash or a constant of the same shape in code: no wallet word, no checksum.
    expect(wallets('const SALT = 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae;')).toEqual([]);
    expect(wallets('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toEqual([]);
  });
});
