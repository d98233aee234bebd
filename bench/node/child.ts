import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, ROOT } from '../paths.ts';

export interface ChildRun {
  readonly wallMs: number;
  /** Peak resident set size of the child, in MB. */
  readonly maxRssMB?: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  /** The last few kB of standard error (the CLI prints one line per warning there). */
  readonly stderrTail: string;
}

const GNU_TIME = '/usr/bin/time';
const TAIL = 16 * 1024;
export const RSS_METHOD = existsSync(GNU_TIME)
  ? '/usr/bin/time -v (Maximum resident set size)'
  : 'process.resourceUsage().maxRSS, reported by the child on exit';

/**
 * Runs `node <args>` and measures it from outside: wall time from spawn to exit, and peak RSS from
 * GNU time when it is installed, else from a preloaded module that prints `maxRSS` when the child
 * exits. Standard output is kept only when asked for (`keepStdout`).
 */
export function runNode(
  args: readonly string[],
  options: { keepStdout?: boolean; timeoutMs?: number } = {},
): Promise<ChildRun> {
  const useTime = existsSync(GNU_TIME);
  const nodeArgs = useTime ? [...args] : ['--import', join(BENCH, 'node', 'report-rss.mjs'), ...args];
  const [command, argv] = useTime
    ? [GNU_TIME, ['-v', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.keepStdout) stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-TAIL);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const kb = useTime
        ? /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr)?.[1]
        : /BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1];
      const exit = useTime ? /Exit status:\s*(\d+)/.exec(stderr)?.[1] : undefined;
      resolve({
        wallMs,
        ...(kb === undefined ? {} : { maxRssMB: Number(kb) / 1024 }),
        exitCode: exit === undefined ? code : Number(exit),
        stdout,
        stderrTail: stderr,
      });
    });
  });
}

/** A child run that must succeed: a non-zero exit becomes an error naming the last stderr line. */
export async function runNodeOk(
  args: readonly string[],
  options?: { keepStdout?: boolean },
): Promise<ChildRun> {
  const run = await runNode(args, options);
  if (run.exitCode !== 0) {
    const lines = run.stderrTail.split('\n').filter((l) => l.trim() && !/^\s+\S.*:\s/.test(l));
    throw new Error(`node ${args.join(' ')} exited ${run.exitCode}: ${lines.at(-1) ?? ''}`);
  }
  return run;
}
