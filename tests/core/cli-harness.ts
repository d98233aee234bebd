/**
 * The command line for tests, two ways:
 * - `cli(args, options)` runs it in this process through `run(args, io)`, the same function the real
 *   process calls, with the same files and arguments. Use it wherever a child process would prove
 *   nothing more: what a command reads, writes, prints and returns. It costs milliseconds where a
 *   process costs a Node start-up.
 * - `spawnCli(args, options)` runs `node bin/actor-graph.js` (the bundle the core tests' global setup
 *   has just built) in a child process. Use it for what only a process shows: the exit code that
 *   main.ts sets, real pipes and terminals, signals, a heap limit, an internal error's one line.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { run } from '../../src/cli/run.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/actor-graph.js');
/** `file:line:column: severity code at $.path: message`, as `formatProblem` writes it. */
export const PROBLEM_LINE = /^(.+?):(\d+):(\d+): (error|warning) ([a-z-]+) at (\$\S*): (.+)$/;

export interface CliRun {
  readonly code: number;
  /** Standard output as UTF-8 text. */
  readonly stdout: string;
  /** Standard output as it was written (PNG bytes, say). */
  readonly bytes: Buffer;
  readonly stderr: string;
}

export interface CliOptions {
  /** The current folder for the run (relative paths in `args` resolve from it); default the repository. */
  readonly cwd?: string;
  /** Whether standard output is a terminal (default: a pipe). */
  readonly outIsTerminal?: boolean;
}

/**
 * In-process runs take turns: a run may change the current folder, which is the whole process's, so
 * two runs in different folders must not overlap.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs the CLI in this process. A bug (what the process would report as exit 70) rejects. */
export function cli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const turn = queue.then(() => runHere(args, options));
  queue = turn.catch(() => undefined);
  return turn;
}

async function runHere(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const out: Buffer[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(options.cwd ?? ROOT);
  try {
    const code = await run(args, {
      out: (data) => void out.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)),
      err: (text) => void err.push(text),
      outIsTerminal: options.outIsTerminal ?? false,
      flushOut: () => Promise.resolve(),
    });
    const bytes = Buffer.concat(out);
    return { code, stdout: bytes.toString('utf8'), bytes, stderr: err.join('') };
  } finally {
    process.chdir(before);
  }
}

export interface SpawnOptions {
  /** The current folder of the process; default the repository. */
  readonly cwd?: string;
  /** Arguments for `node` before the script: `--import` a failure, `--max-old-space-size=`. */
  readonly nodeArgs?: readonly string[];
  /**
   * A process that does not end by itself within this is killed and the test fails. The default, 20 s,
   * is inside the core tests' own timeout (30 s); a test that sets a longer one can pass a longer one.
   */
  readonly timeout?: number;
}

export interface SpawnRun extends CliRun {
  /** The signal that ended the process, if one did. */
  readonly signal: NodeJS.Signals | null;
}

/** Runs `node bin/actor-graph.js ...args` in a child process, as users run it. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<SpawnRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        encoding: 'buffer',
        timeout: options.timeout ?? 20_000,
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error?.killed && error.signal === 'SIGTERM') {
          reject(new Error(`actor-graph ${args.join(' ')} did not exit by itself`));
          return;
        }
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          signal: error?.signal ?? null,
          stdout: stdout.toString('utf8'),
          bytes: stdout,
          stderr: stderr.toString('utf8'),
        });
      },
    );
  });
}
