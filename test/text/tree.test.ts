import { describe, expect, it } from 'vitest';
import { lineRecord } from '../../src/text/lines.js';
import { createTreeBuilder } from '../../src/text/tree/build.js';
import type { Block } from '../../src/text/tree/types.js';

function tree(text: string): Block[] {
  const blocks: Block[] = [];
  const b = createTreeBuilder((x) => blocks.push(x));
  text.split('\n').forEach((l, i) => {
    b.push(lineRecord(i + 1, l));
  });
  b.end();
  return blocks;
}

const rowsOf = (b: Block | undefined) =>
  b?.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).filter((t) => t !== '')) : undefined;

describe('the document tree', () => {
  it('joins a table copied out a cell a line into its rows, parted by lines of bars', () => {
    const blocks = tree(
      '地区 |\n男 |\n女 |\n|\n全 县 |\n51.38 |\n48.62 |\n|\n灌阳镇 |\n49.66 |\n50.34 |\n五、年龄构成',
    );
    expect(rowsOf(blocks[0])).toEqual([
      ['地区', '男', '女'],
      ['全 县', '51.38', '48.62'],
      ['灌阳镇', '49.66', '50.34'],
    ]);
    const row = blocks[0]!.kind === 'table' ? blocks[0]!.rows[1]! : undefined;
    // Each cell keeps the line it was written on.
    const cell = row!.cells[2]!;
    expect(row!.line.lines?.[cell.start]).toBe(7);
    expect(blocks[1]?.kind).toBe('paragraph');
  });

  it('ends a row of one-cell lines at a row of several cells', () => {
    const blocks = tree('地区 | 人口数 | 比重 |\n全 县 |\n181286 |\n100 |\n城关镇 | 63573 | 35.1 |');
    expect(rowsOf(blocks[0])).toEqual([
      ['地区', '人口数', '比重'],
      ['全 县', '181286', '100'],
      ['城关镇', '63573', '35.1'],
    ]);
  });

  it('reads a barred line whose cell is prose as a paragraph', () => {
    const prose =
      '释义 | 茶盘乡位于县城西南部,距县城7公里,总面积25.52平方公里。全乡辖11个村87个社,现有人口10829人,耕地面积8650亩,农村经济发展迅速。 |';
    expect(tree(prose).map((b) => b.kind)).toEqual(['paragraph']);
    expect(tree('项目 | 说明 |\n场租费 | 2800元 |').map((b) => b.kind)).toEqual(['table']);
  });
});
