import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { HuiwuError } from '../../src/errors.js';
import { auditFile, detectFormat, readFileText, readXlsx } from '../../src/files/index.js';
import { unzipEntries } from '../../src/files/zip.js';
import * as make from './make.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sameFindings = (fs: { rule: string; verdict: string; stated?: string; expected?: string }[]) =>
  fs.map((f) => `${f.rule} ${f.verdict} ${f.stated} ${f.expected}`).sort();

async function errorOf(p: Promise<unknown>): Promise<HuiwuError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HuiwuError) return e;
    throw e;
  }
  throw new Error('expected a HuiwuError');
}

describe('the same budget in every format', async () => {
  const files = {
    txt: enc(make.text()),
    xlsx: await make.xlsx(),
    docx: await make.docx(),
    html: enc(make.html()),
    pdf: await make.pdf(),
  };

  it('is recognised by content, whatever its name', () => {
    for (const [format, bytes] of Object.entries(files))
      expect(detectFormat(bytes, 'upload.bin')).toBe(format);
  });

  it.each([
    ['xlsx', '预算!D6', ['预算!D3', '预算!D4', '预算!D5']],
    [
      'docx',
      'table 1, row 5, column 4',
      ['table 1, row 2, column 4', 'table 1, row 3, column 4', 'table 1, row 4, column 4'],
    ],
    [
      'html',
      'table 1, row 5, column 4',
      ['table 1, row 2, column 4', 'table 1, row 3, column 4', 'table 1, row 4, column 4'],
    ],
    ['pdf', 'page 1, line 6', ['page 1, line 3', 'page 1, line 4', 'page 1, line 5']],
  ] as const)(
    '%s: the wrong 合计 at its native place, with its operands there too',
    async (format, where, from) => {
      const r = await auditFile(files[format], `budget.${format}`);
      const wrong = r.findings.filter((f) => f.verdict === 'mismatch');
      expect(wrong).toHaveLength(1);
      expect(wrong[0]).toMatchObject({
        rule: 'table.total',
        stated: '5800',
        expected: '5700',
        difference: '100',
      });
      expect('where' in wrong[0]!.at && wrong[0]!.at.where).toBe(where);
      expect(wrong[0]!.operands?.map((o) => o.where)).toEqual(from);
    },
  );

  it('gives the same findings in txt, xlsx, docx, html and pdf', async () => {
    const all = await Promise.all(Object.entries(files).map(([f, b]) => auditFile(b, `budget.${f}`)));
    const txt = sameFindings(all[0]!.findings);
    expect(txt.some((x) => x.startsWith('table.total mismatch'))).toBe(true);
    for (const r of all) expect(sameFindings(r.findings)).toEqual(txt);
  });
});

describe('xlsx', () => {
  it('reads numbers as stored, names a float artifact, and keeps empty cells in their columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('费用');
    ws.addRow(['项目', '金额']);
    ws.getCell('A2').value = '茶歇';
    ws.getCell('B2').value = { formula: '0.1*3', result: 0.30000000000000004 };
    ws.getCell('A3').value = '资料';
    ws.getCell('C3').value = '12345678901234.56';
    const t = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'fees.xlsx');
    expect(t.text.split('\n')).toEqual(['项目 | 金额', '茶歇 | 0.3', '资料 |  | 12345678901234.56']);
    expect(t.notes).toEqual([
      expect.objectContaining({ rule: 'xlsx.float', place: { format: 'xlsx', sheet: '费用', cell: 'B2' } }),
    ]);
    const r = await auditFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'fees.xlsx');
    expect(r.findings.find((f) => f.rule === 'xlsx.float')).toMatchObject({
      severity: 'info',
      at: { where: '费用!B2' },
    });
  });
});

describe('bad files get a FILE_FORMAT error that says why', () => {
  it('a corrupt zip container', async () => {
    const bad = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('word/document.xml is not here')]);
    expect((await errorOf(readFileText(bad, 'plan.docx'))).message).toMatch(
      /plan\.docx is not a readable zip/,
    );
  });

  it('an encrypted or old binary Office file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const e = await errorOf(readFileText(ole, 'budget.xlsx'));
    expect(e.code).toBe('FILE_FORMAT');
    expect(e.message).toMatch(/encrypted/);
  });

  it('a zip that would unpack past the cap, refused before inflating', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(200_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(2_000);
    expect(() => unzipEntries(bomb, () => true, 'bomb.xlsx', 100_000)).toThrow(/zip bomb/);
  });

  it('a PDF with no text layer needs OCR; a truncated one is corrupt', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const scan = await doc.save();
    expect((await errorOf(readFileText(scan, 'scan.pdf'))).message).toMatch(/no text layer .*OCR/);
    const cut = (await make.pdf()).subarray(0, 40);
    expect((await errorOf(readFileText(cut, 'cut.pdf'))).code).toBe('FILE_FORMAT');
  });

  it('a zip that is neither docx nor xlsx', async () => {
    const other = zipSync({ 'readme.txt': enc('hello') });
    expect((await errorOf(readFileText(other, 'x.zip'))).message).toMatch(/neither a docx nor an xlsx/);
  });
});

