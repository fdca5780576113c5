/** Scenario: audit an .xlsx of many rows and a .docx of many table rows, beside the parsing libraries alone. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { auditFile, readXlsx } from '../src/files/index.js';
import { auditText } from '../src/index.js';
import { runScenario, type ScenarioResult } from './harness.js';

async function workbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算');
  ws.addRow(['项目', '单价', '数量', '金额']);
  for (let i = 0; i < rows; i++)
    ws.addRow([`物品${i}`, (i % 90) + 10, (i % 7) + 1, ((i % 90) + 10) * ((i % 7) + 1)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function document(rows: number): Promise<Uint8Array> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] });
  const body = [['项目', '单价', '数量', '金额']];
  for (let i = 0; i < rows; i++)
    body.push([
      `物品${i}`,
      String((i % 90) + 10),
      String((i % 7) + 1),
      String(((i % 90) + 10) * ((i % 7) + 1)),
    ]);
  const doc = new Document({
    sections: [{ children: [new Table({ rows: body.map((r) => new TableRow({ children: r.map(cell) })) })] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

export async function fileScenarios(xlsxRows: number, docxRows: number): Promise<ScenarioResult[]> {
  const book = await workbook(xlsxRows);
  const checked = (r: unknown) => `${(r as { findings: unknown[] }).findings.length} findings`;
  const xlsx = await runScenario(
    `files: an .xlsx of ${xlsxRows} rows (ops/s = files/s; rows/s = ops/s × ${xlsxRows})`,
    [
      { name: 'huiwu auditFile (read + audit)', fn: () => auditFile(book, 'b.xlsx'), check: checked },
      { name: 'huiwu readXlsx + auditText', fn: () => auditText(readXlsx(book).text) },
      { name: 'huiwu readXlsx (read only)', fn: () => readXlsx(book) },
      {
        name: 'fflate + fast-xml-parser alone (unzip, parse the sheet)',
        fn: () => xml.parse(new TextDecoder().decode(unzipSync(book)['xl/worksheets/sheet1.xml'])),
      },
    ],
  );
  const doc = await document(docxRows);
  const docx = await runScenario(`files: a .docx of ${docxRows} table rows`, [
    { name: 'huiwu auditFile (read + audit)', fn: () => auditFile(doc, 'b.docx'), check: checked },
    { name: 'mammoth alone (docx → HTML)', fn: () => mammoth.convertToHtml({ buffer: Buffer.from(doc) }) },
  ]);
  return [xlsx, docx];
}
