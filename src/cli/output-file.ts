/**
 * Writing an export so that nothing is ever lost: an existing file is replaced only when asked, and
 * only by a complete one. The bytes go to a temporary file in the target's own folder (a rename is
 * atomic only within one file system), are flushed to disk, and only then take the target's name.
 * The temporary file is removed on any failure, and on Ctrl-C. A target that is not a regular file
 * is written as a stream or refused (`stream-target.ts`), never replaced.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CommandFailure, EXIT } from './io.ts';
import { removeOnSignal } from './signal-cleanup.ts';
import { kindOf, writeStream } from './stream-target.ts';

export interface Target {
  /** As the user wrote it, for messages. */
  readonly name: string;
  readonly path: string;
  /** Replace an existing file (`--force`). */
  readonly force: boolean;
}

const code = (error: unknown): unknown => (error as { code?: unknown }).code;

/**
 * Refuses a target that cannot or must not be written, before any work is done: a folder, a path in
 * a folder that does not exist, a symbolic link, a disk or a socket (exit 2), or an existing file
 * without `force` (exit 1). A pipe or a device such as /dev/null needs no `force`: nothing is replaced.
 */
export async function checkTarget(target: Target): Promise<void> {
  if (/[\\/]$/.test(target.name)) unusable(`cannot write ${target.name}: give a file name, not a folder`);
  const folder = path.dirname(target.path);
  const folderInfo = await stat(folder).catch((error: unknown) => {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
    throw new CommandFailure(`cannot write ${target.name}: ${describe(error)}`, EXIT.unusable, {
      cause: error,
    });
  });
  const folderName = path.dirname(target.name);
  if (!folderInfo) unusable(`cannot write ${target.name}: the folder ${folderName} does not exist`);
  if (!folderInfo.isDirectory()) unusable(`cannot write ${target.name}: ${folderName} is not a folder`);
  const info = await lstat(target.path).catch(() => undefined);
  if (info?.isDirectory())
    unusable(`cannot write ${target.name}: it is a directory; give a file name with --out`);
  if (kindOf(info, target) === 'file' && info && !target.force) throw exists(target);
}

/** Writes `data` to the target: as a stream to a pipe or device, atomically to anything else. */
export async function writeOutput(target: Target, data: string | Uint8Array): Promise<void> {
  const info = await lstat(target.path).catch(() => undefined);
  if (info && kindOf(info, target) === 'stream') await writeStream(target, info, data);
  else await writeAtomically(target, data);
}

/**
 * Writes `data` to the target atomically. Without `force` the final step is `link`, which fails if
 * a file of that name appeared meanwhile, so even a race cannot make it overwrite one. On any
 * failure the temporary file is removed and the target is as it was.
 */
export async function writeAtomically(target: Target, data: string | Uint8Array): Promise<void> {
  // A rename replaces whatever has the name: never let it be a pipe, a device or a link, even if a
  // caller forgot to go through writeOutput (the draft command once did, and replaced /dev/null).
  if (kindOf(await lstat(target.path).catch(() => undefined), target) !== 'file')
    throw new CommandFailure(`cannot write ${target.name}: it is not a regular file`, EXIT.unusable);
  const temp = path.join(
    path.dirname(target.path),
    `.${path.basename(target.path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  let handle: FileHandle | undefined;
  const forget = removeOnSignal(temp);
  try {
    handle = await open(temp, 'wx');
    const previous = target.force ? await stat(target.path).catch(() => undefined) : undefined;
    // A replaced file keeps its permissions: --force changes the content, not who may read it.
    if (previous?.isFile()) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (target.force) await rename(temp, target.path);
    else await linkInto(temp, target);
    await syncFolder(path.dirname(target.path));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof CommandFailure) throw error;
    throw new CommandFailure(`cannot write ${target.name}: ${describe(error)}`, EXIT.invalid, {
      cause: error,
    });
  } finally {
    forget();
  }
}

async function linkInto(temp: string, target: Target): Promise<void> {
  try {
    await link(temp, target.path);
  } catch (error) {
    if (code(error) === 'EEXIST') throw exists(target);
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(String(code(error)))) throw error;
    if (
      await stat(target.path).then(
        () => true,
        () => false,
      )
    )
      throw exists(target);
    await rename(temp, target.path);
    return;
  }
  await unlink(temp);
}

/** Makes the rename itself durable; folders cannot be opened for syncing everywhere, so best effort. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

function unusable(message: string): never {
  throw new CommandFailure(message, EXIT.unusable);
}

function exists(target: Target): CommandFailure {
  return new CommandFailure(`${target.name} exists; use --force to replace it`, EXIT.invalid);
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error',
};

function describe(error: unknown): string {
  const reason = REASONS[String(code(error))];
  if (reason) return reason;
  return error instanceof Error ? error.message : String(error);
}