describe('xlsx formulas', () => {
  it('recomputes SUM, PRODUCT and arithmetic exactly, and reports a cached value its formula does not give', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('预算');
    ws.addRow(['项目', '单价', '数量', '金额']);
    ws.addRow(['奖牌', 60, 40]);
    ws.getCell('D2').value = { formula: 'B2*C2', result: 2400 };
    ws.addRow(['证书', 10.5, 50]);
    ws.getCell('D3').value = { formula: 'PRODUCT(B3,C3)', result: 525 };
    ws.addRow(['合计']);
    // A stale cache: the sheet shows 3000, its formula gives 2925.
    ws.getCell('D4').value = { formula: 'SUM(D2:D3)', result: 3000 };
    ws.getCell('E4').value = { formula: 'ROUND(D4/3,2)', result: 975 };
    const t = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'b.xlsx');
    expect(t.notes.map((n) => [n.rule, n.place, n.mismatch])).toEqual([
      [
        'xlsx.formula',
        { format: 'xlsx', sheet: '预算', cell: 'D4' },
        { stated: '3000', expected: '2925', difference: '75' },
      ],
    ]);
  });

  it('leaves alone a formula it cannot evaluate', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = 5;
    ws.getCell('B1').value = { formula: 'VLOOKUP(A1,C1:D9,2,FALSE)', result: 99 };
    const t = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'b.xlsx');
    expect(t.notes).toEqual([]);
  });
});

describe('xlsx merged cells', () => {
  it('repeats a merged label in every cell it covers, placed at its own cell, and never a merged number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('预算');
    ws.addRow(['会议经费预算']);
    ws.mergeCells('A1:D1');
    ws.addRow(['类别', '项目', '金额', '']);
    ws.mergeCells('C2:D2');
    ws.addRow(['会务费', '场租', 2800, '']);
    ws.addRow(['', '餐费', 15000, '']);
    ws.mergeCells('A3:A4');
    ws.addRow(['', '茶歇', 1200, 19000]);
    ws.mergeCells('D5:D6');
    ws.addRow(['合计', '', 19000, '']);
    const t = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'b.xlsx');
    const lines = t.text.split('\n');
    // The title merged across its own row stays one line.
    expect(lines[0]).toBe('会议经费预算');
    expect(lines[1]).toBe('类别 | 项目 | 金额 | 金额');
    expect(lines[3]).toBe('会务费 | 餐费 | 15000');
    expect(t.lines[3]?.cells?.[0]?.place).toEqual({ format: 'xlsx', sheet: '预算', cell: 'A3' });
    // The merged 19000 is written once: it is a figure, and a copy would be counted twice.
    expect(t.text.match(/19000/g)?.length).toBe(2);
  });
});

describe('ofd', () => {
  // An OFD package as GB/T 33190 lays it out: OFD.xml names the document, which names its pages.
  const textObject = (id: number, x: number, y: number, t: string) =>
    `<ofd:TextObject ID="${id}" Boundary="${x} ${y} 60 5" Font="1" Size="3.5"><ofd:TextCode X="0" Y="3.5">${t}</ofd:TextCode></ofd:TextObject>`;
  function ofd(rows: string[][]): Uint8Array {
    let id = 10;
    const objects = rows
      .flatMap((cells, r) => cells.map((c, k) => textObject(id++, 20 + k * 40, 30 + r * 8, c)))
      .join('');
    const enc = new TextEncoder();
    return zipSync({
      'OFD.xml': enc.encode(
        '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
      ),
      'Doc_0/Document.xml': enc.encode(
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
      ),
      'Doc_0/Pages/Page_0/Content.xml': enc.encode(
        `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`,
      ),
    });
  }

  it('is recognised by its content, read as lines and cells by position, and audited with pages and lines', async () => {
    const bytes = ofd([
      ['会议经费预算'],
      ['项目', '金额'],
      ['场租费', '2800'],
      ['餐费', '15000'],
      ['合计', '18800'],
    ]);
    expect(detectFormat(bytes, 'notice.bin')).toBe('ofd');
    const t = await readFileText(bytes, 'notice.ofd');
    expect(t.text.split('\n').slice(0, 5)).toEqual([
      '会议经费预算',
      '项目 | 金额',
      '场租费 | 2800',
      '餐费 | 15000',
      '合计 | 18800',
    ]);
    const r = await auditFile(bytes, 'notice.ofd');
    const bad = r.findings.filter((f) => f.verdict === 'mismatch');
    expect(bad.map((f) => [f.rule, f.stated, f.expected])).toEqual([['table.total', '18800', '17800']]);
    expect('where' in bad[0]!.at && bad[0]!.at.where).toBe('page 1, line 5');
    expect(bad[0]!.operands?.map((o) => o.where)).toEqual(['page 1, line 3', 'page 1, line 4']);
  });

  it('refuses a package with no document root, and pages with no text', async () => {
    const enc = new TextEncoder();
    const empty = zipSync({ 'OFD.xml': enc.encode('<ofd:OFD xmlns:ofd="x"><ofd:DocBody/></ofd:OFD>') });
    expect((await errorOf(readFileText(empty, 'a.ofd'))).message).toMatch(/not an OFD package/);
    expect((await errorOf(readFileText(ofd([]), 'scan.ofd'))).message).toMatch(/OCR/);
  });
});
