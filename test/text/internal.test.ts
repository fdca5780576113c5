import { describe, expect, it, vi } from 'vitest';
import { auditText } from '../../src/text/index.js';

// A deliberately broken extractor: the safety net must report it, not hide it.
vi.mock('../../src/text/extract-products.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/text/extract-products.js')>();
  return {
    ...real,
    extractProducts: (rec: Parameters<typeof real.extractProducts>[0]) => {
      if (rec.text.includes('BOOM')) throw new Error('boom');
      return real.extractProducts(rec);
    },
  };
});

describe('text.internal', () => {
  it('reports a failing extractor as an info finding and goes on', () => {
    const r = auditText('BOOM\n奖牌:60元*40=2500元');
    expect(r.findings.find((f) => f.rule === 'text.internal')).toMatchObject({
      severity: 'info',
      stated: 'products',
      at: { line: 1, column: 1 },
      reason: 'extractor products failed: boom',
    });
    expect(r.findings.find((f) => f.rule === 'product.line')?.verdict).toBe('mismatch');
  });

  it('rethrows with onInternalError: throw', () => {
    expect(() => auditText('BOOM', { onInternalError: 'throw' })).toThrow('boom');
  });
});
