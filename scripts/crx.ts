/**
 * CRX3 writer: the signed package format Chromium installs from a self-hosted update URL.
 * Layout (chromium components/crx_file/crx3.proto): "Cr24", version 3 (uint32 LE), header length
 * (uint32 LE), a CrxFileHeader protobuf, then the zip. The header holds one RSA-SHA256 proof
 * {public key (DER SPKI), signature} and `signed_header_data` = SignedData{crx_id}; the signature
 * covers "CRX3 SignedData\x00" + uint32 LE length of signed_header_data + signed_header_data + zip.
 */
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

/** A length-delimited protobuf field (wire type 2). */
const bytesField = (field: number, value: Buffer): Buffer =>
  Buffer.concat([varint((field << 3) | 2), varint(value.length), value]);

const uint32le = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/** The 16-byte id Chromium derives from a public key; its a-p spelling is the extension ID. */
export const crxIdBytes = (publicKeyDer: Buffer): Buffer =>
  createHash('sha256').update(publicKeyDer).digest().subarray(0, 16);

export const extensionIdFromDer = (publicKeyDer: Buffer): string =>
  [...crxIdBytes(publicKeyDer).toString('hex')].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');

export function publicKeyDer(privateKeyPem: string): Buffer {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

export function writeCrx3(zip: Uint8Array, privateKeyPem: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const pub = publicKeyDer(privateKeyPem);
  const signedHeaderData = bytesField(1, crxIdBytes(pub)); // SignedData { bytes crx_id = 1; }
  const signature = sign(
    'sha256',
    Buffer.concat([
      Buffer.from('CRX3 SignedData\x00', 'binary'),
      uint32le(signedHeaderData.length),
      signedHeaderData,
      zip,
    ]),
    key,
  );
  const proof = Buffer.concat([bytesField(1, pub), bytesField(2, signature)]); // AsymmetricKeyProof
  const header = Buffer.concat([bytesField(2, proof), bytesField(10000, signedHeaderData)]); // CrxFileHeader
  return Buffer.concat([Buffer.from('Cr24'), uint32le(3), uint32le(header.length), header, zip]);
}

/** The self-hosting update manifest (Omaha protocol 2.0 `gupdate`). */
export const updateManifest = (id: string, version: string, crxUrl: string): string =>
  `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'>
    <updatecheck codebase='${crxUrl}' version='${version}' />
  </app>
</gupdate>
`;
