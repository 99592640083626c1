/**
 * Runs ../shared/eval/score.mjs as a subprocess (it drives `npm run --silent scan -- --jsonl`)
 * and keeps its output. If the scan CLI is not there yet, says so instead of failing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ScoreRun {
  ok: boolean;
  output: string;
  ms: number;
  /** score.mjs's JSON summary, when it printed one. */
  summary?: Record<string, number | string | null>;
  /** Per-type F2 from its table. */
  f2?: Record<string, number | null>;
}

/** Why the scan contract cannot run yet, or null when it should. */
export function scanMissing(root: string): string | null {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.scan;
  if (!script) return 'package.json has no "scan" script';
  const file = /tsx\s+(\S+)/.exec(script)?.[1];
  if (file && !existsSync(join(root, file))) return `\`${file}\` (the scan CLI) does not exist yet`;
  return null;
}

/**
 * ../shared/eval from the checkout, or ../../shared/eval from a worktree one level further down (wt/<name>): the
 * first that holds `file`.
 */
export function sharedEval(root: string, file: string): string {
  const near = join(root, '..', 'shared', 'eval', file);
  const far = join(root, '..', '..', 'shared', 'eval', file);
  return existsSync(near) || !existsSync(far) ? near : far;
}

export function runScoreMjs(
  root: string,
  args: string[],
  timeoutMs: number,
  script = sharedEval(root, 'score.mjs'),
  /** Exit codes that still carry a report: the peer suites' scorer exits 1 when its bar is not met. */
  reportCodes: readonly number[] = [0],
): Promise<ScoreRun> {
  if (!existsSync(script)) return Promise.resolve({ ok: false, output: `${script} not found`, ms: 0 });
  const missing = scanMissing(root);
  if (missing) return Promise.resolve({ ok: false, output: `not run: ${missing}`, ms: 0 });
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      if (code === null || !reportCodes.includes(code)) {
        resolve({
          ok: false,
          output: `score.mjs exited ${code ?? 'on a signal (timeout?)'}:\n${(err || out).trim().slice(-1500)}`,
          ms,
        });
        return;
      }
      // No path of this machine in the report (the peer scorer names the file it wrote its misses to).
      const report = out.trim().replace(/(?:\/tmp|\/var\/folders)\/\S+/g, '<temporary file>');
      resolve({ ok: true, output: report, ms, ...parse(out) });
    });
  });
}

function parse(out: string): Pick<ScoreRun, 'summary' | 'f2'> {
  const res: Pick<ScoreRun, 'summary' | 'f2'> = {};
  const json = /\{[\s\S]*\}/.exec(out);
  if (json) {
    try {
      res.summary = JSON.parse(json[0]) as Record<string, number | string | null>;
    } catch {
      // --quiet prints no JSON block; the one-line summary is still in `output`.
    }
  }
  const f2: Record<string, number | null> = {};
  for (const line of out.split('\n')) {
    const m = /^([A-Z_]+)(?: \(n\))?\s+\d+\s+\d+\s+\d+\s+\d+\s+\S+\s+\S+\s+(\S+)$/.exec(line.trim());
    if (m) f2[m[1]!] = m[2] === '-' ? null : Number(m[2]);
  }
  if (Object.keys(f2).length) res.f2 = f2;
  return res;
}
