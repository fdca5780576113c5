import { unzipSync } from 'fflate';
import { HuiwuError } from '../errors.js';

/** The most a zip-based file (xlsx, docx) may unpack to: more is refused as a likely zip bomb. */
export const MAX_UNPACKED = 256 * 1024 * 1024;

/**
 * Unpacks the entries of a zip container that `want` keeps, refusing a corrupt archive and one that
 * would unpack past {@link MAX_UNPACKED} (sizes are checked before anything is inflated).
 *
 * @example
 * ```ts
 * const files = unzipEntries(bytes, (name) => name.startsWith('xl/'), 'budget.xlsx');
 * ```
 */
export function unzipEntries(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  file: string,
  max = MAX_UNPACKED,
): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(f) {
        if (!want(f.name)) return false;
        total += f.originalSize;
        if (total > max)
          throw new HuiwuError(
            'FILE_FORMAT',
            `${file} would unpack to more than ${Math.round(max / 1048576)} MB: refused as a likely zip bomb`,
          );
        return true;
      },
    });
  } catch (e) {
    if (e instanceof HuiwuError) throw e;
    throw new HuiwuError(
      'FILE_FORMAT',
      `${file} is not a readable zip container (corrupt or truncated): ${(e as Error).message}`,
    );
  }
}

/** Decodes an entry as UTF-8, or undefined when it is missing. */
export function entryText(files: Record<string, Uint8Array>, name: string): string | undefined {
  const b = files[name];
  return b ? new TextDecoder('utf-8').decode(b) : undefined;
}
