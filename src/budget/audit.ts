import type { Finding, Severity, Verdict } from '../audit/finding.js';
import { judge } from '../audit/judge.js';
import { Dec, toPlain } from '../decimal/dec.js';
import { type BudgetUnit, UNIT_EXPONENT } from '../decimal/units.js';
import { formatPath } from '../errors.js';
import {
  type ComputedBudget,
  type ComputedNode,
  type ComputeOptions,
  computeBudget,
  nodeValue,
  type Path,
} from './compute.js';
import { FastItem } from './fast-item.js';
import { BUDGET_MESSAGES, type BudgetRule, type MessageArgs } from './messages.js';
import type { BudgetInput } from './schema.js';
import type { StatedFigure } from './stated.js';

/** Result of {@link auditBudget}: the computed budget and its findings, root causes first. */
export interface BudgetAudit {
  budget: ComputedBudget;
  findings: Finding[];
  /** Count of findings by verdict, for a one-line summary. */
  summary: { mismatches: number; uncheckable: number; info: number };
}

/** Options for {@link auditBudget}. */
export interface AuditOptions extends ComputeOptions {
  /** Report `info` findings (rounded matches, provisional quantities). Default true. */
  info?: boolean;
}

interface Ctx {
  roots: Finding[];
  consequences: Finding[];
  infos: Finding[];
  /** Ids of nodes whose own stated figure is wrong: the root causes sums may inherit. */
  wrong: Set<string>;
}

function make(
  rule: BudgetRule,
  severity: Severity,
  verdict: Verdict,
  path: Path,
  args: MessageArgs,
  figures: { stated?: string; expected?: string; difference?: string } = {},
): Finding {
  const messages = BUDGET_MESSAGES[rule](args);
  return { rule, severity, verdict, at: { path }, ...figures, message: messages.en, messages };
}

const s = (d: Dec) => toPlain(d);

/** Converts a value in 元 to `unit`. */
function inUnit(yuan: Dec, unit: BudgetUnit): Dec {
  return yuan.dividedBy(new Dec(10).pow(UNIT_EXPONENT[unit]));
}

/**
 * The figure the document itself implies for a node: its stated figure when it gives one, otherwise
 * the sum of what it states for the parts. Comparing a stated total with this tells a writer's
 * addition slip (root cause) from an error inherited from a wrong line above (consequence).
 */
function documentFigure(n: ComputedNode, unit: BudgetUnit): Dec | null {
  if (n.stated && !n.stated.placeholder && n.stated.value) return inUnit(n.stated.value, unit);
  if (n.kind === 'item') return nodeValue(n, unit);
  let t: Dec | null = new Dec(0);
  for (const c of n.children) {
    const v = documentFigure(c, n.moneyUnit);
    if (v === null) return null;
    t = t.plus(v);
  }
  return nodeValue({ ...n, subtotal: t }, unit);
}

/** Σ of what the document states for each part (its own figure where it gives one). */
function statedPartsSum(children: ComputedNode[], unit: BudgetUnit): Dec | null {
  let t: Dec | null = new Dec(0);
  for (const c of children) {
    const v = documentFigure(c, unit);
    if (v === null) return null;
    t = t.plus(v);
  }
  return t;
}

/** Ids of the wrong lines a sum inherits: wrong children, and wrong lines inside children that state no subtotal. */
function causesOf(children: ComputedNode[], wrong: Set<string>): string[] {
  const out: string[] = [];
  if (wrong.size === 0) return out;
  for (const c of children) {
    // A fast item whose stated amount equals its product cannot be wrong; skip building its id.
    if (c instanceof FastItem && c.exact) continue;
    if (wrong.has(c.id)) out.push(c.id);
    else if (c.kind === 'section' && !c.stated) out.push(...causesOf(c.children, wrong));
  }
  return out;
}

