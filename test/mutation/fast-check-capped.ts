/**
 * fast-check for mutation runs only (wired in by test/mutation/vitest.config.ts as an alias): the same
 * library, but every property runs at most {@link CAP} cases. A mutant is run against every test that
 * covers it, and the decimal core is covered by nearly all of them, so full-size properties would make a
 * Stryker run take hours. The normal suite (`vitest run`) uses fast-check unchanged.
 */

import type * as Fc from 'fast-check';
// Imported by file path to bypass the alias.
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

const CAP = 20;
const lib = real as typeof Fc;

function assertCapped<Ts>(property: Fc.IRawProperty<Ts>, params?: Fc.Parameters<Ts>) {
  return lib.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? CAP, CAP) });
}

const capped = { ...lib.default, assert: assertCapped } as typeof Fc.default;

export * from '../../node_modules/fast-check/lib/fast-check.js';
export { assertCapped as assert };
export default capped;
