/**
 * `npm run package -- [--key key.pem] [--base-url https://host/veil/] [--out release] [--no-build]`
 *
 * Builds Veil and writes the store zip (Chrome Web Store, Edge Add-ons) and, with --key, a signed
 * CRX3 plus its update manifest for self-hosting. The CRX's extension ID comes from the signing key:
 * sign with the key whose public half is manifest.json's `key` to keep the documented ID.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { extensionIdFromDer, publicKeyDer, updateManifest, writeCrx3 } from './crx';
import { extensionIdFromKey } from './extension-id';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    key: { type: 'string' },
    'base-url': { type: 'string', default: 'https://updates.example.com/veil/' },
    out: { type: 'string', default: 'release' },
    'no-build': { type: 'boolean', default: false },
  },
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Zips dist/ with a fixed timestamp so the same build gives the same bytes. */
function zipDist(dist: string, manifest: Record<string, unknown>): Uint8Array {
  const entries: Zippable = {};
  for (const path of files(dist)) {
    const name = relative(dist, path).split('\\').join('/');
    const data = name === 'manifest.json' ? Buffer.from(JSON.stringify(manifest, null, 2)) : readFileSync(path);
    entries[name] = [data, { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return zipSync(entries, { level: 9 });
}

function main(): void {
  const dist = join(ROOT, 'dist');
  if (!args['no-build']) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    version: string;
    key?: string;
  };
  const out = resolve(ROOT, args.out);
  mkdirSync(out, { recursive: true });

  // The stores assign identity themselves and refuse a manifest `key`.
  const { key: manifestKey, ...storeManifest } = manifest;
  const storeZip = join(out, `veil-${manifest.version}-chrome.zip`);
  writeFileSync(storeZip, zipDist(dist, storeManifest));
  console.log(`store package: ${relative(ROOT, storeZip)}`);

  if (!args.key) {
    console.log('no --key: skipped the signed CRX and update manifest');
    return;
  }
  const pem = readFileSync(args.key, 'utf8');
  const id = extensionIdFromDer(publicKeyDer(pem));
  const documented = manifestKey ? extensionIdFromKey(manifestKey) : undefined;
  // Keep `key` only when it is the signing key's: Chromium refuses a CRX whose manifest key differs.
  const crxManifest = id === documented ? manifest : storeManifest;
  const crxName = `veil-${manifest.version}.crx`;
  writeFileSync(join(out, crxName), writeCrx3(zipDist(dist, crxManifest), pem));
  const base = args['base-url'].endsWith('/') ? args['base-url'] : `${args['base-url']}/`;
  writeFileSync(join(out, 'updates.xml'), updateManifest(id, manifest.version, base + crxName));
  console.log(`signed CRX3: ${relative(ROOT, join(out, crxName))} (extension ID ${id})`);
  console.log(`update manifest: ${relative(ROOT, join(out, 'updates.xml'))} → ${base}${crxName}`);
  if (id !== documented) {
    console.warn(`note: this key is not the one in manifest.json, so the ID is ${id}, not ${documented}.`);
  }
}

main();
