/** Scenario 5: parsing amounts from strings, and 大写 formatting and parsing. */
import Big from 'big.js';
import Decimal from 'decimal.js';
import { parseAmount, parseChineseUppercase, toChineseUppercase } from '../src/index.js';
import { priceLines } from './data.js';
import { type Contender, runScenario } from './harness.js';

export async function parseScenario(n: number) {
  const { prices } = priceLines(n, 3);
  const contenders: Contender[] = [
    {
      name: 'huiwu parseAmount (validating: units, grouping, full width)',
      fn: () => {
        let k = 0;
        for (const p of prices) if (!parseAmount(p).isZero()) k++;
        return k;
      },
    },
    {
      name: 'decimal.js new Decimal()',
      fn: () => {
        let k = 0;
        for (const p of prices) if (!new Decimal(p).isZero()) k++;
        return k;
      },
    },
    {
      name: 'big.js new Big()',
      fn: () => {
        let k = 0;
        for (const p of prices) if (new Big(p).gt(0)) k++;
        return k;
      },
    },
    {
      name: 'parseFloat (float baseline)',
      fn: () => {
        let k = 0;
        for (const p of prices) if (Number.parseFloat(p) !== 0) k++;
        return k;
      },
    },
  ];
  return runScenario(`5a. parse ${n.toLocaleString('en')} amounts from strings`, contenders, {
    iterations: 5,
  });
}

export async function uppercaseScenario(n: number) {
  const { prices } = priceLines(n, 5);
  const contenders: Contender[] = [
    {
      name: 'huiwu toChineseUppercase → parseChineseUppercase',
      fn: () => {
        let bad = 0;
        for (const p of prices) if (parseChineseUppercase(toChineseUppercase(p)).toFixed(2) !== p) bad++;
        return bad;
      },
      check: (r) => (r === 0 ? 'every amount round-trips' : `${r} did not round-trip`),
    },
  ];
  return runScenario(`5b. ${n.toLocaleString('en')} amounts to 大写 and back`, contenders, { iterations: 3 });
}
