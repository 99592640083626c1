import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../repo';

// `npm run scan` is `tsx src/cli/scan.ts`; calling tsx directly avoids npm's banner and startup cost.
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [repoPath('node_modules/tsx/dist/cli.mjs'), repoPath('src/cli/scan.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: repoPath(),
    timeout: 60_000,
  });

describe('scan CLI', { timeout: 90_000 }, () => {
  it('answers one JSON line per input line (the score.mjs contract)', () => {
    const input =
      [
        { id: 'a', text: 'Mail jane.doe@example.com or call +44 20 7946 0958.' },
        { id: 'b', text: 'nothing to see here' },
        { id: 'c', text: 'Dear Teresa Kreutzmann, card 4526 0181 5908 3012.' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n';
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            findings: { type: string; start: number; end: number; score: number }[];
            redacted: string;
          },
      );
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0]!.findings.map((f) => f.type)).toEqual(['EMAIL_ADDRESS', 'PHONE_NUMBER']);
    expect(lines[0]!.redacted).toBe('Mail [EMAIL_1] or call [PHONE_1].');
    expect(lines[1]!.findings).toEqual([]);
    expect(lines[2]!.findings.map((f) => f.type)).toEqual(['PERSON', 'CREDIT_CARD']);
    for (const f of lines[2]!.findings) expect(typeof f.score).toBe('number');
  });

  it('prints the redacted text and a table of masked findings for a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-scan-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'IBAN DE89 3704 0044 0532 0130 00, email jane.doe@example.com\n');
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('IBAN [IBAN_1], email [EMAIL_1]');
    expect(r.stdout).toContain('DE** **** 3000');
    expect(r.stdout).toContain('j***@e***.com');
    expect(r.stdout).not.toContain('jane.doe@example.com');
  });
});
