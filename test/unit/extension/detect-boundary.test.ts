import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../repo';

const DETECT = repoPath('src/detect');
/** Packages the pure detector may use: none of them touch the DOM, the browser or Node. */
const ALLOWED_PACKAGES = ['compromise', 'libphonenumber-js', 're2js'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/detect boundary', () => {
  it('imports only src/detect and the allowed packages', () => {
    const offenders: string[] = [];
    for (const file of files(DETECT)) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /(?:import|export)[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g,
      )) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith('.')) {
          if (relative(DETECT, resolve(dirname(file), spec)).startsWith('..')) offenders.push(`${file}: ${spec}`);
        } else if (!ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) {
          offenders.push(`${file}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
