/**
 * The command line: `validate`, usage, help and reading files, run in process through `run(args, io)`
 * (tests/core/cli-harness.ts); then what only the real process shows, through `node
 * bin/actor-graph.js` (the built bundle): exit codes, the split of stdout and stderr, an internal
 * error's one line, and which modules a command loads.
 */
import { execFileSync } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes, sourceResolver } from '../../src/cli/files.ts';
import { SOURCE_FILE, SOURCE_TEXT, baseDataset, edited, toJson } from '../fixtures/invalid/base-dataset.ts';
import { PROBLEM_LINE, ROOT, cli as runCli, spawnCli, type CliRun } from './cli-harness.ts';

const SEED = 'graph-data/putins-delicate-dance.json';
const SEED_SOURCE = 'graph-data/sources/putins-delicate-dance.txt';

function cli(...args: string[]): Promise<CliRun> {
  return runCli(args);
}

let dir: string;
const inDir = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-cli-'));
  await mkdir(inDir('sources'));
  await writeFile(inDir(SOURCE_FILE), SOURCE_TEXT);
  await writeFile(inDir('valid.json'), toJson(baseDataset()));
  await writeFile(
    inDir('invalid.json'),
    toJson(
      edited({
        '$.relations[0].to': 'RUS',
        '$.relations[1].to': 'ISRL',
        '$.relations[2].evidence[0].quote': 'Israel hit targets in Iran',
      }),
    ),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('actor-graph validate', () => {
  it('exits 0 on a valid dataset and prints one summary line', async () => {
    const run = await cli('validate', inDir('valid.json'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`✓ ${inDir('valid.json')}: 3 actors, 3 relations, 3 quotes verified\n`);
  });

  it('exits 1 on an invalid dataset, one line per problem, then a summary', async () => {
    const run = await cli('validate', inDir('invalid.json'));
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(lines.at(-1)).toBe(`✗ ${inDir('invalid.json')}: 2 errors, 1 warning`);
    const problems = lines.slice(0, -1).map((line) => PROBLEM_LINE.exec(line));
    expect(problems.every((match) => match !== null && match[1] === inDir('invalid.json'))).toBe(true);
    expect(problems.map((m) => [m![4], m![5], m![6]])).toEqual([
      ['warning', 'self-loop', '$.relations[0].to'],
      ['error', 'unknown-actor', '$.relations[1].to'],
      ['error', 'quote-not-found', '$.relations[2].evidence[0].quote'],
    ]);
  });

  it('prints errors only with --quiet', async () => {
    const run = await cli('validate', '--quiet', inDir('invalid.json'));
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => PROBLEM_LINE.exec(line)?.[4] === 'error')).toBe(true);
  });

  it('prints { valid, problems, counts } with --json', async () => {
    const invalid = JSON.parse((await cli('validate', inDir('invalid.json'), '--json')).stdout);
    expect(invalid.valid).toBe(false);
    expect(invalid.counts).toEqual({ errors: 2, warnings: 1 });
    expect(invalid.problems[1]).toMatchObject({
      code: 'unknown-actor',
      path: '$.relations[1].to',
      severity: 'error',
    });
    expect(invalid.problems[1].line).toBeGreaterThan(1);
    const valid = await cli('validate', '--json', inDir('valid.json'));
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual({
      valid: true,
      problems: [],
      counts: { errors: 0, warnings: 0, actors: 3, relations: 3, quotes: 3 },
    });
  });

  it('reports syntax errors with line and column', async () => {
    const run = await cli('validate', 'tests/fixtures/invalid/trailing-comma.json');
    expect(run.code).toBe(1);
    const match = PROBLEM_LINE.exec(run.stdout.split('\n')[0]!);
    expect(match?.slice(1, 7)).toEqual([
      'tests/fixtures/invalid/trailing-comma.json',
      '4',
      '1',
      'error',
      'json-syntax',
      '$',
    ]);
  });

  it.each([
    ['html-page.json', 'not-json'],
    ['latin1.json', 'invalid-encoding'],
  ])('rejects %s with %s', async (file, code) => {
    const run = await cli('validate', `tests/fixtures/invalid/${file}`);
    expect(run.code).toBe(1);
    expect(PROBLEM_LINE.exec(run.stdout.split('\n')[0]!)?.[5]).toBe(code);
  });

  it('refuses a source file that is a link leading out of the dataset folder', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'actor-graph-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), SOURCE_TEXT);
      await mkdir(inDir('linked/sources'), { recursive: true });
      await symlink(path.join(outside, 'secret.txt'), inDir(`linked/${SOURCE_FILE}`));
      await writeFile(inDir('linked/dataset.json'), toJson(baseDataset()));
      const run = await cli('validate', inDir('linked/dataset.json'));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /error source-unavailable at \$\.sources\[0\]\.file: .*outside the dataset's folder/,
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it.each([
    ['a missing file', 'no-such-file.json', 'no such file'],
    ['a directory', 'graph-data', 'it is a directory, not a file'],
  ])('exits 2 on %s, with one line on stderr', async (_, file, words) => {
    const run = await cli('validate', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`actor-graph: cannot read ${file}: ${words}\n`);
  });
});

describe('actor-graph validate with several files', () => {
  it('reports each file on its own, in order, and exits with the worst code', async () => {
    const files = [inDir('valid.json'), inDir('invalid.json'), inDir('valid.json')];
    const run = await cli('validate', ...files);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => /^[✓✗] /.test(line))).toEqual([
      `✓ ${files[0]}: 3 actors, 3 relations, 3 quotes verified`,
      `✗ ${files[1]}: 2 errors, 1 warning`,
      `✓ ${files[2]}: 3 actors, 3 relations, 3 quotes verified`,
    ]);
    // The invalid file's problems come between its neighbours' summaries, each naming it.
    expect(lines.slice(1, 4).every((line) => line.startsWith(`${files[1]}:`))).toBe(true);
  });

  it('goes on past an unreadable file, says so on stderr, and exits 2', async () => {
    const run = await cli('validate', 'no-such-file.json', inDir('invalid.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('actor-graph: cannot read no-such-file.json: no such file\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`✗ ${inDir('invalid.json')}: 2 errors, 1 warning`);
  });

  it('prints an array with --json, one report per file with its name', async () => {
    const run = await cli(
      'validate',
      '--json',
      inDir('valid.json'),
      inDir('invalid.json'),
      'no-such-file.json',
    );
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; valid: boolean; unreadable?: string }[];
    expect(reports.map(({ file, valid }) => [file, valid])).toEqual([
      [inDir('valid.json'), true],
      [inDir('invalid.json'), false],
      ['no-such-file.json', false],
    ]);
    expect(reports[2]!.unreadable).toBe('cannot read no-such-file.json: no such file');
  });
});

