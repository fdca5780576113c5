import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/text/plan/read.js';
import { runOnCuts } from '../../src/text/plan/run-on.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

describe('a page run together on one line', () => {
  it('is cut at its outline numbers, and at each part’s list numbers', () => {
    const line = '一、活动主题欢乐童年二、活动目的1.庆祝节日2.展示才艺三、活动时间6月1日';
    const cuts = runOnCuts(line);
    expect(cuts.map((c, k) => line.slice(c, cuts[k + 1]))).toEqual([
      '一、活动主题欢乐童年',
      '二、活动目的',
      '1.庆祝节日',
      '2.展示才艺',
      '三、活动时间6月1日',
    ]);
  });

  it('is not cut at numbers out of sequence, nor inside figures and dates', () => {
    // 星期一、 and 第三、 are no outline numbers; 2023.6 and 8:30 hold no list numbers.
    expect(runOnCuts('会议定于星期一、星期三召开,第三、第四季度各一次,2023.6.1日8:30开始。')).toEqual([]);
    const line = '一、时间2023.6.1上午8:30二、地点礼堂';
    expect(runOnCuts(line)).toEqual([0, line.indexOf('二、')]);
  });

  it('reads into the fields a plan with line breaks gives', () => {
    const page =
      '六一晚会活动方案\n一、活动时间2023年6月1日18:30二、活动地点学校操场三、活动流程1.开场:校长致辞2.文艺表演3.颁奖环节四、分工安排1.节目组:负责节目筛选、排练2.后勤组:负责场地布置、物资准备\n';
    const r = readPlan(page);
    expect(r.venue?.value).toBe('学校操场');
    expect(r.agenda.map((a) => a.item)).toEqual(['开场:校长致辞', '文艺表演', '颁奖环节']);
    expect(r.tasks.map((t) => t.owner)).toEqual(['节目组', '后勤组']);
    // Every field still points at the page's one line.
    expect(new Set([...r.agenda, ...r.tasks].map((x) => x.at.line))).toEqual(new Set([2]));
  });

  it('cuts in order, inside the line, at outline marks only in sequence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[活动时间地点参加人员议程主题安排方案会议学校]{2,8}$/), {
          minLength: 2,
          maxLength: 9,
        }),
        fc.string({ maxLength: 40 }),
        (parts, noise) => {
          const line = parts.map((p, k) => `${CN[k]}、${p}`).join('') + noise;
          const cuts = runOnCuts(line);
          expect(cuts).toEqual([...cuts].sort((a, b) => a - b));
          expect(cuts.every((c) => c >= 0 && c < line.length)).toBe(true);
          for (const [k] of parts.entries()) expect(cuts).toContain(line.indexOf(`${CN[k]}、`));
        },
      ),
    );
  });
});

describe('an agenda item that names its speaker in brackets after the speech', () => {
  it('keeps the speech as the item and the bracket as the presenter', () => {
    const r = readPlan(
      '开工仪式方案\n四、活动安排\n(一)实地走访重点工程\n(二)工程引进单位代表表态发言(产业招商三局刘建绪);\n(三)学生代表发言(时间不超过五分钟);\n(四)审议工作报告(草案)。',
    );
    expect(r.agenda.map((a) => [a.item, a.presenter])).toEqual([
      ['实地走访重点工程', undefined],
      ['工程引进单位代表表态发言', '产业招商三局刘建绪'],
      ['发言(时间不超过五分钟)', '学生代表'],
      ['审议工作报告(草案)', undefined],
    ]);
  });
});
