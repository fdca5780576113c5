import { defineConfig } from 'vitest/config';

/** Browser tests: the playground in a real headless Chromium. Run with `npm run test:browser`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