function checkFigure(
  ctx: Ctx,
  node: {
    id: string;
    path: Path;
    stated?: StatedFigure | undefined;
    approximate: boolean;
    moneyUnit: BudgetUnit;
  },
  value: Dec | null,
  rule: 'product.line' | 'sum.subtotal' | 'sum.total',
  statedPath: Path,
  args: MessageArgs,
  children: ComputedNode[] | null,
): void {
  const st = node.stated;
  if (!st) return;
  const unit = node.moneyUnit;
  const what =
    rule === 'sum.total'
      ? 'The total'
      : rule === 'sum.subtotal'
        ? `The subtotal of ${args.name}`
        : `The amount of ${args.name}`;
  const whatZh =
    rule === 'sum.total' ? '共计' : rule === 'sum.subtotal' ? `${args.name}小计` : `${args.name}金额`;
  const common = { ...args, what, whatZh, unit };
  if (st.placeholder || !st.value) {
    ctx.infos.push(
      make(
        'stated.placeholder',
        'info',
        'uncheckable',
        statedPath,
        { ...common, stated: st.text },
        { stated: st.text },
      ),
    );
    return;
  }
  const stated = inUnit(st.value, unit);
  if (value === null) {
    const part = children ? firstUnknown(children) : args.name;
    ctx.infos.push(
      make(
        'sum.unknown-part',
        'info',
        'uncheckable',
        statedPath,
        { ...common, part: part ?? '?' },
        { stated: s(stated) },
      ),
    );
    return;
  }
  // Places are relative to 元; shift them to the node's unit for the comparison in that unit.
  const places = st.places + UNIT_EXPONENT[unit];
  const j = judge(stated, places, value, { approximate: st.approximate || node.approximate });
  const figures = { stated: s(stated), expected: s(value), difference: s(j.difference) };
  const full = { ...common, ...figures, stated: st.text };
  if (j.verdict === 'match') {
    if (j.rounded) ctx.infos.push(make('stated.rounded', 'info', 'match', statedPath, full, figures));
    const causes = children ? causesOf(children, ctx.wrong) : [];
    if (causes.length && children) {
      // The sum is right, yet the document's own figures above it do not add up to it.
      const parts = statedPartsSum(children, unit);
      if (parts !== null && judge(stated, places, parts).verdict !== 'match') {
        const f = make(
          'sum.stated-parts',
          'info',
          'match',
          statedPath,
          { ...full, partsSum: s(parts), causes: causes.join(', ') },
          figures,
        );
        f.causedBy = causes;
        ctx.consequences.push(f);
      }
    }
    return;
  }
  if (j.verdict === 'uncheckable') {
    ctx.infos.push(make('stated.approximate', 'info', 'uncheckable', statedPath, full, figures));
    return;
  }
  ctx.wrong.add(node.id);
  if (!children) {
    ctx.roots.push(make(rule, 'error', 'mismatch', statedPath, full, figures));
    return;
  }
  const causes = causesOf(children, ctx.wrong);
  const partsSum = statedPartsSum(children, unit);
  // The writer added the stated parts correctly, so the error comes from the wrong lines above.
  const inherited =
    causes.length > 0 && partsSum !== null && judge(stated, places, partsSum).verdict === 'match';
  if (inherited) {
    const f = make(
      rule,
      'error',
      'mismatch',
      statedPath,
      {
        ...full,
        cause: ` — it follows from the wrong figure(s) at ${causes.join(', ')}`,
        causeZh: `，由 ${causes.join('、')} 的差错导致`,
      },
      figures,
    );
    f.causedBy = causes;
    ctx.consequences.push(f);
  } else ctx.roots.push(make(rule, 'error', 'mismatch', statedPath, full, figures));
}

function firstUnknown(children: ComputedNode[]): string | undefined {
  for (const c of children) {
    if ((c.kind === 'item' ? c.amount : c.subtotal) === null) {
      return c.kind === 'section' ? (firstUnknown(c.children) ?? c.name) : c.name;
    }
  }
  return undefined;
}

