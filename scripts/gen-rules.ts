/**
 * Writes docs/rules.md, the catalogue of every finding `rule` id huiwu can emit. Each example input is
 * run through the library and the findings printed are the ones it returned, so the catalogue cannot
 * drift from the code: test/docs/rules.test.ts regenerates it in memory and compares.
 *
 * Run: npx tsx scripts/gen-rules.ts          (writes docs/rules.md)
 *      npx tsx scripts/gen-rules.ts --check  (exit 1 when docs/rules.md is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { noteFindings, readXlsx } from '../src/files/index.js';
import {
  auditBudget,
  auditText,
  BUDGET_MESSAGES,
  type BudgetInput,
  CENTRAL_2016,
  checkPolicy,
  type Finding,
  type MeetingFacts,
  type MeetingInput,
  type Policy,
  planMeeting,
} from '../src/index.js';
import { internalFinding } from '../src/text/findings.js';
import { RULE_EXAMPLES } from '../src/text/rules/examples.js';

/** The four places findings come from. */
export type Domain = 'budget' | 'policy' | 'meeting' | 'text' | 'files';

/** One worked example: the code a user writes, the input, and a runner that returns the findings. */
interface Example {
  title: string;
  /** The call as a user writes it. */
  call: string;
  /** The input shown: JSON-able data or document text. */
  input: { json: unknown } | { text: string } | { ts: string };
  /** Another input the call uses (a policy of one's own), shown after the main one. */
  extra?: { name: string; json: unknown };
  run: () => Finding[];
}

/** A rule of the catalogue. */
export interface RuleDoc {
  domain: Domain;
  rule: string;
  meaning: string;
  examples: Example[];
}

// ---------------------------------------------------------------------------------------------------
// Budget rules: auditBudget(input)

const budget = (title: string, input: BudgetInput, opts?: { unknownKeys: 'report' }): Example => ({
  title,
  call: opts ? `auditBudget(input, ${tsLiteral(opts)}).findings` : 'auditBudget(input).findings',
  input: { json: input },
  run: () => auditBudget(input, opts).findings,
});

