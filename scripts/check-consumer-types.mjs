// Compiles a consumer of the built package under every module resolution a user may have —
// nodenext and node16 (ESM and CJS) and bundler — with skipLibCheck off (tsc's default), and checks
// that a Dec is a real type (a typo in a method name must not compile). Runs after `npm run build`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const dir = mkdtempSync(join(tmpdir(), 'huiwu-consumer-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules', 'huiwu'), 'dir');

const body = (imp) => `${imp}
const b: BudgetInput = { title: 't', items: [{ name: 'a', amount: '1' }] };
const total = auditBudget(b).budget.total;
const s: string | undefined = total?.toFixed(2);
// @ts-expect-error a Dec has no toFixedd: the types are real, not any
total?.toFixedd(2);
// @ts-expect-error a misspelt field in a budget literal is a compile error (itmes)
auditBudget({ title: 't', itmes: [] });
// @ts-expect-error and in a meeting literal (grups)
planMeeting({ title: 't', grups: [] });
const r = round(parseAmount('1.005'), '分');
const n: number = auditText('x').findings.length + readPlan('会议地点：会议室').groups.length;
const f: typeof readFileText = readFileText;
export { s, r, n, f };
`;
const esm = `import { auditBudget, parseAmount, planMeeting, readPlan, type BudgetInput } from 'huiwu';
import { round } from 'huiwu/decimal';
import { auditText } from 'huiwu/text';
import { readFileText } from 'huiwu/files';`;
const cjs = `import huiwu = require('huiwu');
import decimal = require('huiwu/decimal');
import text = require('huiwu/text');
import files = require('huiwu/files');
type BudgetInput = huiwu.BudgetInput;
const { auditBudget, parseAmount, planMeeting, readPlan } = huiwu;
const { round } = decimal;
const { auditText } = text;
const { readFileText } = files;`;

const cases = [
  ['nodenext', 'nodenext', 'esm.mts', esm],
  ['nodenext', 'nodenext', 'cjs.cts', cjs],
  ['node16', 'node16', 'esm.mts', esm],
  ['node16', 'node16', 'cjs.cts', cjs],
  ['esnext', 'bundler', 'bundler.ts', esm],
];
let failed = 0;
for (const [module, resolution, file, imports] of cases) {
  const sub = join(dir, `${resolution}-${file.replace(/\W/g, '-')}`);
  mkdirSync(sub);
  symlinkSync(join(dir, 'node_modules'), join(sub, 'node_modules'), 'dir');
  writeFileSync(join(sub, file), body(imports));
  writeFileSync(
    join(sub, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module,
        moduleResolution: resolution,
        target: 'es2022',
        skipLibCheck: false,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
      },
      files: [file],
    }),
  );
  try {
    execFileSync(tsc, ['-p', sub], { encoding: 'utf8', stdio: 'pipe' });
    console.log(`ok   ${resolution} ${file}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${resolution} ${file}\n${e.stdout}${e.stderr}`);
  }
}
rmSync(dir, { recursive: true, force: true });
if (failed) process.exit(1);
