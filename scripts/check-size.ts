/**
 * Bundle-size budget, enforced in CI: what a browser app pays for importing parts of the built
 * package (esbuild, minified, gzipped). Run after `npm run build`: `npm run size`.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}dist/esm/index.js`)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

/** Budgets in KiB gzip. Raise one only with a reason in the commit. */
const BUDGETS: { name: string; code: string; maxGzipKiB: number; mustNotContain?: string[] }[] = [
  {
    name: 'decimal core: parseAmount, sum, toChineseUppercase',
    code: "export { parseAmount, sum, toChineseUppercase } from 'huiwu/decimal';",
    maxGzipKiB: 16,
    mustNotContain: ['zod', 'opencc'],
  },
  {
    name: 'computeBudget + auditBudget',
    code: "export { computeBudget, auditBudget } from 'huiwu';",
    maxGzipKiB: 60,
    mustNotContain: ['opencc'],
  },
  {
    name: 'auditText (with its Traditional→Simplified character table)',
    code: "export { auditText } from 'huiwu/text';",
    // 80 until 2026-12-03, when the rules read from the ninth and tenth fresh sets (rank ranges,
    // two-level 其中 tables, saving rates, yearless weekdays) took it to 80.9.
    maxGzipKiB: 84,
    mustNotContain: ['opencc'],
  },
];

let failed = false;
for (const b of BUDGETS) {
  const r = await build({
    stdin: { contents: b.code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: {
      'huiwu/decimal': './dist/esm/decimal/index.js',
      'huiwu/text': './dist/esm/text/index.js',
      huiwu: './dist/esm/index.js',
    },
  });
  const bytes = r.outputFiles[0]!.contents;
  const gz = gzipSync(bytes).length / 1024;
  // A module counts only if some of its code survives tree-shaking.
  const out = Object.values(r.metafile.outputs)[0]!.inputs;
  const inputs = Object.keys(out).filter((i) => out[i]!.bytesInOutput > 0);
  const leaked = (b.mustNotContain ?? []).filter((m) => inputs.some((i) => i.includes(`node_modules/${m}`)));
  const ok = gz <= b.maxGzipKiB && leaked.length === 0;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${(bytes.length / 1024).toFixed(1)} KiB min, ${gz.toFixed(1)} KiB gzip (budget ${b.maxGzipKiB})${leaked.length ? `; pulls in ${leaked.join(', ')}` : ''}`,
  );
}
process.exit(failed ? 1 : 0);
