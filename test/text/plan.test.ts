import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromText, planMeeting, readPlan, readPlans } from '../../src/index.js';
import { meetingName } from '../../src/text/plan/title.js';

const PLAN = [
  '关于召开2024年全市安全生产工作会议的通知', // 1
  '各县区人民政府，市直各部门：', // 2
  '经市政府研究，决定召开全市安全生产工作会议。现将有关事项通知如下：', // 3
  '一、会议时间：2024年3月5日（星期二）上午8:30报到，9:00开会，会期半天。', // 4
  '二、会议地点：市政府三楼会议室。', // 5
  '三、会议主持：市政府副秘书长王明', // 6
  '四、参会人员', // 7
  '（一）市政府领导2人；', // 8
  '（二）各县区分管领导（各1人）；', // 9
  '（三）市直有关部门负责人约30人。', // 10
  '共计50人。', // 11
  '五、会议议程', // 12
  '1.传达全省安全生产工作会议精神；', // 13
  '2.市应急管理局局长李强作工作报告；', // 14
  '3.市长张华讲话。', // 15
  '六、工作分工', // 16
  '（一）会议材料由市应急管理局负责起草，3月1日前报市政府办公室。', // 17
  '（二）请各县区于3月3日前将参会人员名单报市应急管理局。', // 18
  '七、会务保障', // 19
  '处级以上干部安排单人单间，其余人员安排双人标准间；会议期间安排工作午餐；安排大巴车2辆接送；会场安排服务员4名。', // 20
  '八、经费预算', // 21
  '1.场租费：2800元', // 22
  '2.横额、桌签、请柬、文件袋、鲜花：3000元', // 23
  '3.奖牌：60元/个*40=2400元（数量暂定）', // 24
  '合计：8200元', // 25
].join('\n');

describe('readPlan', () => {
  const p = readPlan(PLAN);

  it('reads the meeting’s name, date, time past 报到, duration, venue and host, each with its line', () => {
    expect(p.title).toMatchObject({ value: '2024年全市安全生产工作会议', at: { line: 1 } });
    expect(p.date).toMatchObject({ value: '2024-03-05', at: { line: 4 } });
    expect(p.time).toMatchObject({ value: '09:00', at: { line: 4 } });
    expect(p.duration?.value).toBe('0.5');
    expect(p.venue).toMatchObject({ value: '市政府三楼会议室', at: { line: 5, column: 8 } });
    expect(p.host?.value).toBe('市政府副秘书长王明');
  });

  it('reads the groups with their counts as written, and the stated total', () => {
    expect(p.groups.map((g) => [g.name, g.count, g.at.line])).toEqual([
      ['市政府领导', '2', 8],
      ['各县区分管领导', '各1', 9],
      ['市直有关部门负责人', '约30', 10],
    ]);
    expect(p.total).toMatchObject({ value: '50', at: { line: 11 } });
  });

  it('reads the agenda in order with its presenters', () => {
    expect(p.agenda.map((a) => [a.item, a.presenter ?? null])).toEqual([
      ['传达全省安全生产工作会议精神', null],
      ['作工作报告', '市应急管理局局长李强'],
      ['讲话', '市长张华'],
    ]);
  });

  it('reads tasks with owner, role and deadline', () => {
    expect(p.tasks.map((t) => [t.owner, t.role ?? null, t.deadline ?? null, t.at.line])).toEqual([
      ['市应急管理局', '负责', '3月1日前', 17],
      ['各县区', null, '3月3日前', 18],
    ]);
  });

  it('reads lodging, meals, vehicles and staff as the clauses that arrange them', () => {
    expect(p.lodging.map((x) => x.value)).toEqual(['处级以上干部安排单人单间', '其余人员安排双人标准间']);
    expect(p.meals.map((x) => x.value)).toEqual(['会议期间安排工作午餐']);
    expect(p.vehicles.map((x) => x.value)).toEqual(['安排大巴车2辆接送']);
    expect(p.staff.map((x) => x.value)).toEqual(['会场安排服务员4名']);
  });

  it('reads budget lines with their whole names, units and flags, and the total', () => {
    expect(
      p.budget.map((b) => [b.name, b.amount, b.unitPrice ?? null, b.unit ?? null, b.tentative ?? false]),
    ).toEqual([
      ['场租费', '2800', null, null, false],
      ['横额、桌签、请柬、文件袋、鲜花', '3000', null, null, false],
      ['奖牌', '2400', '60', '个', true],
    ]);
    expect(p.budgetTotal).toMatchObject({ value: '8200', at: { line: 25 } });
  });

  it('keeps a blank a blank, with its place', () => {
    const b = readPlan('会议时间：4月 日上午9:00\n就餐人员   人');
    expect(b.date?.value).toBe('????-04-??');
    expect(b.blanks.map((x) => [x.field, x.at.line])).toEqual([
      ['date', 1],
      ['count', 2],
    ]);
  });

  it('reads a masked name in a meeting field as a blank, but not the names of a roster', () => {
    const b = readPlan(
      [
        '开工仪式方案',
        '会议地点:XX工业园',
        '五、筹备工作领导小组',
        '组长:XXX',
        '副组长:',
        'XXX区委常委',
        'XXX副区长',
        '六、工作要求',
      ].join('\n'),
    );
    expect(b.blanks.map((x) => [x.text, x.at.line])).toEqual([['XX工业园', 2]]);
  });

  it('gives one reading per plan of a page that holds two', () => {
    const two = `${PLAN}\n\n2024年全市教育系统表彰大会方案\n一、会议时间：2024年9月10日上午9:00\n二、会议地点：市会议中心\n三、参会人员：受表彰代表200人`;
    const ps = readPlans(two);
    expect(ps.map((x) => x.title?.value)).toEqual([
      '2024年全市安全生产工作会议',
      '2024年全市教育系统表彰大会',
    ]);
    expect(ps[1]?.venue?.value).toBe('市会议中心');
  });

  it('reads a page that joins its paragraphs on one line', () => {
    const one = readPlan(
      '关于召开全县防汛工作会议的通知 各乡镇: 经研究决定召开全县防汛工作会议。 一、会议时间及地点 2023年6月1日下午3:00,县政府五楼会议室,会期半天。 二、参会人员 各乡镇分管领导。',
    );
    expect(one.date?.value).toBe('2023-06-01');
    expect(one.time?.value).toBe('15:00');
    expect(one.venue?.value).toBe('县政府五楼会议室');
    expect(one.venue?.at.column).toBeGreaterThan(40);
  });

  it('states nothing it did not read', () => {
    const none = readPlan('今天天气很好。');
    expect(none).toEqual({
      groups: [],
      agenda: [],
      tasks: [],
      lodging: [],
      meals: [],
      vehicles: [],
      staff: [],
      materials: [],
      budget: [],
      blanks: [],
    });
  });
});

