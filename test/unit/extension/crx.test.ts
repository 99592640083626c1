import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crxIdBytes, extensionIdFromDer, publicKeyDer, updateManifest, writeCrx3 } from '../../../scripts/crx';

/** Reads one length-delimited protobuf field list: [field, bytes][]. Enough for the CRX3 header. */
function fields(buf: Buffer): [number, Buffer][] {
  const out: [number, Buffer][] = [];
  let i = 0;
  const varint = (): number => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  };
  while (i < buf.length) {
    const tag = varint();
    expect(tag & 7).toBe(2);
    const len = varint();
    out.push([tag >>> 3, buf.subarray(i, i + len)]);
    i += len;
  }
  return out;
}

describe('CRX3', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const zip = Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'binary'); // an empty zip

  it('writes a header Chromium can verify: magic, version, a key proof over the signed data and the zip', () => {
    const crx = writeCrx3(zip, pem);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    const header = fields(crx.subarray(12, 12 + headerLength));
    expect(crx.subarray(12 + headerLength)).toEqual(zip);

    const proof = fields(header.find(([f]) => f === 2)![1]);
    const signedHeaderData = header.find(([f]) => f === 10000)![1];
    const pub = proof.find(([f]) => f === 1)![1];
    const signature = proof.find(([f]) => f === 2)![1];
    expect(fields(signedHeaderData)).toEqual([[1, crxIdBytes(pub)]]);

    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedHeaderData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), length, signedHeaderData, zip]);
    expect(verify('sha256', signed, createPublicKey({ key: pub, format: 'der', type: 'spki' }), signature)).toBe(true);
  });

  it('names the extension after the signing key', () => {
    const id = extensionIdFromDer(publicKeyDer(pem));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(updateManifest(id, '1.2.3', 'https://h/veil.crx')).toContain(
      `<app appid='${id}'>\n    <updatecheck codebase='https://h/veil.crx' version='1.2.3' />`,
    );
  });
});
