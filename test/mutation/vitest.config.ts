import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The test set StrykerJS runs against each mutant of the decimal core and the budget audit
 * (see stryker.config.json): the unit, property and golden tests of those modules, the reliability
 * properties and the tests written to kill mutants. CLI tests (child processes, which Stryker cannot
 * attribute to mutants), text and meeting tests and the timing checks stay out, and properties run at
 * most 20 cases (fast-check-capped.ts), so a full run takes minutes, not hours.
 */
export default defineConfig({
  resolve: { alias: { 'fast-check': here('./fast-check-capped.ts') } },
  test: {
    root: here('../..'),
    include: [
      'test/decimal/**/*.test.ts',
      'test/budget/**/*.test.ts',
      'test/mutation/**/*.test.ts',
      'test/reliability/**/*.prop.test.ts',
    ],
    testTimeout: 60_000,
    // Modules load once per worker, not once per test file: each mutant run re-runs several files.
    isolate: false,
  },
});
