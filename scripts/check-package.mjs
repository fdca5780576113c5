// Checks the built package the way a user meets it: both module systems load every entry,
// and the CLI starts. Runs after `npm run build` in CI.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = ['huiwu', 'huiwu/decimal', 'huiwu/text', 'huiwu/files'];
for (const e of entries) {
  const esm = await import(e);
  const cjs = require(e);
  if (!Object.keys(esm).length || !Object.keys(cjs).length) throw new Error(`${e}: empty exports`);
}
const { auditBudget } = require('huiwu');
const r = auditBudget({ title: 't', items: [{ name: 'a', amount: '1' }], total: '2' });
if (r.findings[0]?.difference !== '1') throw new Error('CJS build computes a wrong difference');
const out = execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
if (!/^\d+\.\d+\.\d+/.test(out)) throw new Error(`CLI --version printed ${out}`);
console.log(`package OK: ${entries.join(', ')} load as ESM and CJS; CLI ${out.trim()}`);
