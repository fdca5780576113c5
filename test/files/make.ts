/** Builds real files of each format holding the same budget table, for the file reader tests. */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  setFontAndSize,
  showText,
} from 'pdf-lib';

/** The budget: one wrong 合计 (5800 for 5700), lines that hold. */
export const TITLE = '会议经费预算';
export const HEADER = ['项目', '单价', '数量', '金额'];
export const ROWS = [
  ['奖牌', '60', '40', '2400'],
  ['荣誉证书', '10', '50', '500'],
  ['场租费', '2800', '1', '2800'],
  ['合计', '', '', '5800'],
];

export async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算');
  ws.addRow([TITLE]);
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r.map((c, i) => (i > 0 && c !== '' ? Number(c) : c)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function docx(): Promise<Uint8Array> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(TITLE)] }),
          new Table({ rows: [HEADER, ...ROWS].map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function html(): string {
  const tr = (r: string[], tag = 'td') => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<!DOCTYPE html><html><head><title>预算</title><style>td{}</style></head><body><p>${TITLE}</p><table>${tr(HEADER, 'th')}${ROWS.map((r) => tr(r)).join('')}</table></body></html>`;
}

export function text(): string {
  return [TITLE, HEADER.join(' | '), ...ROWS.map((r) => r.join(' | '))].join('\n');
}

/** A PDF with the CJK font STSong-Light by name (not embedded), as many Chinese PDFs use. */
export async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const descriptor = ctx.obj({
    Type: 'FontDescriptor',
    FontName: 'STSong-Light',
    Flags: 6,
    FontBBox: [-25, -254, 1000, 880],
    ItalicAngle: 0,
    Ascent: 880,
    Descent: -120,
    CapHeight: 880,
    StemV: 93,
  });
  const cid = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
    FontDescriptor: ctx.register(descriptor),
    DW: 1000,
  });
  const font = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light',
      Encoding: 'UniGB-UCS2-H',
      DescendantFonts: [ctx.register(cid)],
    }),
  );
  const page = doc.addPage([595, 842]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const hex = (s: string) =>
    PDFHexString.of([...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join(''));
  const put = (s: string, x: number, y: number) =>
    page.pushOperators(beginText(), setFontAndSize('F1', 12), moveText(x, y), showText(hex(s)), endText());
  put(TITLE, 60, 780);
  [HEADER, ...ROWS].forEach((r, k) => {
    r.forEach((c, i) => {
      if (c) put(c, 60 + i * 110, 740 - k * 24);
    });
  });
  return doc.save();
}
