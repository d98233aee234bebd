/**
 * Issue #12, cases 4 and 12: where `export --out` writes.
 *
 * - `--force` replaced whatever was at `--out` by a rename, so a named pipe, a device or a symbolic
 *   link became a regular file (as root, `--out /dev/null --force` replaced the system's /dev/null).
 *   A pipe or a character device is now written as a stream and stays what it was; a symbolic link,
 *   a disk or a socket is refused.
 * - Ctrl-C while the export was being written left its temporary file behind. SIGINT, SIGTERM and
 *   SIGHUP now remove it first, then end the process with the same signal.
 */
import { execFileSync, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { lstat, mkdtemp, open, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { ROOT } from '../fixtures/hostile/harness.ts';

const SEED = path.join(ROOT, 'graph-data/putins-delicate-dance.json');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-out-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
const inDir = (name: string): string => path.join(dir, name);

async function cli(...args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await run(args, { out: () => {}, err: (text) => void (err += text) });
  return { code, err };
}

describe('--out that is not a regular file', () => {
  it('a named pipe with a reader gets the export as a stream, and stays a pipe', async () => {
    const fifo = inDir('pipe.csv');
    execFileSync('mkfifo', [fifo]);
    // The reader is a process of its own, as in \`actor-graph export ... --out pipe & gzip < pipe\`.
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => reader.once('exit', resolve));
    // Held open (never read) so the pipe has a reader however soon the export comes; cat reads it all.
    const held = await open(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const { code, err } = await cli('export', SEED, '--out', fifo, '--force');
    await held.close();
    await done;
    expect(code).toBe(0);
    expect(err).toMatch(/^✓ wrote .*pipe\.csv \(28 relations, 66 rows, \d+ kB\)\n$/);
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(/^\uFEFF?relation_id,/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a named pipe nobody reads: a failure at once, not a wait for ever, and still a pipe', async () => {
    const fifo = inDir('unread.csv');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('export', SEED, '--out', fifo, '--force');
    expect(code).toBe(1);
    expect(err).toContain('unread.csv: it is a named pipe that nobody is reading');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).not.toContainEqual(expect.stringContaining('.tmp-'));
  });

  // Never the system's /dev/null: against code with the bug, as root, this test would replace it. A
  // device node of the same kind is made in the test's folder instead, which needs root (mknod).
  it.runIf(process.getuid?.() === 0)(
    'a null device with --force is written to, not replaced: it stays a device',
    async () => {
      const device = inDir('null');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
      const { code, err } = await cli('export', SEED, '--out', device, '--format', 'png', '--force');
      expect(code).toBe(0);
      expect(err).toMatch(/^✓ wrote .*\/null \(/);
      expect((await lstat(device)).isCharacterDevice()).toBe(true);
    },
  );

  it('a symbolic link is refused, with or without --force: neither it nor its file changes', async () => {
    const file = inDir('real.csv');
    const link = inDir('link.csv');
    await writeFile(file, 'keep me\n');
    await symlink('real.csv', link);
    for (const force of [[], ['--force']]) {
      const { code, err } = await cli('export', SEED, '--out', link, ...force);
      expect(code).toBe(2);
      expect(err).toContain('link.csv: it is a symbolic link; give the path of the file it leads to');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe('real.csv');
      expect(await readFile(file, 'utf8')).toBe('keep me\n');
    }
  });

  it('/dev/stdout, a link, is refused with the way to standard output', async () => {
    const { code, err } = await cli('export', SEED, '--out', '/dev/stdout', '--format', 'csv');
    expect(code).toBe(2);
    expect(err).toContain('(or --out - for standard output)');
  });

  it('a terminal gets text as a stream and stays a terminal, but no PNG bytes', async () => {
    // A pseudo-terminal from Python's pty module; Python reads what reaches it and counts the bytes.
    const python = spawn('/usr/bin/python3', [
      '-c',
      [
        'import os, pty, select, sys, threading',
        'm, s = pty.openpty()',
        'os.set_blocking(m, False)',
        'print(os.ttyname(s), flush=True)',
        'n = [0]',
        'lock = threading.Lock()',
        // Reads whatever is there now; the reader thread keeps the terminal from filling up while
        // the export writes, and the final call takes what it left once the export has returned.
        'def take():',
        '    with lock:',
        '        while True:',
        '            try: n[0] += len(os.read(m, 65536))',
        '            except BlockingIOError: return',
        'def drain():',
        '    while True:',
        '        select.select([m], [], [])',
        '        take()',
        'threading.Thread(target=drain, daemon=True).start()',
        'sys.stdin.read()',
        'take()',
        'print(n[0], flush=True)',
      ].join('\n'),
    ]);
    let said = '';
    python.stdout.on('data', (data: Buffer) => void (said += data.toString()));
    try {
      const tty = await new Promise<string>((resolve) =>
        python.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())),
      );
      const png = await cli('export', SEED, '--out', tty, '--format', 'png', '--force');
      expect(png.code).toBe(2);
      expect(png.err).toContain(`will not write PNG bytes to the terminal ${tty}`);
      const csv = await cli('export', SEED, '--out', tty, '--format', 'csv', '--force');
      expect(csv.code).toBe(0);
      expect((await lstat(tty)).isCharacterDevice()).toBe(true);
    } finally {
      python.stdin.end();
    }
    await new Promise((resolve) => python.once('exit', resolve));
    // What reached the terminal: the CSV (a terminal turns each line feed into two bytes).
    expect(Number(said.trim().split('\n').pop())).toBeGreaterThan(30_000);
  });
});

describe('a signal while the export is written', () => {
  /**
   * A process that starts writing an export through `writeAtomically` and then waits, as a slow disk
   * would, so that the signal comes while the temporary file exists; it says when it is there.
   */
  const CHILD = `
    import { writeAtomically } from ${JSON.stringify(path.join(ROOT, 'src/cli/output-file.ts'))};
    const target = { name: 'out.png', path: process.argv[2], force: false };
    async function* slowly() {
      yield new TextEncoder().encode('the first part of an export');
      process.stdout.write('writing\\n');
      await new Promise(() => setInterval(() => {}, 60_000));
    }
    await writeAtomically(target, slowly());
  `;

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s removes the temporary file and ends the process with that signal',
    async (signal) => {
      const folder = await mkdtemp(path.join(dir, `${signal}-`));
      const script = path.join(folder, 'child.mts');
      await writeFile(script, CHILD);
      const child = spawn(process.execPath, ['--import', 'tsx', script, path.join(folder, 'out.png')], {
        cwd: ROOT,
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const during = await readdir(folder);
      expect(during).toContainEqual(expect.stringMatching(/^\.out\.png\.tmp-/));
      const ended = new Promise<string | null>((resolve) => child.once('exit', (_, s) => resolve(s)));
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(await readdir(folder)).toEqual(['child.mts']);
    },
    30_000,
  );
});

// Every command that writes a file goes through the same door: `draft` once renamed its temporary
// file over whatever --out named, and replaced this machine's /dev/null with a dataset.
describe('draft --out that is not a regular file', () => {
  const ARTICLE = path.join(ROOT, 'graph-data/sources/putins-delicate-dance.txt');

  it('a named pipe nobody reads: a failure at once, and still a pipe', async () => {
    const fifo = inDir('draft-unread.json');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('draft', ARTICLE, '--out', fifo, '--force');
    expect(code).toBe(1);
    expect(err).toContain('draft-unread.json: it is a named pipe that nobody is reading');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('a null device with --force stays a device', async () => {
    const device = inDir('draft-null');
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    const { code, err } = await cli('draft', ARTICLE, '--out', device, '--force');
    expect(code).toBe(0);
    expect(err).toMatch(/^✓ wrote .*\/draft-null: /);
    expect((await lstat(device)).isCharacterDevice()).toBe(true);
  });

  it('a symbolic link is refused with --force: neither it nor its file changes', async () => {
    const file = inDir('draft-real.json');
    const link = inDir('draft-link.json');
    await writeFile(file, 'keep me\n');
    await symlink('draft-real.json', link);
    const { code, err } = await cli('draft', ARTICLE, '--out', link, '--force');
    expect(code).toBe(2);
    expect(err).toContain('draft-link.json: it is a symbolic link');
    expect(await readFile(file, 'utf8')).toBe('keep me\n');
  });
});
