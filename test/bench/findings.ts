/**
 * Speed work must not change what the detector finds. This writes every finding (type, span, score, label) of
 * both paths on 6,724 texts (the corpus at seeds 20261126 and 4242, the bench's 2,000-character prompts and four
 * 100 KB pastes) to a file, and compares it with an earlier one:
 *
 *   npx tsx test/bench/findings.ts --out /tmp/before.json            (on the commit before the change)
 *   npx tsx test/bench/findings.ts --out /tmp/after.json --compare /tmp/before.json
 *
 * Exits 1 when a text's findings differ, printing the first few with their text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SEED, generateCorpus } from '../corpus/generate';
import { detect } from '../../src/detect';
import { detectFull } from '../../src/detect/nlp';
import type { Finding } from '../../src/detect';
import { PASTE_CHARS, PROMPT_CHARS, windows } from './timing';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const out = arg('--out');
if (!out) {
  console.error('usage: npx tsx test/bench/findings.ts --out FILE.json [--compare BASE.json]');
  process.exit(2);
}

const texts: string[] = [];
for (const seed of [DEFAULT_SEED, 4242]) {
  const corpus = generateCorpus({ seed });
  texts.push(...corpus.map((c) => c.text), ...windows(corpus, PROMPT_CHARS, 330, seed + 1));
  if (seed === DEFAULT_SEED) texts.push(...windows(corpus, PASTE_CHARS, 4, seed + 2));
}

const line = (fs: readonly Finding[]): string =>
  fs.map((f) => `${f.type}:${f.start}-${f.end}:${f.score.toFixed(3)}:${f.label ?? ''}`).join(',');
const lines: string[] = [];
for (const t of texts) lines.push(`${line(detect(t))} | ${line(await detectFull(t))}`);
writeFileSync(out, JSON.stringify(lines));
console.log(`${texts.length} texts written to ${out}`);

const base = arg('--compare');
if (base) {
  const before = JSON.parse(readFileSync(base, 'utf8')) as string[];
  const differ = lines.flatMap((l, i) => (l === before[i] ? [] : [i]));
  for (const i of differ.slice(0, 5)) {
    console.log(`text ${i}: ${JSON.stringify(texts[i]!.slice(0, 200))}`);
    console.log(`  before ${before[i]?.slice(0, 300)}`);
    console.log(`  after  ${lines[i]!.slice(0, 300)}`);
  }
  console.log(differ.length ? `${differ.length} of ${lines.length} texts differ` : 'identical');
  process.exitCode = differ.length || before.length !== lines.length ? 1 : 0;
}
