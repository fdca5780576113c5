import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_RULES, RULE_DOCS, RULES_PATH, renderRules } from '../../scripts/gen-rules.js';
import { BUDGET_MESSAGES } from '../../src/index.js';

const SRC = join(__dirname, '../../src');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, text: readFileSync(file, 'utf8') };
    });
}

const RULE_ID = String.raw`[a-z][a-z-]*(?:\.[a-z-]+)+`;

/**
 * Every rule id the sources can emit, read from the code: `rule: 'x'` in finding specs and claims,
 * `make('x', …)` / `finding('x', …)` calls, and template ids such as `policy.quota.${part}` expanded
 * with the array the variable iterates over.
 */
function ruleIdsInSources(): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (id: string, file: string) => {
    if (!ids.has(id)) ids.set(id, file.slice(SRC.length + 1));
  };
  for (const { file, text } of sources(SRC)) {
    for (const m of text.matchAll(new RegExp(String.raw`\brule:\s*'(${RULE_ID})'`, 'g'))) add(m[1]!, file);
    for (const m of text.matchAll(new RegExp(String.raw`\b(?:make|finding)\(\s*'(${RULE_ID})'`, 'g')))
      add(m[1]!, file);
    for (const m of text.matchAll(/(?:\brule:\s*|\bfinding\(\s*)`([a-z][a-z.-]*)\$\{(\w+)\}`/g)) {
      const [, prefix, variable] = m;
      const loop = new RegExp(String.raw`for \(const ${variable} of \[([^\]]+)\]`).exec(text);
      if (!loop) {
        add(`${prefix}*`, file); // unresolvable template: fails below until the catalogue covers it
        continue;
      }
      for (const v of loop[1]!.matchAll(/'([a-z-]+)'/g)) add(`${prefix}${v[1]}`, file);
    }
  }
  for (const id of Object.keys(BUDGET_MESSAGES)) add(id, join(SRC, 'budget/messages.ts'));
  return ids;
}

const rulesMd = readFileSync(RULES_PATH, 'utf8');

describe('docs/rules.md, the rule catalogue', () => {
  const inSources = ruleIdsInSources();

  it('finds the rule ids of every domain in the sources (the scan itself works)', () => {
    for (const id of [
      'product.line',
      'sum.total',
      'policy.quota.lodging',
      'policy.quota.other',
      'venue.capacity',
      'text.typo',
      'duration.days',
    ]) {
      expect(inSources.has(id), id).toBe(true);
    }
    expect(inSources.size).toBeGreaterThanOrEqual(35);
  });

  it('documents every rule id found in src/', () => {
    const missing = [...inSources].filter(([id]) => !rulesMd.includes(`### \`${id}\``));
    expect(missing.map(([id, file]) => `${id} (${file})`)).toEqual([]);
  });

  it('documents no rule id that the sources do not have', () => {
    const documented = [...rulesMd.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]!);
    expect(documented.filter((id) => !inSources.has(id))).toEqual([]);
  });

  it('has a worked example for every id the library emits, and lists the rest as reserved', () => {
    const withExamples = new Set(RULE_DOCS.map((r) => r.rule));
    const uncovered = [...inSources.keys()].filter((id) => !withExamples.has(id));
    expect(uncovered.sort()).toEqual([...RESERVED_RULES].sort());
    for (const r of RULE_DOCS) expect(r.examples.length, r.rule).toBeGreaterThan(0);
  });

  it('is exactly what scripts/gen-rules.ts generates from the current library', () => {
    expect(renderRules()).toBe(rulesMd);
  });

  it('shows the real finding of the city work-meeting total: 45000 stated, 48700 computed', () => {
    expect(rulesMd).toContain('"stated": "45000"');
    expect(rulesMd).toContain('"expected": "48700"');
    expect(rulesMd).toContain('"difference": "-3700"');
  });
});
