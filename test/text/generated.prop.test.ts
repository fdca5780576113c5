import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/audit/finding.js';
import { auditText } from '../../src/text/index.js';
import { type Injection, lineAmount, modelArb, render, surfaceArb } from './generator/render.js';

const mismatches = (text: string): Finding[] =>
  auditText(text).findings.filter((f) => f.verdict === 'mismatch');
const lineOf = (f: Finding) => ('line' in f.at ? f.at.line : -1);
const RUNS = { numRuns: 150 };

describe('generated documents in many surface forms', () => {
  it('give no mismatch when they are consistent', () => {
    fc.assert(
      fc.property(modelArb, surfaceArb, (m, s) => {
        const doc = render(m, s);
        expect(mismatches(doc.text).map((f) => [f.rule, lineOf(f), f.stated, f.expected])).toEqual([]);
      }),
      RUNS,
    );
  });

  it('give exactly the injected error, at its line, with its exact difference', () => {
    const injection = (lines: number): fc.Arbitrary<Injection> =>
      fc.oneof(
        fc.record({
          kind: fc.constant('line' as const),
          index: fc.nat({ max: lines - 1 }),
          delta: fc.integer({ min: 1, max: 500 }),
        }),
        fc.record({ kind: fc.constant('total' as const), delta: fc.integer({ min: 1, max: 500 }) }),
        fc.record({ kind: fc.constant('group-total' as const), delta: fc.integer({ min: 1, max: 20 }) }),
        fc.record({ kind: fc.constant('weekday' as const), delta: fc.integer({ min: 1, max: 6 }) }),
      );
    fc.assert(
      fc.property(
        modelArb.chain((m) => fc.tuple(fc.constant(m), surfaceArb, injection(m.lines.length))),
        ([m, s, inj]) => {
          const doc = render(m, s, inj);
          const found = mismatches(doc.text);
          expect(found).toHaveLength(1);
          const f = found[0]!;
          if (inj.kind === 'line') {
            expect(lineOf(f)).toBe(doc.at.lines[inj.index]);
            expect(f.difference).toBe(String(inj.delta));
            expect(f.expected).toBe(lineAmount(m.lines[inj.index]!).toFixed());
          } else if (inj.kind === 'total') {
            expect([lineOf(f), f.difference]).toEqual([doc.at.total, String(inj.delta)]);
          } else if (inj.kind === 'group-total') {
            expect([f.rule, lineOf(f), f.difference]).toEqual([
              'count.attendees',
              doc.at.groupTotal,
              String(inj.delta),
            ]);
          } else {
            expect([f.rule, lineOf(f)]).toEqual(['date.weekday', doc.at.weekday]);
          }
        },
      ),
      RUNS,
    );
  });

  it('give the same findings in every surface form of the same document', () => {
    const key = (fs: Finding[]) =>
      fs
        .filter((f) => !f.rule.startsWith('text.'))
        .map((f) => [f.rule, f.verdict, f.stated, f.expected].join(' '))
        .sort();
    fc.assert(
      fc.property(modelArb, surfaceArb, surfaceArb, fc.integer({ min: 1, max: 300 }), (m, a, b, delta) => {
        // Layout changes which rule reads a budget line (an equation, or a table row); the rest must agree.
        const sameLayout = { ...b, layout: a.layout };
        const inj: Injection = { kind: 'total', delta };
        expect(key(auditText(render(m, sameLayout, inj).text).findings)).toEqual(
          key(auditText(render(m, a, inj).text).findings),
        );
      }),
      { numRuns: 80 },
    );
  });
});
