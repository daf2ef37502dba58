import { writeFileSync } from 'node:fs';
import { UserFacingError } from '../domain/errors.ts';

/**
 * Writes the file a command's `--out` names. A path that cannot be written (no such folder, no
 * permission) is the user's to fix: one plain line, not a logged stack trace.
 */
export function writeOutFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserFacingError(`cannot write ${path}${code ? ` (${code})` : ''}`, { cause: err });
  }
}