describe('reading files', () => {
  /** A named pipe fed with spaces until the reader stops; resolves to the bytes written. */
  async function piped(name: string, max: number): Promise<{ path: string; fed: Promise<number> }> {
    const fifo = inDir(name);
    execFileSync('mkfifo', [fifo]);
    const fed = (async () => {
      const handle = await open(fifo, 'w');
      let written = 0;
      try {
        while (written < max) written += (await handle.write(Buffer.alloc(64 * 1024, 0x20))).bytesWritten;
      } catch (error) {
        if ((error as { code?: string }).code !== 'EPIPE') throw error;
      } finally {
        await handle.close();
      }
      return written;
    })();
    return { path: fifo, fed };
  }

  /** Be the pipe's reader for a moment, so a writer waiting to open it gives up (EPIPE). */
  async function drain(fifo: string): Promise<void> {
    const reader = await open(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    await reader.close();
  }

  it('refuses a pipe without reading it: it is not a regular file', async () => {
    const { path: fifo, fed } = await piped('dataset-pipe', 8 * 1024 * 1024);
    await expect(readBytes(fifo, 100_000)).rejects.toThrow(
      /^cannot read .*dataset-pipe: it is a named pipe \(FIFO\), not a regular file/,
    );
    await drain(fifo);
    expect(await fed).toBeLessThan(8 * 1024 * 1024);
  });

  it('refuses source files that are pipes alike', async () => {
    const { path: fifo, fed } = await piped('sources/endless.txt', 8 * 1024 * 1024);
    const resolve = sourceResolver(inDir('valid.json'));
    await expect(resolve('sources/endless.txt', { maxBytes: 100_000 })).rejects.toThrow(
      /^it is a named pipe \(FIFO\), not a regular file/,
    );
    await drain(fifo);
    expect(await fed).toBeLessThan(8 * 1024 * 1024);
  });

  it('reads a regular file whole, and refuses one over the limit from its size', async () => {
    const valid = await readBytes(inDir('valid.json'), 1_000_000);
    expect('bytes' in valid && new TextDecoder().decode(valid.bytes)).toBe(toJson(baseDataset()));
    expect(await readBytes(inDir('valid.json'), 10)).toEqual({ size: toJson(baseDataset()).length });
  });
});

describe('actor-graph usage', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s prints usage, exit codes and the output format',
    async (flag) => {
      const run = await cli(flag);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('validate <file.json>');
      expect(run.stdout).toContain('Exit codes:');
      expect(run.stdout).toContain('file:line:column: error|warning code at $.json.path: message');
    },
  );

  it('prints a command’s help', async () => {
    const run = await cli('validate', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--json');
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['valdate', 'x.json'], "unknown command 'valdate' (did you mean 'validate'?)"],
    [['validate', '--strict', 'x.json'], 'unknown option --strict'],
    [['validate'], 'validate needs a dataset file'],
    [[], 'no command given'],
  ])('exits 2 on bad usage %j, with a hint to --help and no stack trace', async (args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(message);
    expect(lines[1]).toBe("Run 'actor-graph --help' for usage.");
  });
});