const BUDGET_RULES: RuleDoc[] = [
  {
    domain: 'budget',
    rule: 'product.line',
    meaning:
      "A priced line's stated `amount` differs from `unitPrice × quantity` (all factors multiplied). " +
      'Always `error` / `mismatch`; the figure is judged at the precision it was written with.',
    examples: [
      budget('60 × 40 is 2400, not 2500', {
        title: '会议预算',
        items: [{ name: '奖牌', unitPrice: '60', quantity: '40', unit: '个', amount: '2500' }],
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'sum.subtotal',
    meaning:
      "A section's stated `subtotal` differs from the exact sum of its items and sub-sections. `error` / " +
      '`mismatch`. When the subtotal is off only because a line inside it is off, the finding has ' +
      '`causedBy` and is listed after its root cause.',
    examples: [
      budget('2800 + 300 is 3100', {
        title: '会议预算',
        sections: [
          {
            name: '会务费',
            items: [
              { name: '场租费', amount: '2800' },
              { name: '鲜花', amount: '300' },
            ],
            subtotal: '3000',
          },
        ],
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'sum.total',
    meaning:
      'The stated grand `total` differs from the exact sum of everything in the budget. `error` / ' +
      '`mismatch`. A total that is wrong only because a line above it is wrong (the writer added the ' +
      'stated figures correctly) carries `causedBy` with the ids of those lines.',
    examples: [
      budget('The city work meeting: the items add to 48700, the plan says 45000', {
        title: '2011年全市工作会议经费预算',
        items: [
          { name: '场租费', amount: '2800' },
          { name: '横额、桌签、请柬、文件袋、鲜花', amount: '3000' },
          { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2400' },
          { name: '荣誉证书', unitPrice: '10', quantity: '50', amount: '500' },
          { name: '奖品（模范、优秀）', unitPrice: '500', quantity: '22', amount: '11000' },
          { name: '奖品（系统先进及省市先进）', unitPrice: '300', quantity: '35', amount: '10500' },
          { name: '记者', amount: '1000' },
          { name: '餐费', amount: '15000' },
          { name: '领导纪念品', unitPrice: '500', quantity: '5', amount: '2500' },
        ],
        total: '45000',
      }),
      budget('A consequence: the total follows from a wrong line', {
        title: '会议预算',
        items: [
          { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2500' },
          { name: '场租费', amount: '2800' },
        ],
        total: '5300',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'stated.rounded',
    meaning:
      'A stated figure matches only after rounding the exact value (half up, 四舍五入) to the places the ' +
      'figure was written with — `3.6` 万元 for an exact 3.579 万元. `info` / `match`: not an error.',
    examples: [
      budget('3.579 万元 written as 3.6 万元', {
        title: '会议预算',
        unit: '万元',
        items: [
          { name: '场租费', amount: '1.234' },
          { name: '餐费', amount: '2.345' },
        ],
        total: '3.6',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'stated.placeholder',
    meaning:
      'A stated figure is a placeholder (`××`, `xx`, `**`, `待定`, `""` or `null`), so it cannot be ' +
      'checked. `info` / `uncheckable`.',
    examples: [
      budget('The total is left as ××', {
        title: '会议预算',
        items: [{ name: '场租费', amount: '2800' }],
        total: '××',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'stated.approximate',
    meaning:
      'A stated figure is approximate (约, 大约, 近, 左右, 余, 多, 以上, or `"approximate": true` on the item) ' +
      'and does not equal the exact value; it is reported with the exact value, never as an error. ' +
      '`info` / `uncheckable`.',
    examples: [
      budget('约18000 against an exact 17800', {
        title: '会议预算',
        items: [
          { name: '场租费', amount: '2800' },
          { name: '餐费', amount: '15000' },
        ],
        total: '约18000',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'sum.stated-parts',
    meaning:
      'A stated sum equals the exact sum of its parts, but the figures the document states above it do not ' +
      'add up to it, because a line above is misstated. The sum itself is right; the finding points at the ' +
      'wrong line(s) through `causedBy`. `info` / `match`.',
    examples: [
      budget('The total is right but a line is misstated', {
        title: '会议预算',
        items: [
          { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2600' },
          { name: '场租费', amount: '2800' },
        ],
        total: '5200',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'sum.unknown-part',
    meaning:
      'A stated sum cannot be checked because one of its parts is unknown (a lump sum whose amount is a ' +
      'placeholder). The part is never counted as 0. `info` / `uncheckable`.',
    examples: [
      budget('One amount is 待定', {
        title: '会议预算',
        items: [
          { name: '场租费', amount: '待定' },
          { name: '餐费', amount: '15000' },
        ],
        total: '18000',
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'item.provisional',
    meaning:
      'The item is marked `"provisional": true` (数量暂定): its amount is computed and checked as usual, ' +
      'and this note says it may change. `info` / `match`. Not reported with `{ info: false }`.',
    examples: [
      budget('奖牌（暂定）', {
        title: '会议预算',
        items: [{ name: '奖牌', unitPrice: '60', quantity: '40', amount: '2400', provisional: true }],
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'budget.empty',
    meaning: 'The budget has no items at all; its total is 0. `warning` / `match`.',
    examples: [budget('No items', { title: '会议预算', items: [] })],
  },
  {
    domain: 'budget',
    rule: 'budget.per-person',
    meaning:
      '`headCount` is 0, so per-person figures are not computed (no division by zero). ' +
      '`warning` / `uncheckable`.',
    examples: [
      budget('headCount 0', {
        title: '会议预算',
        items: [{ name: '场租费', amount: '2800' }],
        headCount: 0,
      }),
    ],
  },
  {
    domain: 'budget',
    rule: 'input.unknown-field',
    meaning:
      'With `{ unknownKeys: "report" }`, a field the schema does not know is dropped and reported here ' +
      '(by default an unknown field is a `SCHEMA` error). `warning` / `uncheckable`.',
    examples: [
      budget(
        'A misspelt field',
        // A typo the types would refuse; JSON reaches auditBudget untyped, and it is reported.
        {
          title: '会议预算',
          items: [{ name: '场租费', amount: '2800', colour: 'red' }],
        } as unknown as BudgetInput,
        { unknownKeys: 'report' },
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Policy rules: checkPolicy(budget, facts, policy)

const policy = (
  title: string,
  input: BudgetInput,
  facts: MeetingFacts,
  p: Policy = CENTRAL_2016,
  policyName = 'CENTRAL_2016',
): Example => ({
  title,
  call: `checkPolicy(input, ${tsLiteral(facts)}, ${policyName})`,
  input: { json: input },
  ...(p === CENTRAL_2016 ? {} : { extra: { name: policyName, json: p } }),
  run: () => checkPolicy(input, facts, p),
});

const smallBudget = {
  title: '二类会议预算',
  items: [{ name: '会议室租金', amount: '3000', category: 'other' }],
};

const lodgingHeavy = {
  title: '二类会议预算',
  items: [
    {
      name: '住宿费',
      unitPrice: '450',
      quantity: [
        { value: '110', unit: '人' },
        { value: '2', unit: '晚' },
      ],
      category: 'lodging',
    },
    {
      name: '伙食费',
      unitPrice: '150',
      quantity: [
        { value: '110', unit: '人' },
        { value: '2', unit: '天' },
      ],
      category: 'meals',
    },
    { name: '会议室租金', amount: '15000', category: 'other' },
  ],
};

const strictPolicy: Policy = {
  id: 'example-strict',
  name: '示例：分项不得调剂',
  lodgingNights: 'days-minus-one',
  splitsInterchangeable: false,
  categories: {
    三类: { maxDays: 2, maxAttendees: 150, quota: { lodging: '340', meals: '130', other: '80' } },
  },
};

const POLICY_RULES: RuleDoc[] = [
  {
    domain: 'policy',
    rule: 'policy.days',
    meaning:
      "The meeting lasts longer than the category's `maxDays`. `error` / `mismatch`; `difference` is the " +
      'excess in days.',
    examples: [
      policy('A 二类 meeting of 3 days', smallBudget, { category: '二类', attendees: 100, days: 3 }),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.attendees',
    meaning: "More attendees than the category's `maxAttendees` (staff not counted). `error` / `mismatch`.",
    examples: [
      policy('A 二类 meeting of 400 attendees', smallBudget, { category: '二类', attendees: 400, days: 2 }),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.staff-share',
    meaning:
      'More staff than `maxStaffShare` × attendees (rounded down to whole people). `error` / `mismatch`.',
    examples: [
      policy('40 staff for 200 attendees under a 15% share', smallBudget, {
        category: '二类',
        attendees: 200,
        staff: 40,
        days: 2,
      }),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.quota',
    meaning:
      'Spending that counts towards the quota (every item not in category `excluded`) exceeds the ' +
      'comprehensive quota: lodging quota × people × nights + (meals + other) × people × days, where ' +
      'people = attendees + staff. `error` / `mismatch`; the message gives the excess in total and per person.',
    examples: [
      policy('Lodging at 450 元 a night for a 二类 meeting', lodgingHeavy, {
        category: '二类',
        attendees: 100,
        staff: 10,
        days: 2,
      }),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.quota.lodging',
    meaning:
      'Lodging (`category` lodging/住宿费) exceeds its share of the quota. A `warning` when the policy ' +
      'lets the parts be traded against each other (`splitsInterchangeable`, as in CENTRAL_2016: 各项费用' +
      '之间可以调剂使用), an `error` otherwise. Verdict `mismatch`.',
    examples: [
      policy('Same budget: lodging over its share (a warning under CENTRAL_2016)', lodgingHeavy, {
        category: '二类',
        attendees: 100,
        staff: 10,
        days: 2,
      }),
      policy(
        'A policy of your own: parts not interchangeable, lodging for days − 1 nights',
        {
          title: '三类会议预算',
          items: [
            {
              name: '住宿费',
              unitPrice: '340',
              quantity: [
                { value: '50', unit: '人' },
                { value: '2', unit: '晚' },
              ],
              category: 'lodging',
            },
          ],
        },
        { category: '三类', attendees: 50, days: 2 },
        strictPolicy,
        'strictPolicy',
      ),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.quota.meals',
    meaning:
      'Meals (`category` meals/伙食费/餐费) exceed their share of the quota. `warning` with ' +
      '`splitsInterchangeable`, `error` without. Verdict `mismatch`.',
    examples: [
      policy(
        'A 三类 meeting that spends 15000 元 on meals',
        {
          title: '三类会议预算',
          items: [
            { name: '餐费', amount: '15000', category: 'meals' },
            { name: '场租费', amount: '2800', category: 'other' },
          ],
        },
        { category: '三类', attendees: 36, staff: 3, days: 1 },
      ),
    ],
  },
  {
    domain: 'policy',
    rule: 'policy.quota.other',
    meaning:
      'Other costs (`category` other/其他费用, and items without a category) exceed their share of the ' +
      'quota. `warning` with `splitsInterchangeable`, `error` without. Verdict `mismatch`.',
    examples: [
      policy(
        'Venue and dressing above 80 元 per person per day',
        {
          title: '三类会议预算',
          items: [
            { name: '场租费', amount: '2800' },
            { name: '横额、桌签、鲜花', amount: '3000' },
          ],
        },
        { category: '三类', attendees: 36, staff: 3, days: 1 },
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Meeting rules: planMeeting(input)

const meeting = (title: string, input: MeetingInput): Example => ({
  title,
  call: 'planMeeting(input).findings',
  input: { json: input },
  run: () => planMeeting(input).findings,
});

const groups = [
  { name: '各乡镇代表', count: 120 },
  { name: '县领导', count: 2 },
];

const MEETING_RULES: RuleDoc[] = [
  {
    domain: 'meeting',
    rule: 'date.partial',
    meaning:
      'The meeting `start` has blank parts (`2011-04-?? 09:00`), as plans often do; checks against the ' +
      'date (deadlines) become uncheckable. `info` / `uncheckable`; `reason` names the blank parts.',
    examples: [meeting('Day left blank', { title: '全市工作会议', start: '2011-04-?? 09:00', groups })],
  },
  {
    domain: 'meeting',
    rule: 'count.attendees',
    meaning:
      '`statedTotal` against the sum of the groups counted in it (`inTotal`). `error` / `mismatch` when ' +
      'exact figures disagree; `warning` / `mismatch` when approximate figures (左右, 余 …) cannot meet; ' +
      '`info` / `uncheckable` when a group is pending (待定), unless the known groups already exceed the total.',
    examples: [
      meeting('122 people stated as 125', { title: '全市工作会议', groups, statedTotal: 125 }),
      meeting('A pending group', {
        title: '全市工作会议',
        groups: [...groups, { name: '列席人员', count: '待定' }],
        statedTotal: 130,
      }),
      meeting('About 100 (90–110) stated as 130', {
        title: '全市工作会议',
        groups: [{ name: '代表', count: { value: 100, qualifier: '左右' } }],
        statedTotal: 130,
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'count.no-groups',
    meaning:
      "The meeting has no attendee groups (none given, or none read from a plan's text): head counts, " +
      'rooms, meals and badges cannot be derived. `warning` / `uncheckable`.',
    examples: [meeting('A plan with no groups', { title: '全市工作会议', groups: [] })],
  },
  {
    domain: 'meeting',
    rule: 'count.pending',
    meaning:
      'A group has no count yet (`"pending"` / `"待定"`) and there is no stated total to report it against: ' +
      'every figure including the group is a lower bound. `info` / `uncheckable`.',
    examples: [
      meeting('列席人员 待定', {
        title: '全市工作会议',
        groups: [...groups, { name: '列席人员', count: '待定' }],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'venue.capacity',
    meaning:
      'More people to seat than `venue.capacity`. `error` / `mismatch` when even the smallest possible ' +
      'count exceeds it; `warning` / `uncheckable` when only approximate or pending groups might.',
    examples: [
      meeting('122 people, 100 seats', {
        title: '全市工作会议',
        groups,
        venue: { name: '三楼会议室', capacity: 100 },
      }),
      meeting('About 100 people (up to 110), 105 seats', {
        title: '全市工作会议',
        groups: [{ name: '代表', count: { value: 100, qualifier: '左右' } }],
        venue: { name: '三楼会议室', capacity: 105 },
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'venue.area',
    meaning:
      'The room (`venue.areaM2`) is smaller than seated people × `logistics.area.perPersonM2.min` ' +
      '(e.g. 每人平均2~3平方米). `error` / `mismatch`, or `warning` / `uncheckable` when only approximate ' +
      'or pending groups might make it too small.',
    examples: [
      meeting('122 people at 2 m² need 244 m²', {
        title: '全市工作会议',
        groups,
        venue: { name: '三楼会议室', areaM2: '200' },
        logistics: { area: { perPersonM2: { min: '2', max: '3' } } },
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'agenda.overlap',
    meaning:
      'An agenda item with an explicit `start` begins before the previous item of the same day ends. ' +
      '`error` / `mismatch`.',
    examples: [
      meeting('A speech set for 09:30 after a 60-minute report from 09:00', {
        title: '全市工作会议',
        start: '2011-04-20 09:00',
        groups,
        agenda: [
          { title: '工作报告', kind: 'report', minutes: 60 },
          { title: '领导讲话', kind: 'speech', start: '09:30', minutes: 40 },
        ],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'agenda.overrun',
    meaning:
      'An agenda item ends after its session window (上午 08:30–12:00, 下午 14:30–18:00, 晚上 19:00–22:00 by ' +
      'default, or `sessions`). `warning` / `mismatch`.',
    examples: [
      meeting('A three-hour morning item from 09:30', {
        title: '全市工作会议',
        start: '2011-04-20 09:30',
        groups,
        agenda: [{ title: '分组讨论', kind: 'discussion', minutes: 180 }],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'deadline.after-meeting',
    meaning:
      "A task's `deadline` falls after the meeting starts. `error` / `mismatch`; `info` / `uncheckable` " +
      'when the meeting date is partial and the order cannot be told.',
    examples: [
      meeting('Setting up the room on the day after', {
        title: '全市工作会议',
        start: '2011-04-20',
        groups,
        tasks: [{ task: '布置会场', owners: [{ unit: '县委办公室' }], deadline: '2011-04-21' }],
      }),
      meeting('Meeting day not yet set', {
        title: '全市工作会议',
        start: '2011-04-??',
        groups,
        tasks: [{ task: '印制会议材料', owners: [{ unit: '县委办公室' }], deadline: '2011-04-11' }],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'deadline.order',
    meaning:
      'A task that must come `after` another is due before it (a review before its draft). ' +
      '`error` / `mismatch`; the path points at the `after` entry.',
    examples: [
      meeting('Review due before the draft', {
        title: '全市工作会议',
        start: '2011-04-20',
        groups,
        tasks: [
          { id: 'draft', task: '起草讲话稿', owners: [{ unit: '县委办公室' }], deadline: '2011-04-13' },
          {
            id: 'review',
            task: '审定讲话稿',
            owners: [{ person: '县委书记' }],
            deadline: '2011-04-11',
            after: ['draft'],
          },
        ],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'task.no-owner',
    meaning:
      'A task or site visit names no owner (person or unit). `warning` / `mismatch`; when the owner is ' +
      'only a placeholder (`**`, `××`) `info` / `uncheckable`.',
    examples: [
      meeting('No owner, and an owner left as **', {
        title: '全市工作会议',
        groups,
        tasks: [{ task: '会场布置' }, { task: '会议材料', owners: [{ person: '**' }] }],
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'souvenirs.no-rooms',
    meaning:
      'Souvenirs are set `per: "room"` but the meeting has no lodging rule, so there are no rooms to ' +
      'count. `warning` / `uncheckable`.',
    examples: [
      meeting('Souvenirs per room without lodging', {
        title: '全市工作会议',
        groups,
        logistics: { souvenirs: { per: 'room' } },
      }),
    ],
  },
  {
    domain: 'meeting',
    rule: 'budget.headcount',
    meaning:
      "A stated `budget` inside the meeting disagrees with the plan: its `headCount` against the plan's " +
      'attendees, and each quantity factor of a line whose `source` names a plan figure ' +
      '(`lodging.twin × lodging.nights`). `error` / `mismatch` against an exact figure, `warning` / ' +
      '`mismatch` outside an approximate range, `info` / `uncheckable` inside an open range, and ' +
      '`warning` / `uncheckable` when `source` names a figure the plan does not have.',
    examples: [
      meeting('A budget for 100 people in a plan for 122', {
        title: '全市工作会议',
        groups,
        budget: { title: '会议预算', headCount: 100, items: [{ name: '场租费', amount: '2800' }] },
      }),
      meeting('A line priced for 50 twin rooms where the plan needs 61', {
        title: '全市工作会议',
        groups,
        logistics: { lodging: { nights: 1 } },
        budget: {
          title: '会议预算',
          items: [
            {
              name: '住宿费',
              unitPrice: '300',
              quantity: [
                { value: 50, unit: '间' },
                { value: 1, unit: '晚' },
              ],
              source: 'lodging.twin × lodging.nights',
            },
            { name: '桌签', unitPrice: '3', quantity: '20', source: 'nameCard.count' },
          ],
        },
      }),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Text rules: auditText(text)

const text = (title: string, t: string): Example => ({
  title,
  call: 'auditText(text).findings',
  input: { text: t },
  run: () => auditText(t).findings,
});

const LEGACY_TEXT_RULES: RuleDoc[] = [
  {
    domain: 'text',
    rule: 'count.restated',
    meaning:
      'A part of a breakdown restated by a numbered heading below it with a different count ' +
      '(`签约项目2个` … `(2)签约项目1个`). `warning` / `mismatch`; `info` / `match` when it agrees. ' +
      '`reason` names the line of the restatement.',
    examples: [
      text(
        '签约项目 2 above, 1 below',
        '全年共引进项目10个,其中开工项目8个,签约项目2个。\n(1)开工项目8个\n(2)签约项目1个',
      ),
    ],
  },
  {
    domain: 'text',
    rule: 'count.list',
    meaning:
      'An announced count (`六大举措`, `以下四个方面`) followed by items `一是…`, `二是…`. More items than ' +
      'announced: `warning` / `mismatch`; fewer: `info` / `uncheckable` (scraped text loses lines).',
    examples: [
      text(
        '三个方面 with four items',
        '抓好以下三个方面:\n一是抓学习;\n二是抓落实;\n三是抓宣传;\n四是抓督查。',
      ),
      text('四个方面 with three items', '抓好以下四个方面:\n一是抓学习;\n二是抓落实;\n三是抓宣传。'),
    ],
  },
  {
    domain: 'text',
    rule: 'text.typo',
    meaning:
      'A letter inside a number (`2o00`, `l0`) was read as the digit it stands for. `info` / `match`; ' +
      'kept even when matches are filtered out (`{ matches: false }`), so the reading is never silent.',
    examples: [text('2o00 read as 2000', '补助2o00元')],
  },
  {
    domain: 'text',
    rule: 'rate.change',
    meaning:
      'A rate of change stated with both ends (`由74平方公里增加到84平方公里,增长15%`, `比上年增长…`): the ' +
      'stated percentage against the exact relative change, at the precision written, with the ends ' +
      'taken as rounded prose figures. `warning` / `mismatch`; `reason` gives the exact value and range.',
    examples: [text('74 → 84 is +13.5%, not 15%', '面积由74平方公里增加到84平方公里,增长15%')],
  },
  {
    domain: 'text',
    rule: 'text.blank',
    meaning:
      'A unit with no number before it (`就餐人员 人`): the document left the figure blank. ' +
      '`info` / `uncheckable`; any check that needs the figure is uncheckable too.',
    examples: [text('就餐人员 人', '就餐人员 人,每人60元')],
  },
  {
    domain: 'text',
    rule: 'text.repeat',
    meaning:
      'A passage of at least three non-trivial lines appears again later (scraped documents often ' +
      'contain a plan twice). Reported once at the first copy, with `endLine`/`endColumn`, and the other ' +
      'copies in `alsoAt`. `info` / `match`.',
    examples: [
      text(
        'A plan pasted twice',
        '一、会议时间\n2011年4月20日上午9:00\n二、会议地点\n县委三楼会议室\n三、参会人员\n各乡镇主要负责人\n\n附件\n' +
          '一、会议时间\n2011年4月20日上午9:00\n二、会议地点\n县委三楼会议室\n三、参会人员\n各乡镇主要负责人',
      ),
    ],
  },
  {
    domain: 'text',
    rule: 'text.internal',
    meaning:
      'An extractor failed on a line: a bug in huiwu, not a problem in the document. The audit goes on ' +
      'without that extractor for that line, and says so. `info` / `uncheckable`. No input is known to ' +
      'trigger it; the example calls the function that builds it. Please report it.',
    examples: [
      {
        title: 'The finding the auditor records when an extractor throws',
        call: "internalFinding('rate-changes', { line: 3, column: 1, excerpt: '增长15%' }, new Error('boom'))",
        input: {
          ts: '// inside createTextAuditor, for each extractor on each line:\n// try { … } catch (e) { record(internalFinding(name, locate(rec, 0, 0), e)); }',
        },
        run: () => [
          internalFinding('rate-changes', { line: 3, column: 1, excerpt: '增长15%' }, new Error('boom')),
        ],
      },
    ],
  },
];

/**
 * The relation rules of the text reader document themselves: each rule file carries its summary and
 * its ok / not-ok examples (src/text/rules/), and the catalogue runs them.
 */
const PER_RULE_FILE: RuleDoc[] = RULE_EXAMPLES.flatMap(([r, ex]) =>
  r.emits.flatMap((id): RuleDoc[] => {
    const examples = [...ex.ok, ...ex.notOk]
      .filter((e) => auditText(e.text).findings.some((f) => f.rule === id))
      .map((e) => text(`${ex.notOk.includes(e) ? 'not ok' : 'ok'}: ${e.text.split('\n')[0]}`, e.text));
    if (examples.length === 0) return [];
    return [
      {
        domain: 'text',
        rule: id,
        meaning: `${r.summary} (rule file \`src/text/rules/${r.name}.ts\`)`,
        examples,
      },
    ];
  }),
);

/** One entry per finding id: rule files that emit the same id (sum.section) share it. */
const REGISTRY_TEXT_RULES: RuleDoc[] = [];
for (const d of PER_RULE_FILE) {
  const same = REGISTRY_TEXT_RULES.find((x) => x.rule === d.rule);
  if (same) {
    same.meaning = `${same.meaning}; ${d.meaning}`;
    same.examples.push(...d.examples);
  } else REGISTRY_TEXT_RULES.push({ ...d, examples: [...d.examples] });
}

const TEXT_RULES: RuleDoc[] = [
  ...REGISTRY_TEXT_RULES,
  ...LEGACY_TEXT_RULES,
  {
    domain: 'text',
    rule: 'text.unread',
    meaning:
      'A figure that looks like something to check — a stated total (合计, 共计 …), a share (占…%) or a rate ' +
      '(…率) — that no rule could check, so a user knows what was not examined. `info` / `uncheckable`.',
    examples: [text('A total with no list of parts above it', '本学期簿本费共计1632元')],
  },
];

/** Every documented rule, in catalogue order. */
// ---------------------------------------------------------------------------------------------------
// File rules: huiwu/files

/** A one-sheet xlsx whose B2 caches the float 0.1*3 gives: the bytes a spreadsheet writes. */
function floatWorkbook(): Uint8Array {
  const te = new TextEncoder();
  return zipSync({
    '[Content_Types].xml': te.encode(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': te.encode(
      '<workbook><sheets><sheet name="费用" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': te.encode(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': te.encode(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>茶歇</t></is></c><c r="B1"><f>0.1*3</f><v>0.30000000000000004</v></c></row></sheetData></worksheet>',
    ),
  });
}

/** A one-sheet xlsx whose D3 caches 3000 for SUM(D1:D2), which gives 2925. */
function staleWorkbook(): Uint8Array {
  const te = new TextEncoder();
  return zipSync({
    '[Content_Types].xml': te.encode(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': te.encode(
      '<workbook><sheets><sheet name="预算" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': te.encode(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': te.encode(
      '<worksheet><sheetData><row r="1"><c r="D1"><v>2400</v></c></row><row r="2"><c r="D2"><v>525</v></c></row><row r="3"><c r="D3"><f>SUM(D1:D2)</f><v>3000</v></c></row></sheetData></worksheet>',
    ),
  });
}

const FILE_RULES: RuleDoc[] = [
  {
    domain: 'files',
    rule: 'xlsx.formula',
    meaning:
      'A formula cell of an `.xlsx` caches (shows) a value its formula does not give, recomputed exactly ' +
      "(SUM, PRODUCT, SUMPRODUCT, ROUND, `+ − * /` over the sheet's cells). `error` / `mismatch`, placed at " +
      'the cell. A formula huiwu cannot evaluate is not checked; a difference only a float makes is not one.',
    examples: [
      {
        title: 'SUM(D1:D2) shown as 3000',
        call: 'noteFindings(readXlsx(bytes))',
        input: { text: '预算!D1 2400 | D2 525 | D3 =SUM(D1:D2) (cached 3000)' },
        run: () => noteFindings(readXlsx(staleWorkbook(), 'budget.xlsx')),
      },
    ],
  },
  {
    domain: 'files',
    rule: 'xlsx.float',
    meaning:
      'A cell of an `.xlsx` stores a float artifact of the spreadsheet (`0.30000000000000004` for `0.1*3`): ' +
      'huiwu reads the number the sheet shows (15 significant digits) and says so. `info` / `match`; the ' +
      'place is the cell (`费用!B1`).',
    examples: [
      {
        title: 'A cached 0.30000000000000004',
        call: 'noteFindings(readXlsx(bytes))',
        input: { text: '费用!A1 茶歇 | B1 =0.1*3 (cached 0.30000000000000004)' },
        run: () => noteFindings(readXlsx(floatWorkbook(), 'fees.xlsx')),
      },
    ],
  },
];

export const RULE_DOCS: readonly RuleDoc[] = [
  ...BUDGET_RULES,
  ...POLICY_RULES,
  ...MEETING_RULES,
  ...TEXT_RULES,
  ...FILE_RULES,
];

/**
 * Rule ids that have a message in {@link BUDGET_MESSAGES} but that no code path emits (yet). They are
 * listed in the catalogue so the message table and the docs agree.
 */
export const RESERVED_RULES: readonly string[] = Object.keys(BUDGET_MESSAGES).filter(
  (id) => !BUDGET_RULES.some((r) => r.rule === id),
);

// ---------------------------------------------------------------------------------------------------
// Rendering

function view(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    verdict: f.verdict,
    at: f.at,
    ...(f.stated !== undefined ? { stated: f.stated } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.difference !== undefined ? { difference: f.difference } : {}),
    ...(f.causedBy ? { causedBy: f.causedBy } : {}),
    ...(f.alsoAt ? { alsoAt: f.alsoAt } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    message: f.message,
    messages: { zh: f.messages.zh },
  };
}

/** JSON with small objects and arrays kept on one line, so examples stay readable. */
function json(v: unknown, indent = ''): string {
  const flat = JSON.stringify(v);
  if (flat === undefined) return 'undefined';
  if (v === null || typeof v !== 'object' || indent.length + flat.length <= 100) return spaced(flat, v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + json(x, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(v as Record<string, unknown>);
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${json(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** One-line JSON with a space after `:` and `,` outside strings (re-serialized, so strings are untouched). */
function spaced(flat: string, v: unknown): string {
  if (v === null || typeof v !== 'object') return flat;
  if (Array.isArray(v)) return `[${v.map((x) => spaced(JSON.stringify(x), x)).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${spaced(JSON.stringify(x), x)}`).join(', ')} }`;
}

/** A value as a TypeScript literal: `{ category: '二类', attendees: 100 }`. */
function tsLiteral(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/'/g, "\\'")}'`;
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(tsLiteral).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.length ? `{ ${entries.map(([k, x]) => `${k}: ${tsLiteral(x)}`).join(', ')} }` : '{}';
}

function anchor(domain: Domain, rule: string): string {
  return `${domain}-${rule.replace(/\./g, '-')}`;
}

const DOMAIN_TITLES: Record<Domain, string> = {
  budget: 'Budget rules — `auditBudget`, `huiwu budget`',
  policy: 'Policy rules — `checkPolicy`',
  meeting: 'Meeting rules — `planMeeting`, `huiwu plan`',
  text: 'Text rules — `auditText`, `createTextAuditor`, `huiwu audit`',
  files: 'File rules — `huiwu/files`, `huiwu audit` of .xlsx, .docx, .pdf, .html',
};

interface Rendered {
  doc: RuleDoc;
  outcomes: string[];
  body: string;
}

function renderRule(doc: RuleDoc): Rendered {
  const outcomes = new Set<string>();
  const parts: string[] = [];
  parts.push(`<a id="${anchor(doc.domain, doc.rule)}"></a>`);
  parts.push(`### \`${doc.rule}\` (${doc.domain})`, '', doc.meaning, '');
  for (const ex of doc.examples) {
    const all = ex.run();
    const mine = all.filter((f) => f.rule === doc.rule);
    if (mine.length === 0) {
      throw new Error(
        `gen-rules: the example "${ex.title}" for ${doc.rule} (${doc.domain}) does not emit it; it emitted ${
          all.map((f) => f.rule).join(', ') || 'nothing'
        }`,
      );
    }
    for (const f of mine) outcomes.add(`${f.severity} / ${f.verdict}`);
    parts.push(`**Example: ${ex.title}**`, '');
    if ('json' in ex.input) parts.push('```json', json(ex.input.json), '```', '');
    else if ('text' in ex.input) parts.push('```text', ex.input.text, '```', '');
    else parts.push('```ts', ex.input.ts, '```', '');
    if (ex.extra) parts.push(`with \`${ex.extra.name}\`:`, '', '```json', json(ex.extra.json), '```', '');
    parts.push('```ts', ex.call, '```', '');
    const others = all.filter((f) => f.rule !== doc.rule).map((f) => `\`${f.rule}\``);
    parts.push(
      mine.length === 1 ? 'gives this finding:' : `gives these ${mine.length} findings:`,
      '',
      '```json',
      json(mine.length === 1 ? view(mine[0]!) : mine.map(view)),
      '```',
      '',
    );
    if (others.length) parts.push(`(The same input also gives ${[...new Set(others)].join(', ')}.)`, '');
  }
  return { doc, outcomes: [...outcomes], body: parts.join('\n') };
}

/** Renders docs/rules.md. Throws when an example does not emit the rule it documents. */
export function renderRules(): string {
  const rendered = RULE_DOCS.map(renderRule);
  const out: string[] = [];
  out.push(
    '<!-- Generated by scripts/gen-rules.ts from the library itself. Do not edit: run `npx tsx scripts/gen-rules.ts`. -->',
    '',
    '# Rule catalogue',
    '',
    'Every finding huiwu returns names the check that produced it in `rule`, a stable id you may switch on. ' +
      'This page lists every id, what it means, and for each an example input with the finding the library ' +
      'actually returns for it (the examples are run when the page is generated, and a test fails when the ' +
      'page and the library disagree).',
    '',
    'A finding has the same shape everywhere (see `Finding` in the API docs):',
    '',
    '- `severity`: `error` (a stated figure is wrong), `warning` (worth a look), `info` (a note);',
    '- `verdict`: `match` (agrees, possibly after rounding), `mismatch` (does not), `uncheckable` ' +
      '(cannot be decided: a placeholder, an approximate figure, a missing part);',
    '- `at`: a `path` into structured input, or `line`/`column` (1-based, in the original text) and an `excerpt`;',
    '- `stated`, `expected`, `difference` (= stated − expected): exact decimal strings;',
    '- `message` in English and `messages.zh` in Chinese; `causedBy`, `alsoAt` and `reason` where they apply.',
    '',
    'The same id can come from more than one domain (`sum.total` is checked in budgets and in text); ' +
      'the meaning is the same, the location differs (a path or a line and column).',
    '',
    '## Summary',
    '',
    '| rule | domain | severity / verdict seen in the examples |',
    '|---|---|---|',
  );
  for (const r of rendered) {
    out.push(
      `| [\`${r.doc.rule}\`](#${anchor(r.doc.domain, r.doc.rule)}) | ${r.doc.domain} | ${r.outcomes.join('; ')} |`,
    );
  }
  for (const id of RESERVED_RULES) out.push(`| [\`${id}\`](#reserved) | budget (reserved) | not emitted |`);
  out.push('');
  for (const domain of ['budget', 'policy', 'meeting', 'text', 'files'] as const) {
    out.push(`## ${DOMAIN_TITLES[domain]}`, '');
    for (const r of rendered.filter((x) => x.doc.domain === domain)) out.push(r.body);
  }
  out.push('<a id="reserved"></a>', '## Reserved ids', '');
  if (RESERVED_RULES.length === 0) out.push('None.', '');
  for (const id of RESERVED_RULES) {
    const sample = (
      BUDGET_MESSAGES as Record<string, (a: Record<string, string>) => { en: string; zh: string }>
    )[id]!({
      what: 'The total',
      whatZh: '共计',
      expected: '5200',
      unit: '元',
      partsSum: '5300',
      causes: 'items[0]',
    });
    out.push(
      `### \`${id}\``,
      '',
      'This id has a message template in `BUDGET_MESSAGES`, but no check in this version emits it: a total ' +
        'that is right while the figures stated above it are wrong is reported through the wrong lines ' +
        '(`product.line`) alone. The message it is meant to carry reads:',
      '',
      '```text',
      sample.en,
      sample.zh,
      '```',
      '',
    );
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Where the catalogue lives. */
export const RULES_PATH = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const md = renderRules();
  if (process.argv.includes('--check')) {
    const current = readFileSync(RULES_PATH, 'utf8');
    if (current !== md) {
      console.error('docs/rules.md is out of date: run npx tsx scripts/gen-rules.ts');
      process.exitCode = 1;
    } else console.log('docs/rules.md is up to date');
  } else {
    writeFileSync(RULES_PATH, md);
    console.log(`wrote docs/rules.md: ${RULE_DOCS.length} rules, ${RESERVED_RULES.length} reserved`);
  }
}
