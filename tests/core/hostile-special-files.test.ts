/**
 * Issue #12, cases 5 and 6: what a dataset path or a source `file` may lead to.
 *
 * - A named pipe nobody writes to, as the dataset or as a source, kept the CLI waiting for ever: its
 *   open() blocks in Node's thread pool, where nothing can cancel it. A device such as /dev/zero was
 *   read up to the byte limit. Only regular files are read now, and anything else is refused by name.
 * - A source `file` could name a hidden file beside the dataset (`.env`), and `export
 *   --embed-sources` copied the secret into the output. Hidden files and folders are refused, also
 *   behind a symbolic link.
 *
 * The pipes run in a process of their own with a deadline inside the test's timeout: a hang is what
 * is being tested, and a hung open() in this process would take a thread of the pool with it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { SECRET_LINE } from '../fixtures/hostile/cases-hardening.ts';
import { FIXTURES_DIR, ROOT } from '../fixtures/hostile/harness.ts';

const BIN = path.join(ROOT, 'bin/actor-graph.js');
const HIDDEN = path.join(FIXTURES_DIR, 'hostile/integrity/source-hidden-file.json');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-special-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
const inDir = (name: string): string => path.join(dir, name);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (data) => void (out += typeof data === 'string' ? data : ''),
    err: (text) => void (err += text),
  });
  return { code, out, err };
}

/** The real CLI with a deadline: `timedOut` says it was still waiting when the deadline came. */
function spawnCli(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, timeout: 20_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr, timedOut: error?.killed === true });
      },
    );
  });
}

describe('special files are refused, never opened to wait', () => {
  it('a named pipe as the dataset: exit 2 at once, naming what it is', async () => {
    const fifo = inDir('dataset.json');
    execFileSync('mkfifo', [fifo]);
    const result = await spawnCli(['validate', fifo]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `actor-graph: cannot read ${fifo}: it is a named pipe (FIFO), not a regular file: save the data to a file and give that\n`,
    );
  }, 30_000);

  it('a named pipe as a source: the source is unavailable, the rest is checked', async () => {
    await mkdir(inDir('with-pipe'));
    execFileSync('mkfifo', [inDir('with-pipe/text.txt')]);
    const dataset = JSON.parse(await readFile(HIDDEN, 'utf8')) as { sources: { file: string }[] };
    dataset.sources[0]!.file = 'text.txt';
    await writeFile(inDir('with-pipe/data.json'), JSON.stringify(dataset, null, 2));
    const result = await spawnCli(['validate', inDir('with-pipe/data.json')]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /error source-unavailable at \$\.sources\[0\]\.file: Source file "text\.txt" could not be read: it is a named pipe \(FIFO\), not a regular file/,
    );
  }, 30_000);

  it.each([
    ['/dev/zero', 'a character device'],
    ['/dev/null', 'a character device'],
  ])('%s as the dataset is %s, refused without reading it', async (device, what) => {
    const { code, err } = await cli('validate', device);
    expect(code).toBe(2);
    expect(err).toBe(
      `actor-graph: cannot read ${device}: it is ${what}, not a regular file: save the data to a file and give that\n`,
    );
  });

  it('a view file that is a pipe is refused alike', async () => {
    const fifo = inDir('view.json');
    execFileSync('mkfifo', [fifo]);
    const result = await spawnCli([
      'export',
      'graph-data/putins-delicate-dance.json',
      '--view',
      fifo,
      '--out',
      inDir('v.csv'),
    ]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('it is a named pipe (FIFO), not a regular file');
  }, 30_000);
});

describe('hidden files are never sources', () => {
  it('export --embed-sources does not copy .env into the output', async () => {
    const out = inDir('embedded.json');
    const { code, out: stdout, err } = await cli('export', HIDDEN, '--embed-sources', '--out', out);
    expect(code).toBe(1);
    expect(stdout + err).not.toContain('sk-not-a-real-secret');
    expect(err).toMatch(/error schema at \$\.sources\[0\]\.file: "\.env" names a hidden file or folder/);
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('nor through a symbolic link with an ordinary name', async () => {
    await mkdir(inDir('linked'));
    await copyFile(path.join(FIXTURES_DIR, 'hostile/integrity/.env'), inDir('linked/.env'));
    await symlink('.env', inDir('linked/notes.txt'));
    const dataset = JSON.parse(await readFile(HIDDEN, 'utf8')) as { sources: { file: string }[] };
    dataset.sources[0]!.file = 'notes.txt';
    await writeFile(inDir('linked/data.json'), JSON.stringify(dataset, null, 2));
    const out = inDir('linked-out.json');
    const { code, err } = await cli('export', inDir('linked/data.json'), '--embed-sources', '--out', out);
    expect(code).toBe(1);
    expect(err).not.toContain(SECRET_LINE);
    expect(err).toContain(
      'error source-unavailable at $.sources[0].file: Source file "notes.txt" could not be read: "notes.txt" leads to the hidden file ".env", which is never read as a source',
    );
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a name with a dot that is not hidden is still a source', async () => {
    await mkdir(inDir('dots/v1.2'), { recursive: true });
    await copyFile(path.join(FIXTURES_DIR, 'hostile/integrity/.env'), inDir('dots/v1.2/text.v2.txt'));
    const dataset = JSON.parse(await readFile(HIDDEN, 'utf8')) as { sources: { file: string }[] };
    dataset.sources[0]!.file = './v1.2/text.v2.txt';
    await writeFile(inDir('dots/data.json'), JSON.stringify(dataset, null, 2));
    const { code, out } = await cli('validate', inDir('dots/data.json'));
    expect(code).toBe(0);
    expect(out).toContain('verified');
  });
});
