/**
 * Reading the dataset and its source files from disk, with errors a person understands instead of
 * Node's `ENOENT: no such file or directory, open ...` and its stack trace, and never more than the
 * byte limit: a regular file over it is refused from its size, and anything else (a pipe, a device
 * such as /dev/zero, a file that grows while it is read) is read through a counter that stops there.
 */
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
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** How much is read at a time from a stream whose size is unknown. */
const CHUNK = 64 * 1024;

/**
 * The bytes of a file, or only its size if it is over `maxBytes`: reading a huge file to reject it is
 * waste. `size` is Infinity when reading stopped at the limit before the end (a pipe never says how
 * much is coming).
 */
async function readWithin(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { size: number }> {
  const info = await stat(file);
  // Opening would say EISDIR too, but not on every platform alike; stat answers for all.
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.isFile() && info.size > maxBytes) return { size: info.size };
  const handle = await open(file, 'r');
  try {
    // A regular file is read in one go (one byte more, to notice one that grew); anything else in chunks.
    return await readAtMost(handle, maxBytes, info.isFile() ? info.size + 1 : CHUNK);
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

/**
 * Reads source files relative to the dataset's folder and refuses any that resolve outside it, also
 * through symbolic links: a dataset from elsewhere must not make the CLI read arbitrary files.
 */
export function sourceResolver(datasetFile: string, maxBytes: number): ResolveSource {
  const folder = path.dirname(path.resolve(datasetFile));
  const inside = (root: string, target: string): boolean => {
    const relative = path.relative(root, target);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  return async (file) => {
    const target = path.resolve(folder, file);
    if (!inside(folder, target)) throw new Error(`"${file}" is outside the dataset's folder`);
    let real: string;
    let read: { bytes: Uint8Array } | { size: number };
    try {
      real = await realpath(target);
      if (!inside(await realpath(folder), real))
        throw new Error(`"${file}" leads outside the dataset's folder`);
      read = await readWithin(real, maxBytes);
    } catch (error) {
      throw new Error(reason(error), { cause: error });
    }
    if ('size' in read)
      throw new SourceTooLargeError(read.size, maxBytes, tooLargeMessage('it', read.size, maxBytes));
    return read.bytes;
  };
}