function visit(ctx: Ctx, nodes: ComputedNode[], info: boolean): void {
  for (const n of nodes) {
    if (n.kind === 'item') {
      // A fast item whose stated amount equals its product exactly has nothing to report.
      const settled = n instanceof FastItem && n.exact;
      if (settled && !n.provisional) continue;
      const unitPrice = n.unitPrice;
      const args: MessageArgs = {
        name: n.name,
        unitPrice: unitPrice ? s(unitPrice) : '',
        quantity: n.factors.map((f) => s(f.value)).join(' × '),
        unit: n.moneyUnit,
      };
      if (!settled) {
        // Only a priced line has something to check its stated amount against; a lump sum is its own figure.
        if (unitPrice) checkFigure(ctx, n, n.amount, 'product.line', [...n.path, 'amount'], args, null);
        else if (n.stated?.placeholder)
          checkFigure(ctx, n, null, 'product.line', [...n.path, 'amount'], args, null);
      }
      if (n.provisional && info)
        ctx.infos.push(make('item.provisional', 'info', 'match', [...n.path, 'provisional'], args));
    } else {
      visit(ctx, n.children, info);
      checkFigure(
        ctx,
        n,
        n.subtotal,
        'sum.subtotal',
        [...n.path, 'subtotal'],
        { name: n.name, unit: n.moneyUnit },
        n.children,
      );
    }
  }
}

/**
 * Computes a budget and checks every figure it states against what its parts give: each line's
 * amount (`product.line`), each section's subtotal (`sum.subtotal`) and the total (`sum.total`).
 * A figure written with k decimals matches when the exact value rounds (half up) to it. A stated sum
 * that is off only because a line above it is off is marked as a consequence (`causedBy`) and listed
 * after its root causes.
 *
 * @example
 * ```ts
 * const { findings } = auditBudget({
 *   title: '工作会议经费预算',
 *   items: [
 *     { name: '场租费', amount: '2800' }, { name: '横额等', amount: '3000' },
 *     { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2400' },
 *   ],
 *   total: '8000',
 * });
 * findings[0].difference; // '-200'
 * ```
 */
export function auditBudget(input: BudgetInput, opts: AuditOptions = {}): BudgetAudit {
  const budget = computeBudget(input, opts);
  const info = opts.info !== false;
  const ctx: Ctx = { roots: [], consequences: [], infos: [], wrong: new Set() };
  for (const u of budget.unknownFields) {
    ctx.roots.push(make('input.unknown-field', 'warning', 'uncheckable', [...u.path, u.key], { key: u.key }));
  }
  visit(ctx, budget.children, info);
  const rootNode = {
    id: '(total)',
    path: [],
    approximate: budget.approximate,
    moneyUnit: budget.moneyUnit,
    ...(budget.stated ? { stated: budget.stated } : {}),
  };
  checkFigure(
    ctx,
    rootNode,
    budget.total,
    'sum.total',
    ['total'],
    { name: budget.title, unit: budget.moneyUnit },
    budget.children,
  );
  if (budget.itemCount === 0) ctx.roots.push(make('budget.empty', 'warning', 'match', [], {}));
  if (budget.headCount?.isZero()) {
    ctx.infos.push(make('budget.per-person', 'warning', 'uncheckable', ['headCount'], { headCount: '0' }));
  }
  const keep = (fs: Finding[]) => (info ? fs : fs.filter((f) => f.severity !== 'info'));
  // A consequence may be info too (sum.stated-parts): info: false leaves it out like any other.
  const findings = [...ctx.roots, ...keep(ctx.consequences), ...keep(ctx.infos)];
  return {
    budget,
    findings,
    summary: {
      mismatches: findings.filter((f) => f.verdict === 'mismatch').length,
      uncheckable: findings.filter((f) => f.verdict === 'uncheckable').length,
      info: findings.filter((f) => f.severity === 'info').length,
    },
  };
}

/**
 * Formats a finding's location for people: `sections[0].items[2].amount`.
 *
 * @example
 * ```ts
 * findingPath(finding); // 'sections[0].items[2].amount' or '222:6'
 * ```
 */
export function findingPath(f: Finding): string {
  return 'path' in f.at ? formatPath(f.at.path) : `${f.at.line}:${f.at.column}`;
}
