/**
 * Every hostile fixture through the real command line (`node bin/actor-graph.js validate <file>`),
 * in parallel batches: the exit code, one line per problem that names the file, the line and column,
 * the code and the path, never a stack trace or an internal error, nothing a terminal would run, and
 * the same verdict (codes, paths, positions, messages) as `validateDataset` on the same bytes.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/validate/index.ts';
import { FIXTURES, type FixtureCase } from './fixture-manifest.ts';
import {
  ROOT,
  bytesOf,
  keysOf,
  materialize,
  unreadableIn,
  validateFile,
} from '../fixtures/hostile/harness.ts';

const BIN = path.join(ROOT, 'bin/actor-graph.js');
const CASES = FIXTURES.filter((f) => f.cli !== false);
const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;
/** A JavaScript stack trace, or V8's report of a crash (out of memory prints a native one). */
const STACK_TRACE = /\n\s+at |FATAL ERROR|stack ?trace/i;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Run {
  readonly file: string;
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** For a pipe: how many bytes the CLI let us write before it stopped reading. */
  readonly written?: number;
  /** What `validateDataset` says about the same bytes, where the test can hold them. */
  readonly expected?: readonly Problem[];
  /** What `validateDataset` threw instead (a bug: it must return problems as data). */
  readonly thrown?: string;
}

function cli(file: string, heapMb?: number): Promise<Omit<Run, 'file'>> {
  const args = [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), BIN, 'validate', file];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr });
      },
    );
  });
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

async function runCase(fixture: FixtureCase, tempDir: string): Promise<Run> {
  const file = await materialize(fixture, tempDir);
  const heapMb = fixture.cli ? fixture.cli.heapMb : undefined;
  if (fixture.generator?.kind === 'pipe') {
    const feeding = feed(file, fixture.generator.max);
    const run = await cli(file, heapMb);
    // If the CLI exited without opening the pipe, the writer still waits for a reader: be one, briefly.
    const reader = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    await reader.close();
    return { file, ...run, written: await feeding };
  }
  const run = await cli(file, heapMb);
  if (fixture.inProcess === false) return { file, ...run };
  try {
    const { problems } = await validateFile(fixture, file, await bytesOf(fixture, file));
    return { file, ...run, expected: problems };
  } catch (error) {
    return { file, ...run, thrown: String(error) };
  }
}

const runs = new Map<string, Run>();
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-cli-'));
  // The slow inputs (generated, megabytes) first, so the small ones fill the gaps while they run.
  const queue = [...CASES].sort((a, b) => Number(Boolean(b.generator)) - Number(Boolean(a.generator)));
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift())
      runs.set(next.name, await runCase(next, tempDir));
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
}, 600_000);
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
  it(`exits ${EXIT[fixture.outcome]}, without a stack trace or an internal error`, () => {
    const run = runs.get(fixture.name)!;
    expect(STACK_TRACE.test(`${run.stdout}\n${run.stderr}`), run.stderr.slice(0, 300)).toBe(false);
    expect({ code: run.code, signal: run.signal }).toEqual({ code: EXIT[fixture.outcome], signal: null });
  });

  it('prints one line per problem, then a summary, with nothing a terminal would run', () => {
    const run = runs.get(fixture.name)!;
    for (const [stream, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ] as const) {
      const bad = text
        .split('\n')
        .flatMap((line, i) => (unreadableIn(line) ? [`${stream} line ${i + 1}: ${unreadableIn(line)}`] : []));
      expect(bad.slice(0, 5)).toEqual([]);
    }
    if (fixture.outcome === 'unreadable') {
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^actor-graph: cannot read ${escape(run.file)}: [^\\n]+\\n$`));
      return;
    }
    expect(run.stderr).toBe('');
    const lines = run.stdout.replace(/\n$/, '').split('\n');
    const summary = lines.pop();
    expect(summary).toMatch(new RegExp(`^${fixture.outcome === 'valid' ? '✓' : '✗'} ${escape(run.file)}: `));
    const unparsed = lines.filter((line) => !parseLine(line, run.file));
    expect(unparsed.slice(0, 3)).toEqual([]);
    if (run.expected) expect(lines).toHaveLength(run.expected.length);
  });

  if (fixture.inProcess !== false) {
    it('gives the same verdict as validateDataset on the same bytes: codes, paths, positions, messages', () => {
      const run = runs.get(fixture.name)!;
      expect(run.thrown, 'validateDataset threw on the same bytes').toBeUndefined();
      const printed = run.stdout.split('\n').flatMap((text) => parseLine(text, run.file) ?? []);
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
      const printed = run.stdout.split('\n').flatMap((text) => parseLine(text, run.file) ?? []);
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
