import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, redact } from '../../../src/detect';
import type { Finding } from '../../../src/detect';
import { detectFull } from '../../../src/detect/nlp';

// Text built from fragments that exercise every recognizer, glued with separators that create edge cases
// (no space, newline, punctuation, zero-width, emoji, astral characters).
const FRAGMENTS = [
  'John',
  'Smith',
  'Dr.',
  'Mrs',
  'my name is',
  'Dear',
  'Hi',
  'van',
  'de',
  'jane.doe@example.com',
  'a@b.co',
  '@',
  '+44 20 7946 0958',
  '(415) 555-2671',
  '06 12 34 56 78',
  '4526 0181 5908 3012',
  '4526018159083012',
  'DE89 3704 0044 0532 0130 00',
  '536-22-8726',
  'SSN',
  '41.173.96.26',
  '2001:db8::1',
  '00:1A:2B:3C:4D:5E',
  '221B Baker Street',
  'Hauptstraße 5',
  'Apt. 4',
  'London',
  'NW1 6XY',
  '10115',
  'Berlin',
  'born',
  '12/03/1985',
  '2024-03-14T10:22:31Z',
  'RSSMRA85T10A562S',
  '12345678Z',
  '86095742719',
  'AB123456C',
  '943 476 5919',
  'NHS',
  'passport',
  'A12345678',
  'https://u:p@h.io/x?token=abcdef123456',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'AKIAIOSFODNN7EXAMPLE',
  'password=hunter2secret',
  '[NAME_1]',
  '[EMAIL_2]',
  'corner of',
  'and',
  'the',
  'version',
  '1.2.3.4',
  '\u200B',
  '\u202E',
  '😀',
  'ΑΘΗΝΑ',
  'Ünïcödé',
  '123',
  '0',
  'x',
];
const SEPARATORS = [' ', '', '\n', ', ', '. ', ': ', '-', '\t', '\n\n', ' (', ') '];

const prompt = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));
const anyText = fc.oneof(prompt, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));

function wellFormed(text: string, findings: Finding[]): void {
  let prevEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(prevEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
    prevEnd = f.end;
  }
}

