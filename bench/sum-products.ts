/** Scenario 1: exact Σ unit price × quantity over many lines, huiwu against the peers and floats. */
import Big from 'big.js';
import BigNumber from 'bignumber.js';
import currency from 'currency.js';
import Decimal from 'decimal.js';
import { add, dinero, multiply, toSnapshot } from 'dinero.js';
import { CNY } from 'dinero.js/currencies';
import { ExactSum } from '../src/index.js';
import { priceLines } from './data.js';
import { type Contender, runScenario } from './harness.js';

export async function sumProductsScenario(n: number) {
  const { prices, quantities, cents, qtyInts } = priceLines(n);
  let exact = '';
  const same = (r: unknown) => {
    const s = String(r);
    return s === exact ? 'exact' : `off by ${new Decimal(s).minus(exact).toString()}`;
  };
  const contenders: Contender[] = [
    {
      name: 'huiwu ExactSum',
      fn: () => {
        const acc = new ExactSum();
        for (let i = 0; i < n; i++) acc.addProduct(prices[i]!, quantities[i]!);
        return acc.value().toFixed();
      },
    },
    {
      name: 'decimal.js (naive loop)',
      fn: () => {
        let acc = new Decimal(0);
        for (let i = 0; i < n; i++) acc = acc.plus(new Decimal(prices[i]!).times(quantities[i]!));
        return acc.toFixed();
      },
      check: same,
    },
    {
      name: 'big.js',
      fn: () => {
        let acc = new Big(0);
        for (let i = 0; i < n; i++) acc = acc.plus(new Big(prices[i]!).times(quantities[i]!));
        return acc.toFixed();
      },
      check: same,
    },
    {
      name: 'bignumber.js',
      fn: () => {
        let acc = new BigNumber(0);
        for (let i = 0; i < n; i++) acc = acc.plus(new BigNumber(prices[i]!).times(quantities[i]!));
        return acc.toFixed();
      },
      check: same,
    },
    {
      name: 'dinero.js v2 (integer cents)',
      fn: () => {
        let acc = dinero({ amount: 0, currency: CNY });
        for (let i = 0; i < n; i++)
          acc = add(acc, multiply(dinero({ amount: cents[i]!, currency: CNY }), qtyInts[i]!));
        const s = toSnapshot(acc);
        return new Decimal(s.amount).dividedBy(100).toFixed();
      },
      check: same,
    },
    {
      name: 'currency.js',
      fn: () => {
        let acc = currency(0);
        for (let i = 0; i < n; i++) acc = acc.add(currency(prices[i]!).multiply(qtyInts[i]!));
        return acc.toString().replace(/,/g, '');
      },
      check: same,
    },
    {
      name: 'JS numbers (float baseline)',
      fn: () => {
        let acc = 0;
        for (let i = 0; i < n; i++) acc += Number.parseFloat(prices[i]!) * qtyInts[i]!;
        return acc;
      },
      check: (r) => {
        const d = new Decimal(String(r)).minus(exact);
        return d.isZero() ? 'happens to be exact' : `off by ${d.toSignificantDigits(6).toString()}`;
      },
    },
  ];
  exact = String(contenders[0]!.fn());
  const res = await runScenario(
    `1. Σ unit price × quantity, ${n.toLocaleString('en')} lines`,
    contenders,
    n >= 1e6 ? { iterations: 5 } : {},
  );
  res.extra = { 'exact total': exact };
  return res;
}
