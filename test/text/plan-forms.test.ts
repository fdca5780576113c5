import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/text/draft.js';
import { readPlan } from '../../src/text/plan/read.js';

describe('plan forms', () => {
  it('reads past a table of contents to the sections it lists', () => {
    const r = readPlan(
      '家长委员会成立大会活动方案\n一、活动背景\n二、活动对象\n三、活动流程\n四、活动准备\n一、活动背景\n为加强家校沟通,成立家委会。\n二、活动对象\n学校领导\n家长代表\n三、活动流程\n(一)开场致辞\n由学校校长致开幕词,介绍意义。\n(二)宣读家委会章程\n由学校工作人员宣读章程。\n四、活动准备\n布置会场。\n',
    );
    expect(r.groups.map((g) => g.name)).toEqual(['学校领导', '家长代表']);
    expect(r.agenda.map((a) => [a.item, a.presenter])).toEqual([
      ['开场致辞', '学校校长'],
      ['宣读家委会章程', '学校工作人员'],
    ]);
  });

  it('reads a count range written before whom it counts', () => {
    const r = readPlan('敬老活动方案\n七、活动人数:30至40位青年志愿队队员(初定)\n');
    expect(r.groups.map((g) => [g.name, g.count])).toEqual([['青年志愿队队员', '30至40']]);
  });

  it('reads duties parted from their people by a space, only in a run of three or more', () => {
    const run = readPlan(
      '献血活动方案\n活动相关工作及有关人员\n倡议书 单丹\n\n联系血站 吴双\n\n新闻稿 吴双 周文洁\n',
    );
    expect(run.tasks.map((t) => [t.task, t.owner])).toEqual([
      ['倡议书', '单丹'],
      ['联系血站', '吴双'],
      ['新闻稿', '吴双 周文洁'],
    ]);
    // Two lines, or fields with their values, are no roster of duties.
    expect(readPlan('方案\n倡议书 单丹\n联系血站 吴双\n').tasks).toEqual([]);
    expect(readPlan('方案\n活动时间 四月左右\n活动地点 汀香园 甘怡园\n活动时长 三天\n').tasks).toEqual([]);
  });

  it('takes who reports from a bracket after the report’s title', () => {
    const r = readPlan(
      '论坛方案\n会议内容如下:\n1、中国茶叶生产与消费(农业部种植业管理司报告)\n2、中国绿茶产业发展现状(浙江省农业厅报告)\n3、全省工作总结(书面报告)\n',
    );
    expect(r.agenda.map((a) => [a.item, a.presenter])).toEqual([
      ['中国茶叶生产与消费', '农业部种植业管理司'],
      ['中国绿茶产业发展现状', '浙江省农业厅'],
      ['全省工作总结(书面报告)', undefined],
    ]);
  });
});

describe('a count range in a draft meeting', () => {
  it('becomes a count from its lower end to its upper end', () => {
    const d = draftFromText('敬老活动方案\n七、活动人数:30至40位青年志愿队队员(初定)\n');
    expect(d.meeting.groups).toEqual([
      { name: '青年志愿队队员', count: { value: '30', min: '30', max: '40' } },
    ]);
  });
});
