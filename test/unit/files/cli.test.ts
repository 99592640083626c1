import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../repo';
import { makeXlsx } from '../../files/make';

const run = (args: string[]) =>
  spawnSync(process.execPath, [repoPath('node_modules/tsx/dist/cli.mjs'), repoPath('src/cli/scan.ts'), ...args], {
    encoding: 'utf8',
    cwd: repoPath(),
    timeout: 60_000,
  });

describe('npm run scan -- FILE on documents', { timeout: 90_000 }, () => {
  it('--json gives each finding with where it is (sheet and cell), and the extracted text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-cli-'));
    const file = join(dir, 'people.xlsx');
    writeFileSync(
      file,
      makeXlsx([
        { name: 'People', rows: [['email', 'jane.doe@example.com']] },
        { name: 'Keys', hidden: true, rows: [['AKIAH5DMECEKP7CD3PMJ']] },
      ]),
    );
    const r = run([file, '--json', '--fast']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      file: string;
      text: string;
      findings: { type: string; start: number; end: number; score: number; where: string }[];
    };
    expect(out.file).toBe(file);
    expect(out.findings.map((f) => [f.type, f.where, out.text.slice(f.start, f.end)])).toEqual([
      ['EMAIL_ADDRESS', 'sheet "People" B1', 'jane.doe@example.com'],
      ['SECRET', 'sheet "Keys" (hidden) A1', 'AKIAH5DMECEKP7CD3PMJ'],
    ]);
  });

  it('a corrupt document is refused with its reason and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-cli-'));
    const file = join(dir, 'broken.docx');
    writeFileSync(file, 'PK\u0003\u0004 not really');
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('corrupt');
  });
});