describe.skipIf(!existsSync(path.join(ROOT, SEED)))('the seed dataset', () => {
  it('validates', async () => {
    const run = await cli('validate', SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^✓ graph-data\/putins-delicate-dance\.json: \d+ actors, \d+ relations, \d+ quotes verified/,
    );
  });

  it('is rejected when one word of one quote changes, naming the quote’s path and line', async () => {
    const seed = JSON.parse(await readFile(path.join(ROOT, SEED), 'utf8')) as ReturnType<typeof baseDataset>;
    const r = 1;
    const evidence = seed.relations[r]!.evidence[0]!;
    const words = evidence.quote.split(' ');
    const w = Math.floor(words.length / 2);
    words[w] = words[w] === 'Xyzzy' ? 'Plugh' : 'Xyzzy';
    evidence.quote = words.join(' ');
    const text = toJson(seed);
    await mkdir(inDir('seed/sources'), { recursive: true });
    await copyFile(path.join(ROOT, SEED_SOURCE), inDir('seed/sources/putins-delicate-dance.txt'));
    await writeFile(inDir('seed/seed.json'), text);

    const run = await cli('validate', inDir('seed/seed.json'));
    expect(run.code).toBe(1);
    const [first] = run.stdout.split('\n');
    const match = PROBLEM_LINE.exec(first!);
    expect(match?.[5]).toBe('quote-not-found');
    expect(match?.[6]).toBe(`$.relations[${r}].evidence[0].quote`);
    const line = text.split('\n').findIndex((l) => l.includes(JSON.stringify(evidence.quote))) + 1;
    expect(Number(match?.[2])).toBe(line);
  });
});

describe('the real process (node bin/actor-graph.js)', () => {
  it('exits 0, 1 and 2, with results on stdout and the unreadable file on stderr', async () => {
    const [valid, invalid, missing] = await Promise.all([
      spawnCli(['validate', inDir('valid.json')]),
      spawnCli(['validate', inDir('invalid.json')]),
      spawnCli(['validate', 'no-such-file.json']),
    ]);
    expect(valid).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(valid.stdout).toBe(`✓ ${inDir('valid.json')}: 3 actors, 3 relations, 3 quotes verified\n`);
    expect(invalid).toMatchObject({ code: 1, stderr: '' });
    expect(invalid.stdout.trimEnd().split('\n').at(-1)).toBe(
      `✗ ${inDir('invalid.json')}: 2 errors, 1 warning`,
    );
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'actor-graph: cannot read no-such-file.json: no such file\n',
    });
  });

  it('exits 2 on bad usage, with the hint on stderr', async () => {
    const run = await spawnCli(['valdate', 'x.json']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      "actor-graph: unknown command 'valdate' (did you mean 'validate'?)\nRun 'actor-graph --help' for usage.\n",
    );
  });

  it('prints an internal error in one line, with no stack trace, and exits 70', async () => {
    // A bug stand-in: standard output that throws, preloaded before the CLI starts.
    const broken = 'data:text/javascript,process.stdout.write=()=>{throw new Error("boom")}';
    expect(await spawnCli(['--version'], { nodeArgs: ['--import', broken] })).toMatchObject({
      code: 70,
      stdout: '',
      stderr: 'actor-graph: internal error: boom\n',
    });
  });

  describe('loads a command’s code only when it runs', () => {
    // The CommonJS modules the process loaded (resvg and the layouts are CommonJS), printed at exit.
    const probe = `data:text/javascript,${encodeURIComponent(`
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      process.on('exit', () => process.stderr.write('\\nloaded: ' + JSON.stringify(Object.keys(require.cache))));
    `)}`;
    const loaded = async (args: string[]): Promise<string[]> => {
      const run = await spawnCli(args, { nodeArgs: ['--import', probe] });
      expect(run.code, run.stderr).toBe(0);
      const modules = JSON.parse(run.stderr.slice(run.stderr.lastIndexOf('\nloaded: ') + 9)) as string[];
      return modules.map((file) => path.relative(path.join(ROOT, 'node_modules'), file).split(path.sep)[0]!);
    };
    const EXPORT_ONLY = ['@resvg', 'cytoscape-fcose', 'graphology-layout-forceatlas2'];

    it.each([[['--help']], [['export', '--help']], [['validate', SEED]]])(
      '%j loads neither the PNG renderer nor the layout',
      async (args) => {
        const packages = await loaded(args);
        for (const name of EXPORT_ONLY) expect(packages).not.toContain(name);
      },
    );

    it('export png loads them (so the check above can see them)', async () => {
      const packages = await loaded(['export', SEED, '--format', 'png', '--scale', '0.25', '--out', '-']);
      for (const name of EXPORT_ONLY) expect(packages).toContain(name);
    });
  });
});
