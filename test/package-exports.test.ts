import { describe, expect, it } from 'vitest';
import * as decimal from '../src/decimal/index.js';
import * as text from '../src/text/index.js';

// What each entry point offers is its API; a name appearing or vanishing here is a decision, made in
// this list, not a side effect of an edit somewhere else.
describe('entry point exports', () => {
  it('huiwu/text exports the reading API and no internals of the auditor', () => {
    expect(Object.keys(text).sort()).toEqual([
      'auditChunks',
      'auditText',
      'createTextAuditor',
      'draftFromText',
      'formatChineseNumber',
      'localize',
      'normalize',
      'parseChineseNumber',
      'readPlan',
      'readPlans',
      'scanFigures',
    ]);
  });

  it('huiwu re-exports huiwu/text and huiwu/decimal whole', async () => {
    const root = (await import('../src/index.js')) as Record<string, unknown>;
    for (const [name, value] of [...Object.entries(text), ...Object.entries(decimal)])
      expect(root[name], name).toBe(value);
  });
});
