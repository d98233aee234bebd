/**
 * Every hostile fixture through the command line (`actor-graph validate <files>`): the verdict, one
 * line per problem that names the file, the line and column, the code and the path, never a stack
 * trace or an internal error, nothing a terminal would run, and the same verdict (codes, paths,
 * positions, messages) as `validateDataset` on the same bytes.
 *
 * The ordinary fixtures run in this process through `run(args, io)` (tests/core/cli-harness.ts), in
 * a few batches of many files each (`validate a.json b.json ...` reports each file on its own: its
 * problems, then its summary line), and each file's verdict is read from its own block of output.
 * Inputs that need a real process get one (`node bin/actor-graph.js`, the built bundle): a pipe, a
 * heap size (a crash must not take the test runner down), and a handful of single-file runs that
 * check the exit codes 0, 1 and 2 file by file.
 */
import { constants } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/validate/index.ts';
import { FIXTURES, type FixtureCase } from './fixture-manifest.ts';
import { cli as runCli, spawnCli } from './cli-harness.ts';
import { bytesOf, keysOf, materialize, unreadableIn, validateFile } from '../fixtures/hostile/harness.ts';

const CASES = FIXTURES.filter((f) => f.cli !== false);
const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;
/** A JavaScript stack trace, or V8's report of a crash (out of memory prints a native one). */
const STACK_TRACE = /\n\s+at |FATAL ERROR|stack ?trace/i;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Batches of ordinary fixtures, each validated one file after the other, as one command line. */
const BATCHES = 4;
/** Single-file runs: a fixture per exit code, so each code is seen for a file alone. */
const SINGLE = [
  'hostile/transport/crlf-dataset.json',
  'hostile/injection/forged-problem-line.json',
  'generated/transport/missing.json',
];

