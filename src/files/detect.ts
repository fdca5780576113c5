import type { FileFormat } from './types.js';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * A file's format from its content (the name is only a tie-breaker): a zip holding `word/` is docx,
 * `xl/` is xlsx; `%PDF-` is pdf; markup is html; an OLE container is an old Office file or an
 * encrypted one (`ole`); anything else is text.
 *
 * @example
 * ```ts
 * detectFormat(bytes, 'budget.bin'); // 'xlsx'
 * ```
 */
export function detectFormat(bytes: Uint8Array, name = ''): FileFormat | 'ole' | 'zip' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The entry names are stored in the clear in the zip's headers.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (head.includes('word/')) return 'docx';
    // OFD (GB/T 33190): a zip whose root holds OFD.xml.
    if (head.includes('OFD.xml')) return 'ofd';
    if (head.includes('xl/')) return 'xlsx';
    if (/\.docx$/i.test(name)) return 'docx';
    if (/\.xlsx$/i.test(name)) return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (
    /^(?:\ufeff)?(?:<!doctype html|<html|<table|<body|<head|<meta|<div|<p[\s>])/.test(head) ||
    (/\.html?$/i.test(name) && head.startsWith('<'))
  )
    return 'html';
  return 'txt';
}
