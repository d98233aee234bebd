/**
 * `--out` naming something that is not a regular file. A named pipe, a terminal or a device such as
 * /dev/null is written to as a stream, the way a shell's `>` would: it is never replaced, so
 * `--out /dev/null --force` run as root leaves the system's /dev/null a device. Anything else that is
 * not a regular file (a block device, a socket, a symbolic link) is refused: writing over a disk is
 * never what was meant, and a link is replaced by a rename instead of written through.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isatty } from 'node:tty';
import { CommandFailure, EXIT } from './io.ts';
import type { Target } from './output-file.ts';

export type TargetKind = 'file' | 'stream';

/** How `--out` is written: through a temporary file and a rename, or as a stream; or why not at all. */
export function kindOf(info: Stats | undefined, target: Target): TargetKind {
  if (!info || info.isFile()) return 'file';
  if (info.isFIFO() || info.isCharacterDevice()) return 'stream';
  const what = info.isSymbolicLink()
    ? 'a symbolic link; give the path of the file it leads to (or --out - for standard output)'
    : info.isBlockDevice()
      ? 'a block device (a disk); refusing to write over it'
      : info.isSocket()
        ? 'a socket, which cannot be written as a file'
        : 'not a regular file';
  throw new CommandFailure(`cannot write ${target.name}: it is ${what}`, EXIT.unusable);
}

/**
 * Writes `data` to a pipe or a character device. A pipe is first opened without waiting, which fails
 * at once when nobody is reading it (instead of waiting for ever); a terminal is refused PNG bytes,
 * as standard output is.
 */
export async function writeStream(target: Target, info: Stats, data: string | Uint8Array): Promise<void> {
  let probe: FileHandle | undefined;
  let handle: FileHandle | undefined;
  try {
    if (info.isFIFO()) probe = await open(target.path, constants.O_WRONLY | constants.O_NONBLOCK);
    handle = await open(target.path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
    if (typeof data !== 'string' && isatty(handle.fd))
      throw new CommandFailure(
        `will not write PNG bytes to the terminal ${target.name}; give a file name`,
        EXIT.unusable,
      );
    await handle.writeFile(data);
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENXIO'
        ? 'it is a named pipe that nobody is reading'
        : code === 'EPIPE'
          ? 'the reader closed it'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new CommandFailure(`cannot write ${target.name}: ${reason}`, EXIT.invalid, { cause: error });
  } finally {
    await handle?.close().catch(() => undefined);
    await probe?.close().catch(() => undefined);
  }
}
