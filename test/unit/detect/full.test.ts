import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFull, compromiseBudget, redact, detect } from '../../../src/detect/nlp';
import { repoPath } from '../repo';

describe('detectFull', () => {
  it('adds compromise names and places to the fast path', () => {
    const text = 'Yesterday Calquín Cazares flew from Kenosha to meet Dr. Ferko Takáts.';
    const names = detectFull(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(names).toEqual(expect.arrayContaining([['PERSON', 'Ferko Takáts']]));
    expect(names.some(([type, value]) => type === 'LOCATION' && value === 'Kenosha')).toBe(true);
  });

  it("keeps compromise's post-tagger corrections for names (only those run)", () => {
    // Without the post-tagger, compromise reads "Johnson" alone here.
    const text = 'I need to send $1450.98 to Benedict Johnson for the deposit.';
    expect(detectFull(text).map((f) => text.slice(f.start, f.end))).toEqual(['Benedict Johnson']);
  });

  it('finds everything the fast path finds', () => {
    const text = 'Mail jane@corp.com or call +1 415-555-2671, card 4526 0181 5908 3012.';
    const fast = detect(text).map((f) => f.type);
    const full = detectFull(text).map((f) => f.type);
    expect(full).toEqual(expect.arrayContaining(fast));
  });

  it('takes field labels before values for labels, not names or speakers', () => {
    const text = 'Tel.: 02331 818058\nE-Mail: jeremy_schimmer@gmail.com\nSteuer-ID: 18 574 924 606';
    expect(detectFull(text).filter((f) => f.type === 'PERSON')).toEqual([]);
  });

  it('respects types: no compromise pass when no name/place type is wanted', () => {
    const text = 'Teresa Kreutzmann wrote to jane@corp.com';
    expect(detectFull(text, { types: ['EMAIL_ADDRESS'] }).map((f) => f.type)).toEqual(['EMAIL_ADDRESS']);
  });

  it('redacting its findings leaves nothing for it to find', () => {
    const text =
      'Dear Teresa Kreutzmann,\nyour parcel for 221B Baker Street, London NW1 6XY (phone 020 7946 0958) is ready.';
    const once = redact(text, detectFull(text)).text;
    expect(detectFull(once)).toEqual([]);
  });

  it('spends a bounded compromise budget on large pastes', () => {
    expect(compromiseBudget(2_000)).toBeGreaterThanOrEqual(2_000);
    expect(compromiseBudget(100_000)).toBeLessThan(10_000);
  });
});

describe('fast path import graph', () => {
  // The content script imports src/detect/index.ts: compromise (~140 KB gz) must not be reachable from it.
  it('does not reach compromise from index.ts', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
        const spec = m[1]!;
        if (spec.startsWith('compromise')) offenders.push(file);
        if (!spec.startsWith('.')) continue;
        const base = resolve(dirname(file), spec);
        const candidates = [`${base}.ts`, join(base, 'index.ts')];
        const next = candidates.find((c) => {
          try {
            return statSync(c).isFile();
          } catch {
            return false;
          }
        });
        if (next) visit(next);
      }
    };
    visit(repoPath('src/detect/index.ts'));
    expect(offenders).toEqual([]);
    expect([...seen].some((f) => f.endsWith('registry.ts'))).toBe(true);
  });
});
