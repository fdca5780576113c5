import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf } from './doc.js';
import type { TaskReading } from './types.js';

// The columns of a task table: 任务 | 完成时间 | 负责单位 | 负责人 ….
const TASK_COLUMN =
  /^(?:工作)?(?:任务|内容|事项)(?:内容|分解|名称)?$|^具体(?:任务|工作|内容)$|^工作项目$|^项目$/;
const WHEN_COLUMN = /^(?:完成)?(?:时间|时限|期限)(?:节点|要求)?$/;
const OWNER_COLUMN =
  /^(?:负责|责任|牵头|配合|协办|承办|具体)(?:单位|部门|人|领导|科室)$|^联系人$|^责任人$|^负责人$/;
const OTHER_COLUMN = /^(?:序号|备注|说明)$/;
/** Rows a table written one cell per line may hold before it is taken to have ended. */
const MAX_ROWS = 60;

// A cell that says when: 3月12日, 4月7日前, 3月20日全天, 运动会期间.
const WHEN_CELL =
  /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}(?:[-—~至]\d{1,2})?日)?.{0,6}$|^\d{1,2}日.{0,4}$|^.{0,8}(?:期间|前|之前|以前|全天|启动|完成)$|^(?:会|会议|活动)[前后]\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:个)?(?:天|日|周|小时)$|^提前.{1,6}$|^前一天$/;
// A personal name, or two or three run together or spaced: 何涛, 杨红霞李俊, 张婷 李俊.
const NAMES = /^[\u4e00-\u9fff]{2,4}(?:[\s、,，]*[\u4e00-\u9fff]{2,4}){0,2}$/;
// Characters that make a short cell a task rather than a name: verbs and objects of work.
const WORK =
  /的|了|和|与|及|做好|组织|召开|准备|安排|制作|布置|负责|确定|发布|收集|编排|表演|训练|宣传|报道|设计|调试|选拔|通知/;
// A person by post: 代表团团长, 各分会主席.
const POST = /(?:长|主席|主任|书记|委员|老师|教练|干事)$/;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** What one cell holds: a task, a deadline, or an owner (a unit or a person). */
function kindOf(cell: string, ownerEnd: RegExp): 'task' | 'when' | 'owner' {
  const c = squeeze(cell);
  if (/[。；;]$/.test(c) || c.length > 16) return 'task';
  if (WHEN_CELL.test(c) && /[\d一二三四五六七八九十两]|期间|全天/.test(c)) return 'when';
  if ((ownerEnd.test(c) || POST.test(c)) && c.length <= 12) return 'owner';
  if (NAMES.test(cell.trim()) && c.length <= 8 && !WORK.test(c)) return 'owner';
  return 'task';
}

/**
 * Tasks from a table copied out one cell per line: a header of column names on lines of their own
 * (`任 务` ⏎ `完成时间` ⏎ `负责单位` ⏎ `负责人`), then each row's cells, a row to each task, with the cells
 * merged away left out. A task opens each row; the short cells after it are its deadline (a date) and
 * its owners (units and people, joined as written). A row with no owner is no task of anyone's.
 *
 * @example
 * ```ts
 * cellTableTasks(planDoc('任务\n完成时间\n负责单位\n召开筹备会。\n3月12日\n校工会'), /会$/).tasks[0]?.owner; // '校工会'
 * ```
 */
export function cellTableTasks(doc: PlanDoc, ownerEnd: RegExp): { tasks: TaskReading[]; lines: Set<number> } {
  const tasks: TaskReading[] = [];
  const lines = new Set<number>();
  const recs = doc.recs.filter((r) => r.text.trim() !== '');
  for (let i = 0; i < recs.length; i++) {
    // The header: three or more column names, one per line, a task column and an owner column among them.
    let j = i;
    let task = false;
    let owner = false;
    while (j < recs.length) {
      const c = squeeze(recs[j]!.text);
      if (TASK_COLUMN.test(c)) task = true;
      else if (OWNER_COLUMN.test(c)) owner = true;
      else if (!WHEN_COLUMN.test(c) && !OTHER_COLUMN.test(c)) break;
      j++;
    }
    if (j - i < 3 || !task || !owner) continue;
    let row: { rec: LineRecord; task: string; when?: string; owners: string[] } | undefined;
    const close = () => {
      if (row && row.owners.length > 0) {
        tasks.push({
          task: clean(row.task).replace(/[。；;]$/, ''),
          owner: row.owners.join(' '),
          ...(row.when ? { deadline: row.when } : {}),
          at: placeOf(row.rec, 0, row.rec.text.length),
        });
      }
      row = undefined;
    };
    let rows = 0;
    let k = j;
    for (; k < recs.length && rows < MAX_ROWS; k++) {
      const rec = recs[k]!;
      // A numbered heading (四、…) ends the table.
      if (/^\s*[一二三四五六七八九十]+[、.．]/.test(rec.text)) break;
      const kind = kindOf(rec.text, ownerEnd);
      if (kind === 'task') {
        close();
        row = { rec, task: rec.text.trim(), owners: [] };
        rows++;
      } else if (!row) break;
      else if (kind === 'when' && !row.when) row.when = squeeze(rec.text);
      else if (kind === 'owner') row.owners.push(rec.text.trim());
      else break;
      lines.add(rec.line);
    }
    close();
    i = k - 1;
  }
  return { tasks, lines };
}
