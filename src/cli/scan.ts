/**
 * `npm run scan`: the detector from the command line, no browser needed.
 *
 *   npm run --silent scan -- --jsonl < in.jsonl > out.jsonl   batch contract of ../shared/eval/README.md:
 *       in  {"id": "...", "text": "..."} per line
 *       out {"id": "...", "findings": [{type, start, end, score, label?}], "redacted": "..."} per line
 *   npm run scan -- FILE          prints the redacted text, then a table of findings (values masked)
 *   npm run scan -- - < FILE      same, reading stdin
 *   npm run scan -- FILE --json   {"file", "findings": [{type, start, end, score, where}], "text"}
 *
 * FILE may be a document (PDF, DOCX, XLSX, PPTX, ODT/ODS/ODP, RTF, HTML, EML): its text is
 * extracted as the extension does (hidden sheets, comments, notes, properties included) and each
 * finding says where it is (page, sheet and cell, slide).
 *
 * Options: --fast (fast path only; default is the full path with compromise), --min-score N,
 * --types A,B (restrict), --regions US,GB (phone regions).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatOfName } from '../files/extract';
import { extractInNode } from '../files/node';
import { plainText } from '../files/extract';
import { UnreadableFile, whereAt, type Extracted } from '../files/types';
import { createInterface } from 'node:readline';
import {
  detectFull,
  detect,
  maskPreview,
  redact,
  ENTITY_TYPES,
  type DetectOptions,
  type EntityType,
  type Finding,
} from '../detect/nlp';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function options(): DetectOptions {
  const opts: DetectOptions = {};
  const min = value('--min-score');
  if (min !== undefined) opts.minScore = Number(min);
  const types = value('--types');
  if (types)
    opts.types = types.split(',').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t));
  const regions = value('--regions');
  if (regions) opts.phoneRegions = regions.split(',');
  return opts;
}

const run = (text: string, opts: DetectOptions): Finding[] =>
  flag('--fast') ? detect(text, opts) : detectFull(text, opts);

async function jsonl(opts: DetectOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of lines) {
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      process.stderr.write(`scan: skipping a line that is not JSON: ${line.slice(0, 80)}\n`);
      continue;
    }
    const text = typeof rec.text === 'string' ? rec.text : '';
    const findings = run(text, opts);
    out.push(
      JSON.stringify({
        id: rec.id,
        findings: findings.map((f) => ({
          type: f.type,
          start: f.start,
          end: f.end,
          score: Math.round(f.score * 1000) / 1000,
          ...(f.label ? { label: f.label } : {}),
        })),
        redacted: redact(text, findings).text,
      }) + '\n',
    );
    if (out.length >= 200) flush();
  }
  flush();
}

/** The file's text as the extension would read it, with where each part came from. */
async function readInput(path: string): Promise<Extracted> {
  if (path !== '-' && formatOfName(path)) return extractInNode(new Uint8Array(readFileSync(path)), basename(path));
  return plainText(readFileSync(path === '-' ? 0 : path, 'utf8'));
}

function json(path: string, x: Extracted, findings: readonly Finding[]): void {
  const out = {
    file: path,
    findings: findings.map((f) => ({
      type: f.type,
      start: f.start,
      end: f.end,
      score: Math.round(f.score * 1000) / 1000,
      where: whereAt(x.segments, f.start),
    })),
    text: x.text,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function human(path: string, opts: DetectOptions): Promise<void> {
  let x: Extracted;
  try {
    x = await readInput(path);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    process.stderr.write(`scan: cannot read ${path}: ${error.message}\n`);
    process.exit(1);
  }
  const { text } = x;
  const t0 = performance.now();
  const findings = run(text, opts);
  const ms = performance.now() - t0;
  if (flag('--json')) {
    json(path, x, findings);
    return;
  }
  const { text: redacted } = redact(text, findings);
  process.stdout.write(`${redacted}\n\n`);
  const located = x.format !== 'text';
  const rows = findings.map((f) => [
    f.type,
    f.label ?? '',
    ...(located ? [whereAt(x.segments, f.start)] : []),
    `${f.start}-${f.end}`,
    f.score.toFixed(2),
    f.recognizer,
    maskPreview(f.type, text.slice(f.start, f.end)),
  ]);
  const head = ['type', 'label', ...(located ? ['where'] : []), 'span', 'score', 'recognizer', 'value (masked)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  if (x.hidden.length) process.stdout.write(`\nnot visible to a reader: ${x.hidden.join(', ')}\n`);
  process.stdout.write(
    `\n${findings.length} finding(s) in ${text.length} chars, ${ms.toFixed(1)} ms (${flag('--fast') ? 'fast' : 'full'} path)\n`,
  );
}

const opts = options();
if (flag('--jsonl')) {
  await jsonl(opts);
} else {
  const file = args.find(
    (a, i) => !a.startsWith('--') && !['--min-score', '--types', '--regions'].includes(args[i - 1] ?? ''),
  );
  if (!file) {
    process.stderr.write(
      'usage: npm run scan -- FILE | - | --jsonl  [--json] [--fast] [--min-score N] [--types A,B] [--regions US,GB]\n',
    );
    process.exit(2);
  }
  await human(file, opts);
}
