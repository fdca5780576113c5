import { HuiwuError } from '../../src/index.js';

/** Runs `f` and returns the HuiwuError it throws; anything else (another error, or no error) fails the test. */
export function errorOf(f: () => unknown): HuiwuError {
  try {
    f();
  } catch (e) {
    if (e instanceof HuiwuError) return e;
    throw new Error(`expected a HuiwuError, got ${String(e)}`);
  }
  throw new Error('expected a HuiwuError, but nothing was thrown');
}