interface Process {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One fixture's share of a process's output. */
interface Run {
  readonly file: string;
  /** The process it ran in (shared with the other files of its batch). */
  readonly process: Process;
  /** Its lines on standard output: its problems, then its summary; empty if it was unreadable. */
  readonly lines: readonly string[];
  /** Its lines on standard error. */
  readonly errors: readonly string[];
  /** For a pipe: how many bytes the CLI let us write before it stopped reading. */
  readonly written?: number;
  /** What `validateDataset` says about the same bytes, where the test can hold them. */
  readonly expected?: readonly Problem[];
  /** What `validateDataset` threw instead (a bug: it must return problems as data). */
  readonly thrown?: string;
}

/** `validate` on these files: in this process, or in a real one for a heap size or a pipe. */
async function cli(
  files: readonly string[],
  how: { heapMb?: number; spawn?: boolean } = {},
): Promise<Process> {
  const args = ['validate', ...files];
  if (!how.spawn && how.heapMb === undefined) return { ...(await runCli(args)), signal: null };
  const nodeArgs = how.heapMb ? [`--max-old-space-size=${how.heapMb}`] : [];
  const run = await spawnCli(args, { nodeArgs, timeout: 150_000 });
  return { ...run, code: run.signal ? null : run.code };
}

/** Feeds a named pipe until the CLI stops reading it (EPIPE) or `max` bytes are written. */
async function feed(fifo: string, max: number): Promise<number> {
  const handle = await open(fifo, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let written = 0;
  try {
    while (written < max) written += (await handle.write(chunk)).bytesWritten;
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPIPE') throw error;
  } finally {
    await handle.close();
  }
  return written;
}

const isSummary = (line: string, file: string): boolean =>
  line.startsWith(`✓ ${file}: `) || line.startsWith(`✗ ${file}: `);

/**
 * Splits a process's output by file: the lines up to and including each file's summary line, in the
 * order the files were given; an unreadable file has none, and one line on standard error.
 */
function split(files: readonly string[], output: Process): Map<string, Pick<Run, 'lines' | 'errors'>> {
  const lines = output.stdout.replace(/\n$/, '').split('\n');
  const errors = output.stderr.replace(/\n$/, '').split('\n');
  const byFile = new Map<string, Pick<Run, 'lines' | 'errors'>>();
  let next = 0;
  for (const file of files) {
    const mine = errors.filter((line) => line.startsWith(`actor-graph: cannot read ${file}: `));
    const end = lines.findIndex((line, i) => i >= next && isSummary(line, file));
    byFile.set(file, { lines: end === -1 ? [] : lines.slice(next, end + 1), errors: mine });
    if (end !== -1) next = end + 1;
  }
  return byFile;
}

/** What the validator says in process about a fixture's bytes, where it can hold them. */
async function inProcess(fixture: FixtureCase, file: string): Promise<Pick<Run, 'expected' | 'thrown'>> {
  if (fixture.inProcess === false) return {};
  try {
    const { problems } = await validateFile(fixture, file, await bytesOf(fixture, file));
    return { expected: problems };
  } catch (error) {
    return { thrown: String(error) };
  }
}

async function runBatch(fixtures: readonly FixtureCase[], heapMb?: number): Promise<void> {
  const files = await Promise.all(fixtures.map((f) => materialize(f, tempDir)));
  const output = await cli(files, heapMb === undefined ? {} : { heapMb });
  const parts = split(files, output);
  await Promise.all(
    fixtures.map(async (fixture, i) => {
      const file = files[i]!;
      runs.set(fixture.name, {
        file,
        process: output,
        ...parts.get(file)!,
        ...(await inProcess(fixture, file)),
      });
    }),
  );
}

async function runPipe(fixture: FixtureCase & { generator: { kind: 'pipe'; max: number } }): Promise<void> {
  const file = await materialize(fixture, tempDir);
  const feeding = feed(file, fixture.generator.max);
  const output = await cli([file], { spawn: true, ...(fixture.cli ? { heapMb: fixture.cli.heapMb } : {}) });
  // If the CLI exited without opening the pipe, the writer still waits for a reader: be one, briefly.
  const reader = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  await reader.close();
  runs.set(fixture.name, {
    file,
    process: output,
    ...split([file], output).get(file)!,
    written: await feeding,
  });
}

const runs = new Map<string, Run>();
const singles = new Map<string, Process>();
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-cli-'));
  const pipes = CASES.filter((f) => f.generator?.kind === 'pipe');
  const rest = CASES.filter((f) => !pipes.includes(f));
  const heaps = [...new Set(rest.flatMap((f) => (f.cli ? [f.cli.heapMb] : [])))];
  const plain = rest.filter((f) => !f.cli);
  const batches = Array.from({ length: BATCHES }, (_, b) => plain.filter((_, i) => i % BATCHES === b));
  await Promise.all([
    ...pipes.map((f) => runPipe(f as FixtureCase & { generator: { kind: 'pipe'; max: number } })),
    ...heaps.map((mb) =>
      runBatch(
        rest.filter((f) => f.cli && f.cli.heapMb === mb),
        mb,
      ),
    ),
    ...batches.map((batch) => runBatch(batch)),
    ...SINGLE.map(async (name) => {
      const fixture = CASES.find((f) => f.name === name)!;
      singles.set(name, await cli([await materialize(fixture, tempDir)], { spawn: true }));
    }),
  ]);
}, 180_000);
afterAll(() => rm(tempDir, { recursive: true, force: true }));

interface Line {
  readonly line?: number;
  readonly column?: number;
  readonly severity: string;
  readonly code: string;
  /** The path and the message: `$.relations[0].from: Relation "r1" ...`. */
  readonly rest: string;
}

/** A problem line, `file[:line:column]: severity code at path: message`, or undefined if it is not one. */
function parseLine(text: string, file: string): Line | undefined {
  if (!text.startsWith(file)) return undefined;
  const match = /^(?::(\d+):(\d+))?: (error|warning) ([a-z-]+) at (\$.*)$/.exec(text.slice(file.length));
  if (!match) return undefined;
  const [, line, column, severity = '', code = '', rest = ''] = match;
  return { ...(line ? { line: Number(line), column: Number(column) } : {}), severity, code, rest };
}

