/**
 * Checks a two-day training budget against the 2016 central meeting-fee quotas (二类: 650 元 per
 * person per day = 400 lodging + 150 meals + 100 other), then against a stricter local policy written
 * as plain data. Run: npx tsx examples/policy-check.ts
 */
import { auditBudget, CENTRAL_2016, checkPolicy, type Policy, renderBudgetText } from '../src/index.js';

const budget = {
  title: '业务培训班经费预算',
  headCount: 110,
  days: 2,
  sections: [
    {
      name: '住宿费',
      items: [
        {
          name: '标准间',
          unitPrice: '380',
          quantity: [
            { value: '55', unit: '间' },
            { value: '2', unit: '晚' },
          ],
          category: 'lodging',
        },
      ],
    },
    {
      name: '伙食费',
      items: [
        {
          name: '自助餐',
          unitPrice: '160',
          quantity: [
            { value: '110', unit: '人' },
            { value: '2', unit: '天' },
          ],
          category: 'meals',
        },
      ],
    },
    {
      name: '其他费用',
      items: [
        { name: '会议室租金', unitPrice: '6000', quantity: [{ value: '2', unit: '天' }], category: 'other' },
        { name: '资料印刷', unitPrice: '35', quantity: '110', category: 'other' },
      ],
    },
  ],
};

const audit = auditBudget(budget);
console.log(renderBudgetText(audit), '\n');
const meeting = { category: '二类', attendees: 100, staff: 10, days: 2 };
console.log(`Against ${CENTRAL_2016.name} (${CENTRAL_2016.source}):`);
for (const f of checkPolicy(audit.budget, meeting, CENTRAL_2016))
  console.log(`  [${f.severity}] ${f.rule}: ${f.messages.zh}`);

const local: Policy = {
  id: 'local-2020',
  name: '某市会议费管理办法（示例）',
  lodgingNights: 'days-minus-one',
  splitsInterchangeable: false,
  categories: {
    二类: {
      maxDays: 2,
      maxAttendees: 200,
      maxStaffShare: '0.08',
      quota: { lodging: '350', meals: '130', other: '90' },
    },
  },
};
console.log(`\nAgainst ${local.name}:`);
for (const f of checkPolicy(audit.budget, meeting, local))
  console.log(`  [${f.severity}] ${f.rule}: ${f.messages.zh}`);
