/**
 * Inputs built to make a scan quadratic, timed from 10 KB to 100 KB: the time per KB must stay flat
 * (a linear scan), where before it grew with the input (issue 17: `x\w*y|x` over "xxxx…" took 5.8 s
 * on 20,000 characters, the name tokenizer 5.7 s on 80,000 characters of "a-a-a-…").
 *
 *   npm run bench -- --adversarial   (this section only: no corpus, no browser)
 */
import { RE2JS } from 're2js';
import { customMatches } from '../../src/detect/custom';
import { detect } from '../../src/detect';

export const SIZES_KB = [10, 20, 50, 100] as const;

interface Case {
  name: string;
  /** The input of `kb` kilobytes (1 KB = 1,000 characters). */
  make(kb: number): string;
  run(text: string): void;
}

const greedy = RE2JS.compile('x\\w*y|x');

export const CASES: readonly Case[] = [
  {
    name: 'custom pattern `x\\w*y\\|x` over "xxx…" (every match found; no time budget)',
    make: (kb) => 'x'.repeat(kb * 1000),
    run: (text) => void customMatches(greedy, text, Infinity),
  },
  {
    name: 'names: full detection over "a-a-a-…"',
    make: (kb) => 'a-'.repeat(kb * 500),
    run: (text) => void detect(text, {}),
  },
  {
    name: 'names: full detection over "A-a-A-a-…"',
    make: (kb) => 'A-a-'.repeat(kb * 250),
    run: (text) => void detect(text, {}),
  },
  {
    name: 'tables: a CSV with a name and an ssn column, one row per 25 characters',
    make: (kb) => 'name,ssn\n' + 'JOHN SMITH,123456789\n'.repeat(kb * 40),
    run: (text) => void detect(text, {}),
  },
  {
    name: 'tables: one line of `"name": "x", ` pairs and unclosed quotes',
    make: (kb) => '"name": "Ann", "'.repeat(kb * 62),
    run: (text) => void detect(text, {}),
  },
  {
    name: 'tables: "insert into t (" repeated, and a Markdown rule of dashes',
    make: (kb) => 'insert into t ('.repeat(kb * 33) + '\n|' + '-'.repeat(kb * 500) + 'x',
    run: (text) => void detect(text, {}),
  },
];

export interface AdversarialRow {
  name: string;
  /** ms per KB, per size in SIZES_KB (best of 3 runs). */
  msPerKb: number[];
}

export function adversarial(): AdversarialRow[] {
  return CASES.map((c) => ({
    name: c.name,
    msPerKb: SIZES_KB.map((kb) => {
      const text = c.make(kb);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        c.run(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best / kb;
    }),
  }));
}

export function renderAdversarial(rows: readonly AdversarialRow[]): string {
  const head = `| input | ${SIZES_KB.map((kb) => `${kb} KB`).join(' | ')} | 100 KB / 10 KB |`;
  const rule = `| --- | ${SIZES_KB.map(() => '---:').join(' | ')} | ---: |`;
  const lines = rows.map((r) => {
    const ratio = r.msPerKb.at(-1)! / r.msPerKb[0]!;
    return `| ${r.name} | ${r.msPerKb.map((ms) => ms.toFixed(2)).join(' | ')} | ${ratio.toFixed(2)} |`;
  });
  return [
    '## Adversarial inputs (ms per KB)',
    '',
    'Time per KB should stay flat from 10 KB to 100 KB (linear scans); the last column is the ratio.',
    '',
    head,
    rule,
    ...lines,
    '',
  ].join('\n');
}