describe.each(CASES.map((f) => [f.name, f] as const))('actor-graph validate %s', (_, fixture) => {
  it(`is reported ${fixture.outcome}, and its process exits without a stack trace or an internal error`, () => {
    const run = runs.get(fixture.name)!;
    const { process: output } = run;
    expect(STACK_TRACE.test(`${output.stdout}\n${output.stderr}`), output.stderr.slice(0, 300)).toBe(false);
    expect(output.stderr).not.toMatch(/internal error/);
    expect(output.signal).toBeNull();
    // A process exits with the worst code of its files, so never with less than this file's.
    expect(output.code).toBeGreaterThanOrEqual(EXIT[fixture.outcome]);
    expect(output.code).toBeLessThanOrEqual(EXIT.unreadable);
    if (fixture.outcome === 'unreadable') {
      expect(run.lines).toEqual([]);
      expect(run.errors).toHaveLength(1);
    } else {
      expect(run.lines.at(-1)).toMatch(
        new RegExp(`^${fixture.outcome === 'valid' ? '✓' : '✗'} ${escape(run.file)}: `),
      );
      expect(run.errors).toEqual([]);
    }
  });

  it('prints one line per problem, then a summary, with nothing a terminal would run', () => {
    const run = runs.get(fixture.name)!;
    for (const [stream, lines] of [
      ['stdout', run.lines],
      ['stderr', run.errors],
    ] as const) {
      const bad = lines.flatMap((line, i) =>
        unreadableIn(line) ? [`${stream} line ${i + 1}: ${unreadableIn(line)}`] : [],
      );
      expect(bad.slice(0, 5)).toEqual([]);
    }
    if (fixture.outcome === 'unreadable') {
      expect(run.errors[0]).toMatch(new RegExp(`^actor-graph: cannot read ${escape(run.file)}: [^\\n]+$`));
      return;
    }
    const problems = run.lines.slice(0, -1);
    const unparsed = problems.filter((line) => !parseLine(line, run.file));
    expect(unparsed.slice(0, 3)).toEqual([]);
    if (run.expected) expect(problems).toHaveLength(run.expected.length);
  });

  if (fixture.inProcess !== false) {
    it('gives the same verdict as validateDataset on the same bytes: codes, paths, positions, messages', () => {
      const run = runs.get(fixture.name)!;
      expect(run.thrown, 'validateDataset threw on the same bytes').toBeUndefined();
      const printed = run.lines.flatMap((text) => parseLine(text, run.file) ?? []);
      const expected = run.expected!;
      expect(printed).toHaveLength(expected.length);
      expected.forEach((problem, i) => {
        const line = printed[i]!;
        expect([line.severity, line.code, line.rest]).toEqual([
          problem.severity,
          problem.code,
          `${problem.path}: ${problem.message}`,
        ]);
        // The CLI refuses a file over the size limit from its size alone, so it knows no position there.
        if (line.line !== undefined || problem.code !== 'too-large')
          expect([line.line, line.column]).toEqual([problem.line, problem.column]);
      });
    });
  } else if (fixture.errors.length > 0) {
    it('reports the problems the manifest expects (only the CLI can meet this input)', () => {
      const run = runs.get(fixture.name)!;
      const printed = run.lines.flatMap((text) => parseLine(text, run.file) ?? []);
      const found = printed.map((p) => `${p.code} ${p.rest.slice(0, p.rest.indexOf(': '))}`).sort();
      expect(found).toEqual(keysOf(fixture.errors));
    });
  }

  const pipe = fixture.generator?.kind === 'pipe' ? fixture.generator : undefined;
  if (pipe) {
    it('stops reading at the byte limit instead of holding everything the pipe sends', () => {
      const { written } = runs.get(fixture.name)!;
      // Reading stops just past maxBytes (50 MB); the pipe offers 120 MB, and a device like /dev/zero never ends.
      expect(written).toBeLessThan(pipe.max);
    });
  }
});

describe.each(SINGLE.map((name) => [name, CASES.find((f) => f.name === name)!] as const))(
  'actor-graph validate with only %s',
  (_, fixture) => {
    it(`exits ${EXIT[fixture.outcome]}, as in its batch`, () => {
      const output = singles.get(fixture.name)!;
      expect({ code: output.code, signal: output.signal }).toEqual({
        code: EXIT[fixture.outcome],
        signal: null,
      });
      const batch = runs.get(fixture.name)!;
      // Alone or among others, a file is reported alike.
      if (fixture.outcome === 'unreadable') expect(output.stderr.trimEnd()).toBe(batch.errors[0]);
      else expect(output.stdout.replace(/\n$/, '').split('\n')).toEqual(batch.lines);
    });
  },
);
