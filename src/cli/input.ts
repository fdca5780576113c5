import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { HuiwuError } from '../errors.js';

/** Encodings the CLI reads. GB18030 covers GBK and GB2312, which it extends. */
export type Encoding = 'auto' | 'utf-8' | 'gb18030' | 'gbk';

/** Reads a whole file (or stdin for `-`) as bytes, turning file-system failures into one-line errors. */
export function readBytes(file: string): Uint8Array {
  try {
    if (file === '-') return readFileSync(0);
    const st = statSync(file);
    if (st.isDirectory()) throw new HuiwuError('IO', `${file} is a directory, not a file`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof HuiwuError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : String((e as Error).message);
    throw new HuiwuError('IO', `cannot read ${file}: ${why}`);
  }
}

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8 (a BOM is dropped), otherwise as GB18030, the
 * encoding Chinese Windows software writes. Invalid in both is an input error naming the byte offset.
 */
export function decode(
  bytes: Uint8Array,
  encoding: Encoding,
  file: string,
): { text: string; encoding: string } {
  if (encoding === 'gb18030' || encoding === 'gbk') {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    if (encoding === 'utf-8')
      throw new HuiwuError('TEXT_INPUT', `${file} is not valid UTF-8 (try --encoding gb18030)`);
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new HuiwuError('TEXT_INPUT', `${file} is neither UTF-8 nor GB18030 text (is it a binary file?)`);
  }
}

/** True when bytes look binary: a NUL in the first 8 KiB, as git judges it. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Parses JSON input, with the line and column of a syntax error. */
export function parseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    if (m) {
      const pos = Number.parseInt(m[1]!, 10);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      throw new HuiwuError('SCHEMA', `${file}: invalid JSON (${(e as Error).message.split(' in JSON')[0]})`, {
        line,
        column,
      });
    }
    throw new HuiwuError('SCHEMA', `${file}: invalid JSON (${String((e as Error).message).split('\n')[0]})`);
  }
  inexactNumber(text, file);
  return value;
}

/**
 * A JSON number with a fraction or an exponent is read as a binary float: 2400.0000000000001 becomes
 * the integer 2400, which the schema would accept. huiwu refuses such a number, with its place, rather
 * than check a figure other than the one written.
 */
function inexactNumber(text: string, file: string): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== '-' && (c < '0' || c > '9')) continue;
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) continue;
    // 19.99 is refused by the schema, with its path; 2400.0000000000001 and 1e3 would pass as integers.
    if ((m[1] !== undefined || m[2] !== undefined) && Number.isInteger(Number(m[0]))) {
      const before = text.slice(0, i);
      const line = before.split('\n').length;
      const column = i - before.lastIndexOf('\n');
      throw new HuiwuError(
        'SCHEMA',
        `${file}: the number ${m[0]} has a fraction or exponent, which JSON reads as a float; write it as a string ("${m[0]}")`,
        { line, column },
      );
    }
    i += m[0].length - 1;
  }
}

/**
 * Streams a file's text to `push` in chunks of about 1 MiB, so a large plan is audited without holding
 * it (or its decoded copy) in memory. UTF-8 is tried first; if the bytes are not UTF-8 the file is read
 * again as GB18030 (with `encoding: 'auto'`). Returns the encoding used.
 */
export function streamText(file: string, encoding: Encoding, start: () => (chunk: string) => void): string {
  const st = (() => {
    try {
      return statSync(file);
    } catch {
      return undefined;
    }
  })();
  if (!st) readBytes(file); // throws the right one-line error
  if (st?.isDirectory()) throw new HuiwuError('IO', `${file} is a directory, not a file`);
  const tryOne = (enc: 'utf-8' | 'gb18030'): boolean => {
    const push = start();
    const decoder = new TextDecoder(enc, { fatal: true });
    const fd = (() => {
      try {
        return openSync(file, 'r');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new HuiwuError(
          'IO',
          `cannot read ${file}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code)}`,
        );
      }
    })();
    const buf = new Uint8Array(1 << 20);
    try {
      let first = true;
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (first && looksBinary(buf.subarray(0, n)))
          throw new HuiwuError('TEXT_INPUT', `${file} looks like a binary file, not text`);
        first = false;
        if (n === 0) break;
        push(decoder.decode(buf.subarray(0, n), { stream: true }));
      }
      push(decoder.decode());
      return true;
    } catch (e) {
      if (e instanceof HuiwuError) throw e;
      return false; // not valid in this encoding
    } finally {
      closeSync(fd);
    }
  };
  if (encoding === 'gb18030' || encoding === 'gbk') {
    if (tryOne('gb18030')) return 'gb18030';
    throw new HuiwuError('TEXT_INPUT', `${file} is not valid GB18030 text`);
  }
  if (tryOne('utf-8')) return 'utf-8';
  if (encoding === 'utf-8')
    throw new HuiwuError('TEXT_INPUT', `${file} is not valid UTF-8 (try --encoding gb18030)`);
  if (tryOne('gb18030')) return 'gb18030';
  throw new HuiwuError('TEXT_INPUT', `${file} is neither UTF-8 nor GB18030 text (is it a binary file?)`);
}
