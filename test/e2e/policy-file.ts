import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Chromium on Linux reads machine policy from this folder (Debian's path). It is machine-wide and
 * needs root, so policy tests run one file at a time and always remove their file.
 */
const DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const FILE = 'veil-e2e.json';

/** Writes browser-level policy (e.g. ExtensionInstallForcelist) to its own file in the folder. */
export function writeBrowserPolicy(name: string, policy: Record<string, unknown>): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, name), JSON.stringify(policy, null, 2));
}

/** Writes the managed policy Chromium hands to the extension `id` (in chrome.storage.managed). */
export function writePolicy(id: string, policy: Record<string, unknown>): void {
  writeBrowserPolicy(FILE, { '3rdparty': { extensions: { [id]: policy } } });
}

export function removePolicy(name = FILE): void {
  rmSync(join(DIR, name), { force: true });
}
