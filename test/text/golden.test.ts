import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/audit/finding.js';
import { auditText } from '../../src/text/index.js';
import { EXTRA_MISMATCHES } from '../fixtures/text/extra-mismatches.js';

interface Case {
  id: string;
  line: number;
  kind: string;
  verdict: 'match' | 'mismatch' | 'uncheckable' | 'repeat';
  stated?: Record<string, unknown> | null;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'text');
const seedFiles = readdirSync(join(dir, 'seeds'));
const seedOf = (caseFile: string): string => caseFile.slice(0, 3);
const findings = new Map<string, Finding[]>();
for (const f of seedFiles)
  findings.set(
    f.slice(0, 3),
    auditText(readFileSync(join(dir, 'seeds', f), 'utf8'), { onInternalError: 'throw' }).findings,
  );

const cases: (Case & { seed: string })[] = readdirSync(join(dir, 'cases'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) =>
    (JSON.parse(readFileSync(join(dir, 'cases', f), 'utf8')) as Case[]).map((c) => ({
      ...c,
      seed: seedOf(f),
    })),
  );

const lineOf = (f: Finding): number => ('line' in f.at ? f.at.line : -1);
const alsoLines = (f: Finding): number[] => (f.alsoAt ?? []).map((a) => ('line' in a ? a.line : -1));
const statedValues = (c: Case): string[] =>
  Object.values(c.stated ?? {}).filter((v): v is string => typeof v === 'string');

/** A finding speaks to a case when it sits on the case's line and states one of the case's figures. */
function about(f: Finding, c: Case, line = c.line): boolean {
  if (lineOf(f) !== line) return false;
  const vals = statedValues(c);
  return vals.length === 0 || (f.stated !== undefined && vals.includes(f.stated));
}

const mismatchesOf = (seed: string): Finding[] =>
  (findings.get(seed) ?? []).filter((f) => f.verdict === 'mismatch');

describe('golden cases from the seed documents', () => {
  it('has the cases and seeds', () => {
    expect(cases.length).toBe(147);
    expect(seedFiles.length).toBe(3);
  });

  it('finds every mismatch case at its line (recall 7/7)', () => {
    const wanted = cases.filter((c) => c.verdict === 'mismatch');
    const found = wanted.filter((c) => mismatchesOf(c.seed).some((f) => about(f, c)));
    expect(wanted.map((c) => c.id).filter((id) => !found.some((c) => c.id === id))).toEqual([]);
    expect(`${found.length}/${wanted.length}`).toBe('7/7');
  });

  it('reports no mismatch at a match or uncheckable case (false mismatches 0)', () => {
    const mismatchLines = new Set(
      cases.filter((c) => c.verdict === 'mismatch').map((c) => `${c.seed}:${c.line}`),
    );
    const clean = cases.filter((c) => c.verdict === 'match' || c.verdict === 'uncheckable');
    const falseOnes = clean.filter((c) =>
      mismatchesOf(c.seed).some((f) =>
        // Where a mismatch case shares the line, only a finding about this case's figures counts against it.
        mismatchLines.has(`${c.seed}:${c.line}`) ? about(f, c) : lineOf(f) === c.line,
      ),
    );
    expect(falseOnes.map((c) => c.id)).toEqual([]);
    expect(clean.length).toBe(136);
  });

  it('reports no mismatch at the rate cases, and checks those with both ends stated', () => {
    const rates = cases.filter((c) => c.kind === 'rate');
    expect(rates.map((c) => c.verdict).sort()).toEqual([
      ...Array(3).fill('match'),
      ...Array(9).fill('uncheckable'),
    ]);
    const wrong = rates.filter((c) => mismatchesOf(c.seed).some((f) => lineOf(f) === c.line));
    expect(wrong.map((c) => c.id)).toEqual([]);
    // What the rate rules say at the cases they can check: [case, rule, verdict, stated].
    const said = rates.flatMap((c) =>
      (findings.get(c.seed) ?? [])
        .filter((f) => f.rule.startsWith('rate.') && about(f, c))
        .map((f) => [c.id, f.rule, f.verdict, f.stated]),
    );
    expect(said).toEqual([
      // 1.067 → 0.853 is −20.06%: 20% at the precision written.
      ['000a-032-rate-energy-intensity', 'rate.change', 'match', '20'],
      // 1.26万 → 1.11万 is −11.90%, but with both ends rounded to 0.01万 the drop lies in 11.16%…12.65%.
      ['000a-032-rate-cod', 'rate.change', 'match', '11.6'],
      // 57 of 70余 (70…80) is 71.3%…81.4%: 80% could be right or wrong.
      ['003-187-rate', 'rate.ratio', 'uncheckable', '80'],
    ]);
  });

  it('lists every repeat case in alsoAt of the first report (4/4)', () => {
    const repeats = cases.filter((c) => c.verdict === 'repeat');
    const listed = repeats.filter((c) =>
      (findings.get(c.seed) ?? []).some(
        (f) => alsoLines(f).includes(c.line) && statedValues(c).includes(f.stated ?? ''),
      ),
    );
    expect(`${listed.length}/${repeats.length}`).toBe('4/4');
  });

  it('reports no other mismatches than the hand-checked extras', () => {
    const byCase = cases.filter((c) => c.verdict === 'mismatch');
    const extras = [...findings.keys()].flatMap((seed) =>
      mismatchesOf(seed)
        .filter((f) => !byCase.some((c) => c.seed === seed && about(f, c)))
        .map((f) => ({
          seed,
          line: lineOf(f),
          rule: f.rule,
          stated: f.stated ?? '',
          expected: f.expected ?? '',
        })),
    );
    expect(extras).toEqual(EXTRA_MISMATCHES);
    const total = [...findings.values()].reduce(
      (n, fs) => n + fs.filter((f) => f.verdict === 'mismatch').length,
      0,
    );
    expect(total).toBe(7); // 222 answers two cases (000 and 000a)
  });

  it('reports no internal error on the seeds', () => {
    for (const f of seedFiles) {
      const r = auditText(readFileSync(join(dir, 'seeds', f), 'utf8'));
      expect(r.findings.filter((x) => x.rule === 'text.internal')).toEqual([]);
    }
  });

  it('reports the repeated articles once, with their copies', () => {
    const reps = (seed: string) =>
      (findings.get(seed) ?? [])
        .filter((f) => f.rule === 'text.repeat')
        .map((f) => `${lineOf(f)}→${alsoLines(f).join(',')}`);
    expect(reps('000')).toEqual(['187→845', '198→265', '212→283', '258→385', '750→767', '1049→1082']);
    expect(reps('003')).toEqual(['211→245', '737→1083']);
    expect(reps('001')).toEqual([]);
  });

  it('reports the blank head count 就餐人员 人 once, with its repeats', () => {
    const f = (findings.get('000') ?? []).find((x) => x.rule === 'text.blank' && lineOf(x) === 214);
    expect(f).toMatchObject({ severity: 'info', verdict: 'uncheckable' });
    expect(alsoLines(f!)).toEqual([285, 412]);
  });

  it('reports the city budget once with its difference', () => {
    const f = (findings.get('000') ?? []).find((x) => x.rule === 'sum.total' && x.verdict === 'mismatch');
    expect(f).toMatchObject({ stated: '45000', expected: '48700', difference: '-3700', at: { line: 222 } });
    expect(alsoLines(f!)).toEqual([296, 423]);
  });
});
