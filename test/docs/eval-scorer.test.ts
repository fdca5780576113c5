import { describe, expect, it } from 'vitest';
import { about, type Case } from '../../scripts/eval.js';
import { auditText } from '../../src/text/index.js';

// The scorer matches a finding to a hand-checked case by line and stated figure; a case may write
// its figure with its unit sign or as a ratio, and a finding states the bare number.
const finding = (text: string) => {
  const f = auditText(text).findings.find((x) => x.verdict === 'mismatch');
  if (!f) throw new Error(`no mismatch in ${text}`);
  return f;
};
const kase = (stated: Record<string, string>): Case => ({
  id: 'c',
  line: 1,
  kind: 'rate',
  verdict: 'mismatch',
  stated,
});

describe('eval scorer: about()', () => {
  const f = finding('全市3129个招聘计划中,2624个集中在教育卫生系统,占全市招聘计划的85%。');

  it('hears a case whose rate carries its % sign', () => {
    expect(about(f, kase({ rate: '85%' }))).toBe(true);
  });

  it('hears a case written as a ratio through either term', () => {
    expect(about(f, kase({ ratio: '85:15' }))).toBe(true);
  });

  it('does not hear a case of another figure on the line', () => {
    expect(about(f, kase({ rate: '84%' }))).toBe(false);
    expect(about(f, { ...kase({ rate: '85%' }), line: 2 })).toBe(false);
  });
});
