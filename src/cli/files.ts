/**
 * Reading the dataset and its source files from disk, with errors a person understands instead of
 * Node's `ENOENT: no such file or directory, open ...` and its stack trace.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { tooLargeMessage, type ResolveSource } from '../validate/index.ts';
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

/** The bytes of a file, or only its size if it is over `maxBytes`: reading a huge file to reject it is waste. */
async function readWithin(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { size: number }> {
  const info = await stat(file);
  // readFile would say EISDIR too, but only after opening; stat answers for every platform alike.
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > maxBytes) return { size: info.size };
  return { bytes: await readFile(file) };
}

/** Like `readWithin`, with failures as a ReadError that names the file and the reason. */
export async function readBytes(
  file: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  try {
    return await readWithin(file, maxBytes);
  } catch (error) {
    throw new ReadError(`cannot read ${file}: ${reason(error)}`, { cause: error });
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
    if ('size' in read) throw new Error(tooLargeMessage('it', read.size, maxBytes));
    return read.bytes;
  };
}
