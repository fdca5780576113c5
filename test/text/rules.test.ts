import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';
import { RULE_EXAMPLES } from '../../src/text/rules/examples.js';
import { RULES } from '../../src/text/rules/registry.js';

it('every rule the auditor runs has its examples, in the same order', () => {
  expect(RULE_EXAMPLES.map(([r]) => r)).toEqual([...RULES]);
});

// Every relation rule carries its own examples; they are the rule's specification, run here and
// printed in the rule catalogue.
describe.each(RULE_EXAMPLES.map(([r, ex]) => [r.name, r, ex] as const))('rule %s', (_name, rule, ex) => {
  it('has examples of both kinds and names what it emits', () => {
    expect(ex.ok.length).toBeGreaterThan(0);
    expect(ex.notOk.length).toBeGreaterThan(0);
    expect(rule.emits.length).toBeGreaterThan(0);
    expect(rule.summary.length).toBeGreaterThan(10);
  });

  it.each(ex.ok.map((e) => [e.text, e] as const))('accepts %s', (_t, example) => {
    const findings = auditText(example.text).findings.filter((f) => !f.rule.startsWith('text.'));
    for (const want of example.findings) {
      expect(findings).toContainEqual(expect.objectContaining(want));
    }
    expect(findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });

  it.each(ex.notOk.map((e) => [e.text, e] as const))('reports %s', (_t, example) => {
    const findings = auditText(example.text).findings;
    for (const want of example.findings) {
      expect(findings).toContainEqual(expect.objectContaining(want));
    }
    const own = findings.filter((f) => f.verdict === 'mismatch' && rule.emits.includes(f.rule));
    expect(own.length).toBeGreaterThan(0);
  });
});
