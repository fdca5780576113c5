#!/usr/bin/env node
// Builds the browser playground: bundles playground/main.ts (and the library it imports from src/)
// with esbuild into playground/dist/, next to a copy of index.html and style.css. The result is a static
// site: serve playground/dist with any static file server.
//
//   node scripts/build-playground.mjs           # minified build with source map
//   node scripts/build-playground.mjs --dev     # unminified
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'playground');
const out = join(src, 'dist');
const dev = process.argv.includes('--dev');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: [join(src, 'main.ts')],
  outfile: join(out, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  charset: 'utf8',
  minify: !dev,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
});

for (const file of ['index.html', 'style.css']) copyFileSync(join(src, file), join(out, file));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, o]) => `${relative(out, join(root, file))} ${(o.bytes / 1024).toFixed(0)} kB`);
console.log(`playground built in ${relative(process.cwd(), out) || '.'}: ${sizes.join(', ')}`);
