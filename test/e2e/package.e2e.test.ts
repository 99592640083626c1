/**
 * The self-hosting path an administrator uses: `npm run package` signs a CRX3 and writes an update
 * manifest; Chromium force-installs it through ExtensionInstallForcelist from a local update server.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromDer, publicKeyDer } from '../../scripts/crx';
import { repoPath } from '../unit/repo';
import { removePolicy, writeBrowserPolicy } from './policy-file';

const work = mkdtempSync(join(tmpdir(), 'veil-package-'));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0]!;
    try {
      const body = readFileSync(join(work, 'release', name));
      res.writeHead(200, { 'content-type': name.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server?.close();
  removePolicy('veil-e2e-install.json');
  rmSync(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('produces a store zip and a CRX3 that Chromium force-installs with the signing key’s ID', async () => {
    // A throwaway key: the organisation's real key never comes near the tests.
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(work, 'key.pem'), pem);
    const id = extensionIdFromDer(publicKeyDer(pem.toString()));
    const version = (JSON.parse(readFileSync(repoPath('manifest.json'), 'utf8')) as { version: string }).version;
    const out = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/package.ts',
        '--no-build',
        '--key',
        join(work, 'key.pem'),
        '--base-url',
        base,
        '--out',
        join(work, 'release'),
      ],
      { cwd: repoPath(), encoding: 'utf8' },
    );
    expect(out).toContain(`extension ID ${id}`);
    expect(
      readFileSync(join(work, 'release', `veil-${version}-chrome.zip`))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(readFileSync(join(work, 'release', 'updates.xml'), 'utf8')).toContain(`appid='${id}'`);

    writeBrowserPolicy('veil-e2e-install.json', { ExtensionInstallForcelist: [`${id};${base}updates.xml`] });
    const profile = mkdtempSync(join(tmpdir(), 'veil-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      // Playwright's defaults turn off extensions and the background networking that runs the
      // extension updater; a policy install needs both.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
        '--disable-component-update',
        // With background networking on, nothing but the local update server may resolve.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    try {
      // Playwright does not attach to workers of extensions installed after launch, so read
      // Chromium's own registry of installed extensions.
      const page = await context.newPage();
      type Installed = { id: string; name: string; location: string; disable_reasons: unknown[] };
      const veil = async (): Promise<Installed | undefined> => {
        await page.goto('chrome://extensions-internals');
        const all = JSON.parse(await page.locator('body').innerText()) as Installed[];
        return all.find((e) => e.id === id);
      };
      await expect.poll(veil, { timeout: 45_000, interval: 1000 }).toMatchObject({
        name: 'Veil',
        location: 'EXTERNAL_POLICY_DOWNLOAD',
        disable_reasons: [],
      });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
