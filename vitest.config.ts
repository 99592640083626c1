import { defineConfig } from 'vitest/config';

// One run, two projects, so `npm test` ends with one `N passed, N failed` line.
// e2e runs after the unit tests and one file at a time: files share the machine-wide policy
// directory and the 2-core box cannot run two browsers well.
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // Property tests run thousands of cases; on a loaded 2-core box 5 s is not enough.
          testTimeout: 30_000,
          setupFiles: ['fake-indexeddb/auto', './test/unit/fast-check-seed.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Browser benchmarks (`npm run bench:browser`): figures, not pass/fail checks of behaviour,
        // so not in `npm test` (timed tests flake on a shared 2-core box).
        test: {
          name: 'bench-browser',
          include: ['test/bench/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
