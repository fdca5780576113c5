import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlans } from '../../src/text/plan/read.js';

const TASKS = [
  '召开筹备工作会议。',
  '起草领导讲话稿和会议主持词。',
  '制作会议议程、座次表和参会证件。',
  '联系会场并布置主席台和会标',
  '做好参会人员的接送和就餐安排。',
  '收集各单位报名表,编排会议手册。',
  '负责会议期间的宣传报道工作',
  '准备会议所需音响、投影等设备并调试。',
];
const UNITS = ['办公室', '组织部', '宣传部', '后勤服务中心', '各学院', '校团委', '财务处'];
const PEOPLE = ['张婷', '李俊', '王万玲', '何涛', '赵一鸣', '陈晓'];
const WHEN = ['3月12日', '4月7日前', '会前3天', '5月20日全天', '会议期间'];

const rowArb = fc.record({
  task: fc.constantFrom(...TASKS),
  when: fc.option(fc.constantFrom(...WHEN), { nil: undefined }),
  unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
  person: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
});

/** A task table as a page copies a Word table out: every cell on a line, merged cells gone. */
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function render(rows: Row[], spacedHeader: boolean): string {
  const header = spacedHeader
    ? ['任 务', '完成时间', '负责单位', '负责人']
    : ['工作任务', '完成时限', '责任单位', '责任人'];
  const out = ['二、任务分解', ...header];
  for (const r of rows) {
    out.push(r.task);
    if (r.when) out.push(r.when);
    if (r.unit) out.push(r.unit);
    if (r.person) out.push(r.person);
  }
  out.push('三、工作要求', '各单位要高度重视,认真落实。');
  return out.join('\n');
}

describe('a task table copied out one cell per line', () => {
  it('reads every row that names an owner, with its deadline, on the task line', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, spaced) => {
        const text = render(rows, spaced);
        const lines = text.split('\n');
        const tasks = readPlans(text)[0]?.tasks ?? [];
        const want = rows
          .map((r, k) => ({ r, k }))
          .filter(({ r }) => r.unit || r.person)
          .map(({ r }) => ({
            task: r.task.replace(/。$/, ''),
            owner: [r.unit, r.person].filter(Boolean).join(' '),
            deadline: r.when,
          }));
        const got = tasks.map((t) => ({ task: t.task, owner: t.owner, deadline: t.deadline }));
        expect(got, text).toEqual(want);
        for (const t of tasks) expect(lines[t.at.line - 1], text).toContain(t.task);
      }),
      { numRuns: 200 },
    );
  });
});
