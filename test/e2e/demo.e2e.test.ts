/**
 * The README's first command ends in `npm run demo`: it must keep working as the detector and the
 * default policy change (a name became "warn", so the demo now answers the review dialog).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../unit/repo';

describe('npm run demo', () => {
  it(
    'types the prompt, answers the review, and the site receives only placeholders',
    { timeout: 150_000 },
    async () => {
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts'], {
        cwd: repoPath(),
        timeout: 120_000,
      });
      const received = stdout.split('The site received:\n')[1]?.split('\n')[0]?.trim();
      expect(received).toBe('Draft a reply to our customer [NAME_1] ([EMAIL_1], cc [EMAIL_2]) about invoice 4471.');
      expect(stdout).toContain('Veil asked first:');
    },
  );
});
