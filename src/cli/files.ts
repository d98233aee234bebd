/**
 * Reading the dataset and its source files from disk, with errors a person understands instead of
 * Node's `ENOENT: no such file or directory, open ...` and its stack trace, and never more than the
 * byte limit: a file over it is refused from its size, and one that grows while it is read is read
 * through a counter that stops there. Only regular files are read: a named pipe nobody writes to
 * would keep the CLI waiting for ever, and a device such as /dev/zero never ends.
 */
import { constants, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { printable } from '../text/printable.ts';
import { SourceTooLargeError, tooLargeMessage, type ResolveSource } from '../validate/index.ts';
import { ReadError } from './io.ts';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'it is a socket or a device, not a regular file',
};

/** What a path is, in words, when it is not a regular file or a directory. */
function special(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The error a special file is refused with; its code makes `reason` word it. */
const notRegular = (what: string): Error =>
  Object.assign(new Error(`it is ${what}, not a regular file: save the data to a file and give that`), {
    code: 'ENOTREG',
  });

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  if (code === 'ENOTREG' && error instanceof Error) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** How much more is read at a time from a file that turned out larger than it said. */
const CHUNK = 64 * 1024;

/**
 * Opened without waiting: opening a named pipe for reading blocks until someone writes to it, which
 * may be never (and a blocked open cannot be cancelled). A regular file reads the same either way.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, or only its size if it is over `maxBytes`: reading a huge file to
 * reject it is waste. `size` is Infinity when reading stopped at the limit before the end (a file
 * that grew while it was read). Anything else is refused before it is opened, and again after (it
 * could have been swapped for a pipe in between), so it is never read.
 */
async function readWithin(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { size: number }> {
  const info = await stat(file);
  // Opening would say EISDIR too, but not on every platform alike; stat answers for all.
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const what = special(info);
  if (what) throw notRegular(what);
  if (info.size > maxBytes) return { size: info.size };
  const handle = await open(file, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    const swapped = special(opened) ?? (opened.isDirectory() ? 'a directory' : undefined);
    if (swapped) throw notRegular(swapped);
    if (opened.size > maxBytes) return { size: opened.size };
    // In one go, one byte more than its size to notice a file that grew.
    return await readAtMost(handle, maxBytes, opened.size + 1);
  } finally {
    await handle.close();
  }
}

/** Reads until the end or until one byte past `maxBytes`, holding no more than that. */
async function readAtMost(
  handle: FileHandle,
  maxBytes: number,
  first: number,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(chunks.length === 0 ? first : CHUNK, maxBytes + 1 - total);
    const buffer = new Uint8Array(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return { size: Number.POSITIVE_INFINITY };
  }
  if (chunks.length === 1) return { bytes: chunks[0] as Uint8Array };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}

/** Like `readWithin`, with failures as a ReadError that names the file and the reason. */
export async function readBytes(
  file: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  try {
    return await readWithin(file, maxBytes);
  } catch (error) {
    throw new ReadError(`cannot read ${printable(file, Infinity)}: ${reason(error)}`, { cause: error });
  }
}

/** Whether a path relative to the dataset's folder goes through a hidden file or folder (`.env`, `.git/`). */
const hidden = (relative: string): boolean =>
  relative.split(path.sep).some((part) => part.startsWith('.') && part !== '.' && part !== '..');

/**
 * Reads source files relative to the dataset's folder and refuses any that resolve outside it, or to
 * a hidden file there, also through symbolic links: a dataset from elsewhere must not make the CLI
 * read arbitrary files, nor copy the secrets that sit beside it (`.env`) into an export.
 */
export function sourceResolver(datasetFile: string): ResolveSource {
  const folder = path.dirname(path.resolve(datasetFile));
  const inside = (root: string, target: string): boolean => {
    const relative = path.relative(root, target);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  return async (file, { maxBytes }) => {
    const target = path.resolve(folder, file);
    if (!inside(folder, target)) throw new Error(`"${file}" is outside the dataset's folder`);
    if (hidden(path.relative(folder, target))) throw new Error(`"${file}" is a hidden file`);
    let real: string;
    let read: { bytes: Uint8Array } | { size: number };
    try {
      real = await realpath(target);
      const realFolder = await realpath(folder);
      if (!inside(realFolder, real)) throw new Error(`"${file}" leads outside the dataset's folder`);
      if (hidden(path.relative(realFolder, real)))
        throw new Error(
          `"${file}" leads to the hidden file "${path.relative(realFolder, real)}", which is never read as a source`,
        );
      read = await readWithin(real, maxBytes);
    } catch (error) {
      throw new Error(reason(error), { cause: error });
    }
    if ('size' in read)
      throw new SourceTooLargeError(read.size, maxBytes, tooLargeMessage('it', read.size, maxBytes));
    return read.bytes;
  };
}