describe('readPlans on any text', () => {
  it('never throws, and every place is a real line of the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            ...'一、（二）会议时间：地点主持人参会人员6人共计元月日9:00由负责前\n 。，；',
          ),
        }),
        (s) => {
          const lines = s.split(/\r\n|\r|\n/).length;
          for (const p of readPlans(s)) {
            for (const v of Object.values(p)) {
              const xs = Array.isArray(v) ? v : v ? [v] : [];
              for (const x of xs) {
                expect(x.at.line).toBeGreaterThanOrEqual(1);
                expect(x.at.line).toBeLessThanOrEqual(lines);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('draftFromText of real plans', () => {
  const dir = new URL('../fixtures/plans/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s drafts a meeting the model accepts', (f) => {
    const draft = draftFromText(readFileSync(new URL(f, dir), 'utf8'));
    expect(draft.plans.length).toBeGreaterThanOrEqual(1);
    expect(() => planMeeting(draft.meeting)).not.toThrow();
  });
});

describe('tasks: the forms that assign work', () => {
  const tasks = (lines: string[]) =>
    readPlan(['会议筹备方案', '三、工作分工', ...lines].join('\n'))?.tasks.map((t) => [
      t.task,
      t.owner,
      t.role ?? null,
    ]);

  it('takes the task from either side of the owner: 会场布置由办公室负责, 宣传部负责海报宣传', () => {
    expect(tasks(['1、会场布置由办公室负责；', '2、宣传部负责海报宣传。'])).toEqual([
      ['会场布置', '办公室', '负责'],
      ['海报宣传', '宣传部', '负责'],
    ]);
  });

  it('cuts a sentence where a second owner takes over (，另…负责)', () => {
    expect(tasks(['1、餐饮部、营销部合力负责场地布置，另餐饮部负责礼仪人员培训。'])).toEqual([
      ['场地布置', '餐饮部、营销部', '负责'],
      ['礼仪人员培训', '餐饮部', '负责'],
    ]);
  });

  it('drops the date that opens a clause from its owner, and reads 协助 as a role', () => {
    expect(tasks(['1、4月25日校团委负责审核上报名单。', '2、市委办公厅协助做好有关工作。'])).toEqual([
      ['审核上报名单', '校团委', '负责'],
      ['做好有关工作', '市委办公厅', '协助'],
    ]);
  });

  it('reads a team block: its owner line and each lettered item as a task', () => {
    expect(
      tasks([
        '第一组：宣传报道组',
        '负责部门：党委宣传部及各学院',
        '任务：a、会前完成新闻通稿；',
        'b、组织现场拍摄工作。',
        '第二组：后勤保障组',
        '负责人员：（组长）、、',
        '任务：a、落实会场用电保障。',
      ]),
    ).toEqual([
      ['会前完成新闻通稿', '党委宣传部及各学院', '负责'],
      ['组织现场拍摄工作', '党委宣传部及各学院', '负责'],
      ['落实会场用电保障', '后勤保障组', '落实'],
    ]);
  });

  it('takes a date that opens a team task as its deadline, and 报到时 as a deadline', () => {
    const p = readPlan(
      [
        '晚会筹备方案',
        '三、工作分工',
        '第一组：节目策划组',
        '负责部门：人力资源部',
        '任务：a、9月6日编辑出节目单；',
        'b、晚会开始前完成彩排。',
        '第二组：材料组',
        '负责部门：办公室',
        '任务：a、书面发言材料报到时交会务组。',
      ].join('\n'),
    );
    expect(p?.tasks.map((t) => t.deadline ?? null)).toEqual(['9月6日', '晚会开始前', '报到时']);
  });

  it('reads duties given to named people, with their posts in brackets, up to the first that is no name', () => {
    expect(
      tasks(['1.礼仪引导：王小明(总负责)、李华 各班学生代表2名', '2.班级方阵：正副班主任', '3.总负责：赵刚']),
    ).toEqual([
      ['礼仪引导', '王小明(总负责)、李华', null],
      ['班级方阵', '正副班主任', null],
      ['总负责', '赵刚', null],
    ]);
  });

  it('reads a team with its members and the 任务: line under it, and duties set off by dashes', () => {
    const p = readPlan(
      [
        '迎新晚会方案',
        '五、组织部门及具体人员安排:',
        '1)后勤组:王明、李华',
        '任务:负责场地布置及所需物品采购',
        '2)节目组:赵强、陈一',
        '任务:负责节目收集和彩排',
        '六、人员安排',
        '(一)晚会总负责人 :刘洋',
        '1、灯光-----张冬',
        '2、音响----林豪',
        '7. 所需物品:音响一台',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.task, t.owner, t.at.line])).toEqual([
      ['负责场地布置及所需物品采购', '后勤组:王明、李华', 4],
      ['负责节目收集和彩排', '节目组:赵强、陈一', 6],
      ['晚会总负责人', '刘洋', 8],
      ['灯光', '张冬', 9],
      ['音响', '林豪', 10],
    ]);
  });

  it('does not read a unit’s contact line as its task', () => {
    const p = readPlan(
      [
        '运动会分工方案',
        '一、学院办公室',
        '联系人:郑明',
        '(一)负责起草开幕词。',
        '(二)负责主席台座位安排。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.task).some((t) => t.includes('联系人'))).toBe(false);
    expect(p.tasks.length).toBeGreaterThan(0);
  });

  it('reads a team leader label: 后勤组组长：负责…', () => {
    expect(tasks(['1、后勤组组长：__________，负责后勤准备工作；'])).toEqual([
      ['后勤准备工作', '后勤组组长', '负责'],
    ]);
  });
});

describe('agenda: items, presenters and where the list ends', () => {
  const agenda = (lines: string[]) =>
    readPlan(['会议通知', '一、会议议程', ...lines].join('\n'))?.agenda.map((a) => [
      a.item,
      a.presenter ?? null,
    ]);

  it('keeps 传达省、市…精神 one item, and ends the numbered list at the first line without a number', () => {
    expect(
      agenda(['1.传达省、市安全生产工作会议精神；', '2.市长王明讲话。', '联系人：李华', '来源：区政府办']),
    ).toEqual([
      ['传达省、市安全生产工作会议精神', null],
      ['讲话', '市长王明'],
    ]);
  });

  it('does not take a topic for a presenter, and skips a stage direction in brackets', () => {
    expect(agenda(['1、典型经验发言', '2、（乐队演奏《迎宾曲》）', '3、校长致词'])).toEqual([
      ['典型经验发言', null],
      ['致词', '校长'],
    ]);
  });
});

describe('agenda: an item’s own lines between the numbers of the list', () => {
  const items = (lines: string[]) => readPlan(lines.join('\n')).agenda.map((a) => a.item);

  it('goes on past a note, an aside in brackets and an item’s sub-list, up to the next number', () => {
    expect(
      items([
        '迎新晚会方案',
        '五、晚会节目安排：',
        '1. 开场舞蹈',
        '（第1、2项可以调换顺序。）',
        '2. 主持人致开场白',
        '备注：各班提前一小时到场',
        '3. 颁发优秀学生奖',
        '评委由各系推选，每系两名。',
        '1. 一等奖奖状由学生会准备',
        '2. 二等奖奖状由团委准备',
        '4. 全体合唱',
        '六、经费预算',
        '落款：学生会',
      ]),
    ).toEqual(['开场舞蹈', '主持人致开场白', '颁发优秀学生奖', '全体合唱']);
  });

  it('leaves out the scene-setting prose before the numbered items, and fields such as 报名方式：', () => {
    expect(
      items([
        '开工仪式方案',
        '三、仪式程序',
        '仪式前由乐队演奏迎宾曲营造气氛。',
        '1、主持人宣布仪式开始',
        '2、嘉宾剪彩',
      ]),
    ).toEqual(['宣布仪式开始', '嘉宾剪彩']);
    expect(
      items(['联欢会方案', '（二）节目安排', '1. 报名方式：以班级为单位报名', '2. 报名时间：截止于5月10日']),
    ).toEqual([]);
  });
});

describe('agenda: who leads an item, in brackets', () => {
  it('reads (责任人:…) and (主讲人:…) as the presenter and leaves the bracket out of the item', () => {
    const p = readPlan(
      [
        '家长会活动安排',
        '会议流程:',
        '1、15:00在多功能厅介绍本学期重点工作。(责任人:李园长)',
        '2、15:40班级交流(主讲人:各班班主任)',
        '3、16:00分组讨论',
        '4、16:30在操场参观学生作品',
      ].join('\n'),
    );
    expect(p.agenda.map((a) => [a.item, a.presenter, a.time])).toEqual([
      ['在多功能厅介绍本学期重点工作', '李园长', '15:00'],
      ['班级交流', '各班班主任', '15:40'],
      ['分组讨论', undefined, '16:00'],
      ['在操场参观学生作品', undefined, '16:30'],
    ]);
  });
});

describe('agenda under a bare heading', () => {
  it('reads the numbered lines under 会议议程 written alone on its line', () => {
    const p = readPlan(
      [
        '关于召开工作会议的通知',
        '会议议程',
        '1.传达上级会议精神；',
        '2.市长王明讲话。',
        '',
        '附件：回执',
      ].join('\n'),
    );
    expect(p?.agenda.map((a) => [a.item, a.presenter ?? null, a.at.line])).toEqual([
      ['传达上级会议精神', null, 3],
      ['讲话', '市长王明', 4],
    ]);
  });
});

describe('values as written', () => {
  it('gives names back in the script and with the glosses the text wrote them in; dates stay values', () => {
    const p = readPlan(
      [
        '關於召開全區安全生產工作會議的通知',
        '一、會議時間：2024年3月5日上午9:00',
        '二、會議地點：區政府十樓會議室',
        '三、參會人員：各街道辦事處主任、分管領(lǐng)導(dǎo)',
      ].join('\n'),
    );
    expect(p.venue?.value).toBe('區政府十樓會議室');
    expect(p.date?.value).toBe('2024-03-05');
    expect(p.time?.value).toBe('09:00');
    expect(p.groups.map((g) => g.name)).toEqual(['各街道辦事處主任、分管領(lǐng)導(dǎo)']);
    expect(p.title?.value).toBe('全區安全生產工作會議');
  });

  it('leaves a Simplified plan’s values as they were read', () => {
    const p = readPlan(['关于召开全区安全生产工作会议的通知', '二、会议地点：区政府十楼会议室'].join('\n'));
    expect(p.venue?.value).toBe('区政府十楼会议室');
  });
});

describe('budget lines outside a budget section', () => {
  it('reads a run of lines that each price one thing', () => {
    const p = readPlan(
      [
        '晚会策划',
        '九、活动准备',
        '1、气球、彩带（100元）',
        '2、卡纸(10元)',
        '3、其他：20元',
        '十、注意事项',
      ].join('\n'),
    );
    expect(p.budget.map((b) => [b.name, b.amount, b.at.line])).toEqual([
      ['气球、彩带', '100', 3],
      ['卡纸', '10', 4],
      ['其他', '20', 5],
    ]);
  });

  it('does not take one priced sentence for a budget', () => {
    expect(readPlan(['通知', '报名费用为50元。', '请按时参加。'].join('\n')).budget).toEqual([]);
  });
});

describe('blanks: empty fields, not headings', () => {
  const blanks = (lines: string[]) => readPlan(lines.join('\n')).blanks.map((b) => [b.field, b.text]);

  it('a heading whose lines follow it is not blank; a field followed by the next field is', () => {
    expect(
      blanks([
        '活动方案',
        '一、主办单位：',
        '二、参加人员：',
        '1、全体员工',
        '2、特邀嘉宾',
        '三、活动地点：',
      ]),
    ).toEqual([
      ['organiser', '一、主办单位：'],
      ['venue', '三、活动地点：'],
    ]);
  });

  it('a field one level down, followed by a heading a level up, is blank', () => {
    expect(
      blanks(['一、时间地点', '1、时间：5月4日上午9:00', '2、地点：', '二、参会人员', '全体员工']),
    ).toEqual([['venue', '2、地点：']]);
  });
});

describe('blanks: placeholders', () => {
  const blanks = (lines: string[]) => readPlan(lines.join('\n')).blanks.map((b) => [b.field, b.text]);

  it('a lost year takes its month and day; a placeholder name loses the title before it and the act after it', () => {
    expect(blanks(['活动议程', '一、时间：20xx年10月25日下午2:30', '1、县委常委、宣传部长李xx讲话'])).toEqual(
      [
        ['date', '20xx年10月25日'],
        ['name', '李xx'],
      ],
    );
  });
});

describe('several meetings in one text', () => {
  it('gives one reading per numbered entry that holds its own meeting (召开“…”)', () => {
    const text = [
      '关于春节期间活动安排的通知',
      '一、团拜活动',
      '（一）2月9日9时，在市老干部活动中心召开“全市离退休干部迎新春茶话会”。全市离退休干部参加。',
      '（二）2月15日10时30分，在友谊宫多功能厅召开“2007年迎新春团拜会”。各界代表参加。',
    ].join('\n');
    expect(readPlans(text).map((p) => [p.title?.value, p.date?.value])).toEqual([
      ['全市离退休干部迎新春茶话会', '????-02-09'],
      ['2007年迎新春团拜会', '????-02-15'],
    ]);
  });

  it('cuts at headings that name events (争霸赛, 大联欢)', () => {
    const text = [
      '年会方案',
      '一、体育争霸赛',
      '时间：2012年1月6日',
      '地点：医院',
      '二、兔年年终大联欢',
      '时间：2012年1月7日',
      '地点：多功能厅',
    ].join('\n');
    expect(readPlans(text).map((p) => [p.title?.value, p.venue?.value])).toEqual([
      ['体育争霸赛', '医院'],
      ['兔年年终大联欢', '多功能厅'],
    ]);
  });
});

describe('fields spaced out to line up (时  间：, 地 点：)', () => {
  it('reads a label whose characters are parted by spaces as the label itself', () => {
    const p = readPlan(
      ['全区植树节动员会', '时  间：3月10日9:00', '地 点：区政府二楼会议室', '主 持 人：区长'].join('\n'),
    );
    expect([p.date?.value, p.time?.value, p.venue?.value]).toEqual([
      '????-03-10',
      '09:00',
      '区政府二楼会议室',
    ]);
    expect(p.venue?.at.line).toBe(3);
  });

  it('cuts a schedule of events at each heading, a subheading straight under one being its session', () => {
    const text = [
      '文化周活动安排',
      '(一)青年创业沙龙',
      '创业项目路演会',
      '时 间:6月3日14:00',
      '地 点:大学生活动中心',
      '(二)青年读书分享会',
      '时 间:6月4日9:30',
      '地 点:图书馆报告厅',
    ].join('\n');
    expect(readPlans(text).map((p) => [p.title?.value, p.date?.value, p.venue?.value])).toEqual([
      ['青年创业沙龙', '????-06-03', '大学生活动中心'],
      ['青年读书分享会', '????-06-04', '图书馆报告厅'],
    ]);
  });

  it('does not take a member’s post or the address under a team’s heading for its duty', () => {
    const p = readPlan(
      [
        '运动会工作方案',
        '一、组织机构',
        '1、领导小组',
        '组 长:王明',
        '副组长:李华、赵强',
        '地 址:新华路8号',
        '二、具体分工',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.task)).toEqual([]);
  });
});

describe('materials, item by item', () => {
  it('reads each badge, card or document, with its count, and the list after 下列材料', () => {
    const p = readPlan(
      [
        '会议方案',
        '报到后，工作人员向代表分发代表证和文件袋；主席台摆放桌签42个。',
        '代表文件袋内装下列材料：',
        '⑴大会作息时间表',
        '⑵大会注意事项',
        '四、会场布置',
      ].join('\n'),
    );
    expect(p.materials.map((m) => [m.value, m.at.line])).toEqual([
      ['代表证', 2],
      ['文件袋', 2],
      ['桌签42个', 2],
      ['文件袋', 3],
      ['大会作息时间表', 4],
      ['大会注意事项', 5],
    ]);
  });
});

describe('agenda: schedules and numbered items', () => {
  const agenda = (lines: string[]) =>
    readPlan(lines.join('\n')).agenda.map((a) => [a.item, a.presenter ?? null, a.time ?? null]);

  it('a schedule goes on past day and session headings, and 下午 makes its times afternoon times', () => {
    expect(
      agenda([
        '运动会日程安排',
        '9月28日上午',
        '8:30 入场式开始',
        '9:30 开幕式',
        '9月28日下午',
        '2:30 拔河预赛开始',
        '5:30 颁奖仪式',
      ]),
    ).toEqual([
      ['入场式开始', null, '08:30'],
      ['开幕式', null, '09:30'],
      ['拔河预赛开始', null, '14:30'],
      ['颁奖仪式', null, '17:30'],
    ]);
  });

  it('a numbered item is one item with one speaker, however many titles it gives', () => {
    expect(
      agenda([
        '一、会议议程',
        '1、县委常委、宣传部长李明讲话；',
        '2、区住房保障局作申报登记工作情况汇报；',
        '3、各街镇副主任就申报登记工作作发言。',
      ]),
    ).toEqual([
      ['讲话', '县委常委、宣传部长李明', null],
      ['作申报登记工作情况汇报', '区住房保障局', null],
      ['就申报登记工作作发言', '各街镇副主任', null],
    ]);
  });
});

describe('agenda: sessions of a congress, each with its fields', () => {
  it('reads each numbered session, indented, with the time its fields give', () => {
    const p = readPlan(
      [
        '第三次代表大会日程',
        '一、预备会议(9日下午)',
        '    1.代表团团长会议。时间:14:00--14:40;地点:1718会议室;主持人:周宇。',
        '    2.大会预备会议。时间:16:05--17:00;地点:报告厅;主持人:周宇。',
        '二、会议材料',
        '1.大会工作报告;',
        '2.代表名册。',
      ].join('\n'),
    );
    expect(p?.agenda.map((a) => [a.item, a.time ?? null])).toEqual([
      ['代表团团长会议', '14:00'],
      ['大会预备会议', '16:05'],
    ]);
  });
});

describe('materials under a heading of their own', () => {
  it('reads the numbered lines under 向会议提交的材料 as materials', () => {
    const p = readPlan(
      [
        '全委会议通知',
        '四、向会议提交的材料',
        '',
        '1、各学会2011年工作要点;',
        '',
        '2、各县市区科协2011年工作要点。',
        '五、注意事项',
        '1、与会人员要按时报到。',
      ].join('\n'),
    );
    expect(p?.materials.map((m) => m.value)).toEqual(['各学会2011年工作要点', '各县市区科协2011年工作要点']);
  });
});

describe('when: a range of days in one month', () => {
  it('reads 10月4-6日 and 10月4至6日 as a start and three days', () => {
    for (const range of ['2014年10月4-6日', '2014年10月4至6日']) {
      const p = readPlan(`成立大会筹备方案\n(三)召开时间:${range},4日报到。`);
      expect([p?.date?.value, p?.duration?.value]).toEqual(['2014-10-04', '3']);
    }
  });
});

describe('one meeting with a field that names its kind', () => {
  it('does not cut a plan at （一）大会类型：召开会员代表大会', () => {
    const plans = readPlans(
      [
        '研究会成立大会筹备方案',
        '根据5月10日在益阳召开的主任会议决定的有关事项,特制定本方案。',
        '(一)大会类型:召开会员代表大会',
        '(二)大会规模:400人以内',
        '(三)召开时间:2014年10月4-6日',
        '二、成立大会召开地点:在浏阳市召开。',
      ].join('\n'),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]?.venue?.value).toBe('浏阳市');
  });
});

describe('venue: a sentence in the 地点 field', () => {
  it('takes the place the sentence holds the meeting at', () => {
    const p = readPlan('成立大会筹备方案\n二、成立大会召开地点:经筹委会表决通过在长沙市召开。');
    expect(p?.venue?.value).toBe('长沙市');
  });
});

describe('attendee groups in prose: 参加会议范围', () => {
  it('reads a 参加会议范围 field inline after a full stop, without what each group attends', () => {
    const p = readPlan(
      '关于召开工作座谈会的通知\n定于7月29日上午召开工作座谈会。参加会议范围:局党组成员,各处室负责人参加两天的会议;局机关全体人员参加30日下午的会议。',
    );
    expect(p?.groups.map((g) => g.name)).toEqual(['局党组成员', '各处室负责人', '局机关全体人员']);
  });
});

describe('attendee groups: who qualifies whom', () => {
  const groups = (line: string) => readPlan(['会议通知', line].join('\n')).groups.map((g) => g.name);

  it('splits where each part names its people, and keeps a modifier with the people it qualifies', () => {
    expect(groups('参会人员：各街道分管副主任、专干，区住房保障局领导、相关科室人员')).toEqual([
      '各街道分管副主任',
      '专干',
      '区住房保障局领导',
      '相关科室人员',
    ]);
    expect(groups('参会人员：各街道主任、分管领导')).toEqual(['各街道主任、分管领导']);
  });

  it('reads a bare 出席： field and skips a pointer to an annex', () => {
    expect(groups('出席：一届县委常委、各代表团召集人')).toEqual(['一届县委常委', '各代表团召集人']);
    expect(groups('参会人员：详见附件一')).toEqual([]);
  });
});

describe('when: the date with its year, 会期 and 时间半天', () => {
  it('takes the year from where the text writes the same day in full', () => {
    const p = readPlan(
      [
        '关于召开常委会议的通知',
        '经研究，定于2009年12月29日（星期二）上午召开常委会议，时间半天。',
        '一、会议时间',
        '12月29日上午9:00',
      ].join('\n'),
    );
    expect(p.date?.value).toBe('2009-12-29');
    expect(p.date?.at.line).toBe(2);
    expect(p.duration?.value).toBe('0.5');
  });

  it('reads a 会期： field as the meeting’s dates, and an earlier 时间： field before a later sentence', () => {
    expect(
      readPlan(['糖酒会方案', '会期：2007年10月12日—14日。', '自6月30日起开展预售工作。'].join('\n')).date
        ?.value,
    ).toBe('2007-10-12');
    expect(
      readPlan(['表彰大会方案', '时间：2015年5月4日', '1、4月7日召开会议，宣布活动事项。'].join('\n')).date
        ?.value,
    ).toBe('2015-05-04');
  });
});

describe('page debris is not the meeting', () => {
  it('skips a web page’s timestamp and a question about meetings', () => {
    const p = readPlan(
      [
        '会议方案应该怎么写',
        '时间:2020-11-05 18:48:41 会议方案',
        '什么是会议',
        '关于召开工作调度会议的通知',
        '一、时间：20xx年10月25日（星期五）下午2:30',
      ].join('\n'),
    );
    expect(p.date?.value).toBe('????-10-25');
    expect(p.time?.value).toBe('14:30');
    expect(p.title?.value).toBe('工作调度会议');
  });

  it('reads the start after a 报到 date in the same field', () => {
    expect(
      readPlan(['培训班通知', '1.会议及报到日期：6月28日报到，6月29日培训。'].join('\n')).date?.value,
    ).toBe('????-06-29');
  });

  it('drops 第一篇： and 日程安排 from a heading', () => {
    expect(readPlan('第一篇：第五届商会换届庆典活动方案').title?.value).toBe('第五届商会换届庆典');
    expect(readPlan('简阳市2015年秋季教职工运动会日程安排(草案)').title?.value).toBe(
      '简阳市2015年秋季教职工运动会',
    );
  });
});

describe('forms of notices and programmes', () => {
  it('reads who convenes from a heading before 关于召开, and the meeting name after it', () => {
    const p = readPlan('济南市科技局办公室关于召开科技工作座谈会的通知 二维码');
    expect(p.organiser?.value).toBe('济南市科技局办公室');
    expect(p.title?.value).toBe('科技工作座谈会');
  });

  it('reads several fields written on one line after semicolons, and a ︰ colon', () => {
    const p = readPlan(
      [
        '会议通知',
        '1.全体会议。时间：上午9︰10；地点：远教楼负一楼报告厅；主持人：周宇；与会人员：全体代表',
      ].join('\n'),
    );
    expect([p.time?.value, p.venue?.value, p.host?.value]).toEqual(['09:10', '远教楼负一楼报告厅', '周宇']);
  });

  it('drops a room’s street address and the rooms that join it from the venue', () => {
    expect(
      readPlan('会议地点：省民政厅六楼视频会议室（西关大街60号）及各市民政局视频会议室设分会场。').venue
        ?.value,
    ).toBe('省民政厅六楼视频会议室');
  });

  it('reads a Republic of China year, and a blank day from where the date is written in full', () => {
    expect(readPlan('四、活動日期：110年3月至110年12月').date?.value).toBe('2021-03-??');
    expect(
      readPlan(['中秋活动策划', '活动时间：09月日', '公司将在2011年09月12日举办一场联欢晚会。'].join('\n'))
        .date?.value,
    ).toBe('2011-09-12');
  });
});

describe('tasks: duties named to people, and owners of other kinds', () => {
  const tasks = (lines: string[]) =>
    readPlan(['开幕式方案', ...lines].join('\n')).tasks.map((t) => [t.task, t.owner]);

  it('reads a line that assigns duties to named people, but not a roster of positions', () => {
    expect(tasks(['3.国旗、校旗：毛金敏 标语方阵：蔡园园'])).toEqual([
      ['国旗、校旗', '毛金敏'],
      ['标语方阵', '蔡园园'],
    ]);
    expect(tasks(['1、领导小组副组长：张少初，常务副组长：王国华、王申峰'])).toEqual([]);
  });

  it('takes a branch of the youth league or a region as an owner, and a deadline after 在', () => {
    expect(
      readPlan(
        [
          '培训通知',
          '三、工作要求',
          '（一）各团总支须做好配合工作。',
          '（二）各系团总支需在5月20日前将登记表报院团委。',
        ].join('\n'),
      ).tasks.map((t) => t.owner),
    ).toEqual(['各团总支', '各系团总支']);
  });
});

describe('agenda: the parts of an event', () => {
  it('reads the numbered steps of sections that are parts of the event, their lengths dropped', () => {
    const p = readPlan(
      [
        '运动会开幕式方案',
        '一、进场部分（70 min）',
        '1.7:50各班级候场，各方阵按年级排列。',
        '2.7:55请领导嘉宾就坐',
        '二、开幕仪式（20 min）',
        '1.介绍领导、嘉宾 1min',
        '2.陈校长致开幕词 3min',
        '三、注意事项',
        '1.注意安全',
      ].join('\n'),
    );
    expect(p.agenda.map((a) => [a.item, a.presenter ?? null, a.time ?? null])).toEqual([
      ['各班级候场，各方阵按年级排列', null, '07:50'],
      ['请领导嘉宾就坐', null, '07:55'],
      ['介绍领导、嘉宾', null, null],
      ['致开幕词', '陈校长', null],
    ]);
  });
});

describe('budget lines in tables, run together, and a total stated as a field', () => {
  it('reads a | table under 项目 | 金额(元) | 备注, with its 总计', () => {
    const p = readPlan(
      [
        '聚餐方案',
        '六、预算',
        '| 项目 | 预算金额(元) | 备注|',
        '|----|----|----|',
        '| 餐费 | 2000 | 按人均60元计算|',
        '| 场地布置 | 300| 气球等|',
        '| 总计 | 2300 | |',
      ].join('\n'),
    );
    expect(p.budget.map((b) => [b.name, b.amount, b.remark])).toEqual([
      ['餐费', '2000', '按人均60元计算'],
      ['场地布置', '300', '气球等'],
    ]);
    expect(p.budgetTotal?.value).toBe('2300');
  });

  it('reads a budget run together after 预算如下:, and 预算: N元 as the total', () => {
    const p = readPlan(
      '沙龙方案。五、活动预算本次沙龙的预算如下:项目名称费用场地租赁500元礼品采购200元嘉宾酬金1000元总计1700元六、组织',
    );
    expect(p.budget.map((b) => [b.name, b.amount])).toEqual([
      ['场地租赁', '500'],
      ['礼品采购', '200'],
      ['嘉宾酬金', '1000'],
    ]);
    expect(p.budgetTotal?.value).toBe('1700');
    expect(readPlan('团建活动方案\n预算: 2000元').budgetTotal?.value).toBe('2000');
  });
});

describe('materials listed under a supplies label', () => {
  it('reads each item of 所需物品:…、…, brackets whole', () => {
    const p = readPlan(
      ['元宵游园活动方案', '6. 所需物品:音响一台、灯笼、会场装饰品(气球、彩旗等)若干、纪念品。'].join('\n'),
    );
    expect(p.materials.map((m) => m.value)).toEqual([
      '音响一台',
      '灯笼',
      '会场装饰品(气球、彩旗等)若干',
      '纪念品',
    ]);
  });
});

describe('staff', () => {
  it('reads people assigned to serve: a role with its count, and 派/安排 …人员', () => {
    const p = readPlan(
      [
        '晚会方案',
        '负责人员：办公室人员及各分店派一名管理人员',
        '请各地安排技术人员，积极配合调试工作。',
        '摄像：各班家长首席摄影师1名',
      ].join('\n'),
    );
    expect(p.staff.map((x) => x.at.line)).toEqual([2, 3, 4]);
  });

  it('reads each role with its count under a staffing heading, brackets whole, and no task of them', () => {
    const p = readPlan(
      [
        '年会现场工作方案',
        '二、人员配备(30人)',
        '1、签到组:',
        '引导人员2人,礼仪6人(门口2人,会场4人)音响师1人',
        '2、后勤组:',
        '统筹3人,财务1人',
        '三、工作要求',
      ].join('\n'),
    );
    expect(p.staff.map((x) => [x.value, x.at.line])).toEqual([
      ['人员配备(30人)', 2],
      ['引导人员2人', 4],
      ['礼仪6人(门口2人,会场4人)', 4],
      ['音响师1人', 4],
      ['统筹3人', 6],
      ['财务1人', 6],
    ]);
    expect(p.tasks.filter((t) => t.at.line === 4 || t.at.line === 6)).toEqual([]);
  });
});

describe('titles and schedules', () => {
  it('never takes a step of a schedule for a meeting, and drops the clock from a session’s name', () => {
    const plans = readPlans(
      [
        '2023年秋季运动会策划书',
        '一、行程安排',
        '9:15 开幕式、入场',
        '10:30-13:00 乒乓球',
        '16:00-17:00 足球赛',
      ].join('\n'),
    );
    expect(plans.map((p) => p.title?.value)).toEqual(['2023年秋季运动会']);
    expect(plans[0]!.agenda.map((a) => a.time)).toEqual(['09:15', '10:30', '16:00']);
    expect(meetingName('2:30----3:00各代表团召集人第一次会议')).toBe('各代表团召集人第一次会议');
    expect(meetingName('00各代表团会议')).toBeUndefined();
    expect(meetingName('当前位置:工作总结 > 2023年秋季运动会策划书(合集)')).toBe('2023年秋季运动会');
  });

  it('reads a schedule over days through a note between its steps and each day’s heading', () => {
    const p = readPlan(
      [
        '2023年秋季运动会策划书',
        '一、行程安排',
        '(一)第一天',
        '7:50 集合',
        '其他车辆自行出发',
        '9:15 开幕式、入场',
        '(二)第二天',
        '9:30 退房',
        '10:00 出发去景区',
        '二、注意事项',
      ].join('\n'),
    );
    expect(p.agenda.map((a) => [a.time, a.at.line])).toEqual([
      ['07:50', 4],
      ['09:15', 6],
      ['09:30', 8],
      ['10:00', 9],
    ]);
  });
});

describe('titles: 策划, 组织部, preparatory committees', () => {
  it('drops 策划 from a heading, does not read 组织部 as the verb 组织, and names the event a committee prepares', () => {
    expect(readPlan('公司中秋节活动策划').title?.value).toBe('公司中秋节活动');
    expect(
      readPlan(['团校通知', '院团委组织部负责培训期间考勤等工作。'].join('\n')).title?.value,
    ).toBeUndefined();
    expect(
      readPlan(['实施计划', '二、指导单位：市教育局、土牛国小创校100年校庆筹备委员会。'].join('\n')).title
        ?.value,
    ).toBe('土牛国小创校100年校庆');
  });
});

describe('groups: what they attend, and a 参加 inside the name', () => {
  it('drops what a group attends, but keeps 未参加…培训的员工 whole', () => {
    const p = readPlan(
      ['消防培训通知', '参训人员:各县科技局局长参加二天的会议;后勤处、图书馆未参加消防培训的员工。'].join(
        '\n',
      ),
    );
    expect(p.groups.map((g) => g.name)).toEqual(['各县科技局局长', '后勤处、图书馆未参加消防培训的员工']);
  });
});

describe('groups: sub-labels, brackets and 和', () => {
  it('drops a 主会场： sub-label, keeps a title in brackets, and splits at 和 before a unit of its own', () => {
    const groups = (line: string) => readPlan(['视频会议通知', line].join('\n')).groups.map((g) => g.name);
    expect(
      groups('参会人员：主会场：省民政厅各厅级领导、机关全体干部职工和厅属事业单位主要负责同志。'),
    ).toEqual(['省民政厅各厅级领导', '机关全体干部职工', '厅属事业单位主要负责同志']);
    expect(groups('参会人员：基层科协理事长（秘书长）；相关单位负责人')).toEqual([
      '基层科协理事长（秘书长）',
      '相关单位负责人',
    ]);
    expect(groups('参会人员：各物业公司项目经理及全体保安人员')).toEqual([
      '各物业公司项目经理及全体保安人员',
    ]);
  });
});

describe('fields named in running prose', () => {
  it('reads 会议主要内容： after a full stop as the agenda, each sentence an item with its speaker', () => {
    const p = readPlan(
      '定于7月29日上午在市会议中心召开科技工作座谈会。会期二天。会议主要内容：各县区科技局介绍上半年工作情况；市科技局各分管局长安排下半年重点工作。冯光文局长作重要讲话。',
    );
    expect(p.agenda.map((a) => [a.item, a.presenter ?? null])).toEqual([
      ['介绍上半年工作情况', '各县区科技局'],
      // 安排 is not a verb of speaking: the item keeps its subject.
      ['市科技局各分管局长安排下半年重点工作', null],
      ['作重要讲话', '冯光文局长'],
    ]);
  });
});

describe('organiser from 经…研究同意', () => {
  it('stops before every verb of deciding', () => {
    expect(readPlan('经学校党委研究同意，定于3月9日召开教代会。').organiser?.value).toBe('学校党委');
  });
});

describe('materials are badges, cards and documents', () => {
  it('does not count banners and flags as materials', () => {
    const p = readPlan(['开幕式方案', '会场悬挂横幅，布置彩旗；学员颁发结业证书，按座位图就坐。'].join('\n'));
    expect(p.materials.map((m) => m.value)).toEqual(['证书', '座位图']);
  });
});

describe('task deadlines as written', () => {
  it('reads hours in Chinese numerals, 下班前, 提前至少10天 and 活动前', () => {
    const dl = (line: string) => readPlan(['培训通知', '三、工作要求', line].join('\n')).tasks[0]?.deadline;
    expect(dl('（八）各系团总支需在5月20日下午五点前将登记表报院团委。')).toBe('5月20日下午五点前');
    expect(dl('1、各部门将人数于11月19日（周三）下班前报后勤处。')).toBe('11月19日（周三）下班前');
    expect(dl('2、办公室负责提前至少10天发出通知。')).toBe('提前至少10天');
  });
});

describe('groups: the people prose says attend', () => {
  it('reads a long list before 在…参加会议, the clause before its comma, and 特别邀请…参加', () => {
    const p = readPlan(
      [
        '关于召开全市防汛工作电视电话会议的通知',
        '市政府定于6月3日上午9:00召开全市防汛工作电视电话会议。市政府领导、市防汛指挥部全体成员、各区县防汛办公室主任在主会场参加会议。各乡镇、街道分管防汛工作的负责人,其他有关人员在当地分会场参加会议。',
        '（三）会议特别邀请部分新闻媒体记者参加会议。',
        '各单位要认真做好会议的组织工作,保证各有关人员参加会议。',
      ].join('\n'),
    );
    expect(p.groups.map((g) => g.name)).toEqual([
      '市政府领导',
      '市防汛指挥部全体成员',
      '各区县防汛办公室主任',
      '各乡镇、街道分管防汛工作的负责人',
      '其他有关人员',
      '部分新闻媒体记者',
    ]);
  });
});

describe('tasks: a team heading over its cells, one per line', () => {
  it('reads the team’s duties line past the cells of its leaders, one task per semicolon', () => {
    const p = readPlan(
      [
        '文化节筹备方案',
        '四、组织机构',
        '1、宣传报道组',
        '组',
        '长:',
        '**',
        '牵头部门:',
        '县委宣传部',
        '配合部门:',
        '县文旅局',
        '负责制定宣传工作方案;邀请新闻媒体记者;负责活动现场的摄影摄像。',
        '2、后勤保障组',
        '负责会场布置和用餐安排。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.task, t.owner])).toEqual([
      ['负责制定宣传工作方案', '宣传报道组'],
      ['邀请新闻媒体记者', '宣传报道组'],
      ['负责活动现场的摄影摄像', '宣传报道组'],
      ['负责会场布置和用餐安排', '后勤保障组'],
    ]);
  });
});

describe('blanks: a masked place in running prose is anonymising', () => {
  it('keeps 地点：**乡 a blank but not **县人民政府 in a sentence', () => {
    const p = readPlan(
      [
        '**县采摘节活动方案',
        '为了大力培育**县休闲农业产业,经研究,决定举办采摘节。',
        '一、活动时间:6月20日',
        '二、活动地点:**乡',
        '三、主办单位:**县人民政府',
      ].join('\n'),
    );
    expect(p.blanks.map((b) => [b.text, b.at.line])).toEqual([
      ['**乡', 4],
      ['**县人民政府', 5],
    ]);
  });
});

describe('when: a date known only to its month', () => {
  it('reads 6月下旬 as the month with its day unknown, and leaves 3个月 alone', () => {
    expect(readPlan('会议通知\n会议时间：2024年6月下旬（具体时间另行通知）').date?.value).toBe('2024-06-??');
    expect(readPlan('会议通知\n会议时间：6月初').date?.value).toBe('????-06-??');
    expect(readPlan('会议通知\n会议时间：为期3个月').date).toBeUndefined();
  });
});

describe('materials: the numbered things to prepare under 以下物资', () => {
  it('reads each numbered line after 负责准备以下物资 as a material', () => {
    const p = readPlan(
      [
        '迎新晚会方案',
        '八、晚会物资准备:',
        '由学生会负责准备以下物资:',
        '1. 矿泉水4件',
        '2. 抽奖箱(红色)',
        '3. 入场券500份',
        '九、安全保障',
      ].join('\n'),
    );
    expect(p.materials.map((m) => m.value)).toEqual(['矿泉水4件', '抽奖箱(红色)', '入场券500份']);
  });
});

describe('forms read from the fifth fresh plans, in words of their own', () => {
  it('takes the title from the meeting a sentence schedules, a quoted event, or what a report says was held', () => {
    expect(
      readPlan('各学院:\n经研究,XX学院第三届学生代表大会第二次会议定于2024年5月8日下午在图书馆报告厅召开。')
        ?.title?.value,
    ).toBe('XX学院第三届学生代表大会第二次会议');
    expect(readPlan('市政府昨日召开新闻发布会,公布“2025年长江经济带人才峰会”日程。')?.title?.value).toBe(
      '2025年长江经济带人才峰会',
    );
    expect(
      readPlan('5月6日上午,来自三个县的200名学员在学院礼堂举行了“乡村振兴(2024)”骨干教师研修项目的开班典礼。')
        ?.title?.value,
    ).toBe('“乡村振兴(2024)”骨干教师研修项目的开班典礼');
    expect(meetingName('校园足球联赛活动策划书怎么写?(二)')).toBe('校园足球联赛活动');
  });

  it('reads the groups listed after 出席今天会议的有, a 组织委员 among them', () => {
    const groups = readPlan(
      '今天上午举行表彰大会。出席今天会议的有:村两委成员、各党小组组长、组织委员、全体党员。',
    )?.groups;
    expect(groups?.map((g) => g.name)).toEqual(['村两委成员', '各党小组组长', '组织委员', '全体党员']);
  });

  it('reads a schedule copied a cell a line, before the agenda of its sessions', () => {
    const text = [
      '一、会议安排',
      '时间 |',
      '内容 |',
      '五月八日 |',
      '13:30 报到 |',
      '第一会议室 |',
      '14:00 开幕会 |',
      '全体代表 |',
      '15:30 分组讨论 |',
      '二、会议议程',
      '1.审议工作报告;',
      '2.审议财务报告。',
    ].join('\n');
    const agenda = readPlan(text)?.agenda ?? [];
    expect(agenda.map((a) => [a.item, a.time ?? ''])).toEqual([
      ['报到', '13:30'],
      ['开幕会', '14:00'],
      ['分组讨论', '15:30'],
      ['审议工作报告', ''],
      ['审议财务报告', ''],
    ]);
  });

  it('reads the items a report counts out, the parts an event holds, and a range with two dashes', () => {
    const counted = readPlan(
      '本次典礼共三项议程。议程第一项,学院院长致欢迎辞,并对来宾表示欢迎。议程第二项,市教育局局长讲话。议程第三项,学员代表发言。',
    )?.agenda;
    expect(counted?.map((a) => a.item)).toEqual(['致欢迎辞', '讲话', '发言']);
    expect(counted?.[0]?.presenter).toBe('学院院长');
    const holds = readPlan('本届博览会期间将举办开幕式、主题论坛、项目签约、文艺晚会等活动。')?.agenda;
    expect(holds?.map((a) => a.item)).toEqual(['开幕式', '主题论坛', '项目签约', '文艺晚会']);
    const timed = readPlan('活动安排\n8:30 集合出发\n9:00--11:00 拔河比赛\n11:30 午餐')?.agenda;
    expect(timed?.map((a) => [a.item, a.time])).toEqual([
      ['集合出发', '08:30'],
      ['拔河比赛', '09:00'],
      ['午餐', '11:30'],
    ]);
  });

  it('names the speaker of a speech with a long title', () => {
    const agenda = readPlan(
      '会议议程:\n1.表彰先进集体;\n2.镇党委书记王某同志作纪念建党百年暨表彰大会主题讲话。',
    )?.agenda;
    expect(agenda?.[1]?.presenter).toBe('镇党委书记王某');
  });

  it('lists a material once, where it is last named when it recurs on many lines', () => {
    const text = [
      '一等奖:奖金500元+证书',
      '二等奖:奖金300元+证书',
      '三等奖:奖金100元+证书',
      '证书+奖杯:200元',
    ].join('\n');
    const materials = readPlan(text)?.materials ?? [];
    expect(materials.filter((m) => m.value === '证书').map((m) => m.at.line)).toEqual([4]);
  });

  it('does not take a heading that states its amount for a blank', () => {
    const blanks = readPlan('(一)拔河比赛(800元):\n奖品经费预算:800元。')?.blanks ?? [];
    expect(blanks).toEqual([]);
  });

  it('takes no task from honours, credits, entrants or the host of the meeting itself', () => {
    const text = [
      '表彰名单',
      '优秀共产党员:王小明、李大海 优秀党务工作者:陈一平',
      '参加球队:各学院代表队',
      '本届论坛由市人民政府主办,由市商务局承办,将于6月1日在国际会展中心举行。',
      '摄影:赵小兰 撰稿:孙立',
    ].join('\n');
    expect(readPlan(text)?.tasks ?? []).toEqual([]);
  });
});

describe('forms read from the sixth fresh plans, in words of their own', () => {
  it('reads team blocks whose duties are circled items, indented and parted by blank lines', () => {
    const text = [
      '  一、组织机构及分组',
      '  1、场地、器材组',
      '',
      '  组长:xxx',
      '',
      '  组员:xxx',
      '',
      '  职责:',
      '',
      '  ①负责篮球场的布置;',
      '',
      '  ②负责器材的借用。',
      '',
      '  2、后勤组',
      '',
      '  组长:xxx',
      '',
      '  职责:负责饮用水的采购。',
    ].join('\n');
    const tasks = readPlan(text)?.tasks ?? [];
    expect(tasks.map((t) => [t.task, t.owner])).toEqual([
      ['负责篮球场的布置', '场地、器材组'],
      ['负责器材的借用', '场地、器材组'],
      ['负责饮用水的采购', '后勤组'],
    ]);
  });

  it('names the event from its subject, its committee, a preposition or a page patter before it, or its theme', () => {
    expect(
      readPlan('各位代表:\n第三届全国青年陶艺研讨会各项准备工作已经基本就绪。现将报到事项通知如下:')?.title
        ?.value,
    ).toBe('第三届全国青年陶艺研讨会');
    expect(
      readPlan('一、组织机构\n(一)实验中学2024年春季田径运动会领导小组\n组长:王校长')?.title?.value,
    ).toBe('实验中学2024年春季田径运动会');
    expect(readPlan('根据第二届城市读书节组委会的安排,现将有关事项通知如下。')?.title?.value).toBe(
      '第二届城市读书节',
    );
    expect(
      readPlan('下面是小编给大家分享的学校2024年秋季田径运动会方案\n一、时间:10月20日')?.title?.value,
    ).toBe('学校2024年秋季田径运动会');
    expect(
      readPlan('“温暖同行”策划书\n一、活动主题:温暖同行,走进敬老院\n二、活动时间:5月4日')?.title?.value,
    ).toBe('温暖同行,走进敬老院');
    expect(readPlan('时间:4月26日9:00-11:30\n5、重大项目签约仪式\n时间:4月26日下午')?.title).toBeUndefined();
  });
});

describe('agenda forms of the sixth fresh plans, in words of their own', () => {
  it('reads the innermost agenda section, its steps with who gives them and notes between them', () => {
    const text = [
      '三、活动内容',
      '1. 活动时间:5月4日上午9:00',
      '2. 活动地点:社区活动中心',
      '3. 活动流程',
      '9:00-9:10 开场致辞',
      '致辞人:社区主任',
      '9:10-9:40 (一)消防安全讲座',
      '主讲人:区消防大队教员',
      '主题:家庭火灾的预防',
      '9:40-10:00 互动环节',
      '由主讲人提问,居民抢答',
      '10:00-10:30 灭火器使用演练',
      '四、活动要求',
      '各小组准时到场。',
    ].join('\n');
    const agenda = readPlan(text)?.agenda ?? [];
    expect(agenda.map((a) => [a.item, a.time, a.presenter ?? ''])).toEqual([
      ['开场致辞', '09:00', '社区主任'],
      ['消防安全讲座', '09:10', '区消防大队教员'],
      ['互动环节', '09:40', ''],
      ['灭火器使用演练', '10:00', ''],
    ]);
  });
});

describe('groups counted as they attend', () => {
  it('reads 参会的嘉宾共有291人 and 与会代表达306人 as groups with their counts', () => {
    const groups =
      readPlan('截至昨日,省外已确定参会的嘉宾共有120人。省内方面,与会代表达86人。')?.groups ?? [];
    expect(groups.map((g) => [g.name, g.count])).toEqual([
      ['省外已确定参会的嘉宾', '120'],
      ['与会代表', '86'],
    ]);
  });
});

describe('the total after the groups prose gives', () => {
  it('reads 共计…人 right after the groups a sentence says attend', () => {
    const plan = readPlan('出席今天会议的有:村两委成员、各党小组组长、全体党员等共125人。');
    expect(plan?.total?.value).toBe('125');
  });
});

describe('venues of the sixth fresh plans, in words of their own', () => {
  it('prefers a 培训地点 field to a clause of 培训时间与地点, and stops a 在…召开 place before 组织', () => {
    expect(
      readPlan(
        '三、培训时间与地点 培训时间:5月9日,培训时间2天,8日下午报到。 培训地点:青岛海景宾馆(地址:香港中路1号)。',
      )?.venue?.value,
    ).toBe('青岛海景宾馆');
    expect(readPlan('经研究决定,于10月25日在市体育中心组织召开全校秋季田径运动会。')?.venue?.value).toBe(
      '市体育中心',
    );
  });
});
