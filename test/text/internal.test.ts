import { describe, expect, it, vi } from 'vitest';
import { auditText } from '../../src/text/index.js';

// A deliberately broken rule: the safety net must report it, not hide it.
vi.mock('../../src/text/rules/list-total.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/text/rules/list-total.js')>();
  return {
    ...real,
    listTotal: {
      ...real.listTotal,
      check: (ctx: Parameters<typeof real.listTotal.check>[0]) => {
        if (ctx.block.kind === 'paragraph' && ctx.block.line.text.includes('BOOM')) throw new Error('boom');
        real.listTotal.check(ctx);
      },
    },
  };
});

describe('text.internal', () => {
  it('reports a failing rule as an info finding and goes on', () => {
    const r = auditText('BOOM\n奖牌:60元*40=2500元');
    expect(r.findings.find((f) => f.rule === 'text.internal')).toMatchObject({
      severity: 'info',
      stated: 'list-total',
      at: { line: 1, column: 1 },
      reason: 'extractor list-total failed: boom',
    });
    expect(r.findings.find((f) => f.rule === 'product.line')?.verdict).toBe('mismatch');
  });

  it('rethrows with onInternalError: throw', () => {
    expect(() => auditText('BOOM', { onInternalError: 'throw' })).toThrow('boom');
  });
});
