import { defineConfig } from 'tsup';

const entries = {
  index: 'src/index.ts',
  decimal: 'src/decimal/index.ts',
  text: 'src/text/index.ts',
  files: 'src/files/index.ts',
};

export default defineConfig([
  {
    // ESM keeps one file per module so an app's bundler drops whole modules it does not use
    // (the package is sideEffects: false): importing the decimal core never pulls in zod or opencc.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist/esm',
    target: 'es2022',
    sourcemap: true,
    clean: true,
  },
  {
    // CommonJS consumers get one bundled file per entry.
    entry: entries,
    format: ['cjs'],
    outDir: 'dist/cjs',
    target: 'es2022',
    sourcemap: true,
    clean: true,
  },
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { only: true },
    outDir: 'dist/types',
    clean: true,
  },
  {
    // The worker of `huiwu audit DIR` sits beside cli.js, where the pool looks for it.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    outDir: 'dist',
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
