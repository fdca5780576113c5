/**
 * Reading the files people receive — `.xlsx`, `.docx`, `.html`, `.pdf` and text — as text with
 * places native to each format, and auditing them with the same rules as text. Importable as
 * `huiwu/files`; Node only (it reads zip containers and PDFs), and kept out of `huiwu` and
 * `huiwu/decimal` so the pure core does not grow.
 * @module
 */

export type { FileAuditResult } from './audit-file.js';
export { auditFile, noteFindings } from './audit-file.js';
export { detectFormat } from './detect.js';
export { readDocx } from './docx.js';
export { readHtml } from './html.js';
export { placeAt } from './lines.js';
export { readOfd } from './ofd.js';
export { readPdf } from './pdf.js';
export { readFileText } from './read.js';
export type { FileFormat, FileLine, FileNote, FilePlace, FileText } from './types.js';
export { placeText } from './types.js';
export { readXlsx } from './xlsx.js';
export { MAX_UNPACKED } from './zip.js';