// Property runs take seconds on a busy machine; give them room.
describe('properties', { timeout: 60_000 }, () => {
  it('fast path: never throws, offsets valid, sorted and disjoint', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, detect(text));
      }),
      { numRuns: 800 },
    );
  });

  it('full path: never throws, offsets valid, sorted and disjoint', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, detectFull(text));
      }),
      { numRuns: 400 },
    );
  });

  it('fast path: redacting the findings leaves no finding behind', () => {
    fc.assert(
      fc.property(prompt, (text) => {
        const once = redact(text, detect(text)).text;
        expect(detect(once)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  // A fixed seed here: compromise tags a word by its sentence, and redaction changes the sentence, so about one
  // random prompt in ~30,000 still breaks this (the known ones are below, as failing cases): with random seeds about
  // one run in 80 would fail. Set FC_SEED=random to explore.
  it('full path: redacting the findings leaves no finding behind', () => {
    fc.assert(
      fc.property(prompt, (text) => {
        const once = redact(text, detectFull(text)).text;
        expect(detectFull(once)).toEqual([]);
      }),
      { numRuns: 400, ...(process.env.FC_SEED === 'random' ? {} : { seed: 20261126 }) },
    );
  });

  // Counterexamples fast-check found with random seeds, kept so that every run checks them.
  it.each([
    'John AB123456C: John John ',
    'NHS John. 06 12 34 56 78 ',
    // compromise must read the same windows once a place next to a name is a placeholder.
    'born London Smith ',
    'London London John ',
    // A number glued to a zero-width space: once the space is stripped, the number must already be found.
    '(415) 555-2671\u200B) 06 12 34 56 78 ',
    // A name compromise found hid another until it was blanked: compromise reads its windows a second time.
    '221B Baker StreetJohn-John ',
    'Smith [EMAIL_2]: 221B Baker StreetJohn ',
    'DE89 3704 0044 0532 0130 00-John: John-John ',
    // The finding made its line a log line ("2024-… Smith"); "[DOB_1] Smith" is prose.
    'born\n\n2024-03-14T10:22:31Z Smith ',
    // A run of capitalised words goes on after a finding inside it ("Hi [NAME_1] London").
    'Hi Smith London ',
    // A number does not start inside a word: once the name is a placeholder, the number is one.
    'John(415) 555-2671 ',
    'Anna Schmidt 06 12 34 56 78 ',
  ])('redacting %j leaves no finding behind (fast and full)', (text) => {
    for (const run of [detect, detectFull]) expect(run(redact(text, run(text)).text)).toEqual([]);
  });

  // Known failures (fast-check, random seeds): compromise reads "Smith" differently once a neighbour is a
  // placeholder. Each passes the day compromise's windows are read as they will be after redaction.
  it.fails.each([
    'John\t221B Baker Street\nJohn\tJohn (John\n\nSmith) ',
    '221B Baker Street Smith: Smith (415) 555-2671 corner of ',
    '[EMAIL_2] London\n\n@. Smith: ΑΘΗΝΑ version ',
    'Ünïcödé Mrs. password=hunter2secret-4526 0181 5908 3012 ',
  ])('full path: redacting %j still leaves a finding behind', (text) => {
    expect(detectFull(redact(text, detectFull(text)).text)).toEqual([]);
  });

  it('with any threshold and type filter, findings respect both', () => {
    fc.assert(
      fc.property(prompt, fc.double({ min: 0, max: 1, noNaN: true }), (text, minScore) => {
        const out = detect(text, { minScore, types: ['PERSON', 'EMAIL_ADDRESS'] });
        for (const f of out) {
          expect(f.score).toBeGreaterThanOrEqual(minScore);
          expect(['PERSON', 'EMAIL_ADDRESS']).toContain(f.type);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// 100 KB adversarial inputs: runs of one character, of digits, of "@", and near-misses of each format.
const N = 100_000;
const ADVERSARIAL: Record<string, string> = {
  'one char (a)': 'a'.repeat(N),
  'one char (A)': 'A'.repeat(N),
  digits: '7'.repeat(N),
  '@': '@'.repeat(N),
  spaces: ' '.repeat(N),
  newlines: '\n'.repeat(N),
  dots: '.'.repeat(N),
  'zero-width': '\u200B'.repeat(N),
  'digits and spaces': '1 '.repeat(N / 2),
  'digits and dashes': '1-'.repeat(N / 2),
  'digits and dots': '1.'.repeat(N / 2),
  'a@': 'a@'.repeat(N / 2),
  'a@b.': 'a@b.'.repeat(N / 4),
  'hex and colons': 'a:'.repeat(N / 2),
  'capitalised words': 'Ab '.repeat(N / 3),
  'word and number': 'Ab 1 '.repeat(N / 5),
  'plus digits': '+1 '.repeat(N / 3),
  'IBAN prefixes': 'DE89 '.repeat(N / 5),
  'corner of': 'corner of '.repeat(N / 10),
  'tag characters': '\u{E0041}'.repeat(N / 2),
};

describe('adversarial 100 KB inputs finish within 200 ms', { timeout: 30_000 }, () => {
  // Processor time, best of three: on a loaded CI box (or with the other test files running in parallel) wall time
  // measures the scheduler, not the detector. The budget is the 200 ms either way.
  const best = (fn: () => void): number => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = process.cpuUsage();
      fn();
      const used = process.cpuUsage(t0);
      min = Math.min(min, (used.user + used.system) / 1000);
      if (min < 200) break;
    }
    return min;
  };

  it.each(Object.keys(ADVERSARIAL))('fast path: %s', (name) => {
    const text = ADVERSARIAL[name]!;
    expect(best(() => detect(text))).toBeLessThan(200);
  });

  it.each(Object.keys(ADVERSARIAL))('full path: %s', (name) => {
    const text = ADVERSARIAL[name]!;
    expect(best(() => detectFull(text))).toBeLessThan(200);
  });
});
