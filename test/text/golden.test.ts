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
  findings.set(f.slice(0, 3), auditText(readFileSync(join(dir, 'seeds', f), 'utf8')).findings);

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

  it('reports the city budget once with its difference', () => {
    const f = (findings.get('000') ?? []).find((x) => x.rule === 'sum.total' && x.verdict === 'mismatch');
    expect(f).toMatchObject({ stated: '45000', expected: '48700', difference: '-3700', at: { line: 222 } });
    expect(alsoLines(f!)).toEqual([296, 423]);
  });
});
