import type { Policy } from './schema.js';

/**
 * The central government's meeting-fee quotas of 2016 (《中央和国家机关会议费管理办法》, 财行〔2016〕214号),
 * as one ready policy. The comprehensive quota (综合定额, 元/人天) and its split are those of 第十五条,
 * which also allows the items to be traded against each other (各项费用之间可以调剂使用), so only the
 * total is binding and the split caps are reported as warnings. Day, attendee and staff-share limits are
 * the commonly cited ones; we could not confirm them against the published text, so verify them (see
 * docs/policy.md) and pass your own policy where your rules differ — provinces publish their own.
 *
 * @example
 * ```ts
 * CENTRAL_2016.categories['二类']?.quota.lodging; // '400'
 * ```
 */
export const CENTRAL_2016: Policy = {
  id: 'cn-central-2016',
  name: '中央和国家机关会议费管理办法（2016）',
  source: '财行〔2016〕214号 第六条（分类）、第十五条（综合定额）',
  notes: [
    'Quota table (第十五条) confirmed from secondary copies of the text; limits on days, attendees and staff share are commonly cited figures, unverified.',
  ],
  lodgingNights: 'days',
  splitsInterchangeable: true,
  categories: {
    一类: {
      name: '一类会议',
      maxDays: null,
      maxAttendees: null,
      maxStaffShare: null,
      quota: { lodging: '500', meals: '150', other: '110' },
    },
    二类: {
      name: '二类会议',
      maxDays: 2,
      maxAttendees: 300,
      maxStaffShare: '0.15',
      quota: { lodging: '400', meals: '150', other: '100' },
    },
    三类: {
      name: '三类会议',
      maxDays: 2,
      maxAttendees: 150,
      maxStaffShare: '0.10',
      quota: { lodging: '340', meals: '130', other: '80' },
    },
    四类: {
      name: '四类会议',
      maxDays: 1,
      maxAttendees: 50,
      maxStaffShare: '0.10',
      quota: { lodging: '340', meals: '130', other: '80' },
    },
  },
};
