/**
 * Audits the raw text of a real meeting plan (an excerpt of a scraped city work-meeting plan, with its
 * Traditional characters and pinyin glosses left in) and prints each finding with its line and column.
 * Run: npx tsx examples/audit-text.ts [file]
 */
import { readFileSync } from 'node:fs';
import { auditText } from '../src/index.js';

const file = process.argv[2] ?? new URL('./plans/city-work-meeting.txt', import.meta.url).pathname;
const { claims, findings } = auditText(readFileSync(file, 'utf8'));
console.log(`${claims.length} claims read from ${file}\n`);
for (const f of findings) {
  // Text findings always stand at a line and column: no narrowing needed.
  console.log(`${f.at.line}:${f.at.column}  ${f.verdict.padEnd(11)} ${f.rule}`);
  console.log(`    ${f.at.excerpt}`);
  console.log(`    ${f.messages.zh}\n    ${f.messages.en}`);
}
