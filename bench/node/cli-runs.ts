import { join } from 'node:path';
import { OUT, ROOT } from '../paths.ts';
import { runNodeOk, type ChildRun } from './child.ts';
import { repeat, stat, type RepeatPlan, type Stat } from './stats.ts';

export interface CliFigure {
  readonly label: string;
  readonly command: string;
  readonly wallMs?: Stat;
  readonly maxRssMB?: Stat;
  readonly warmups: number;
  readonly error?: string;
}

const CLI = join(ROOT, 'bin', 'actor-graph.js');

/** The CLI commands the suites time, each as `node` arguments and how the report shows it. */
export const cli = {
  nodeOnly: (): [string, string[]] => ["node -e ''", ['-e', '']],
  help: (): [string, string[]] => ['actor-graph --help', [CLI, '--help']],
  validate: (file: string): [string, string[]] => [
    `actor-graph validate ${short(file)}`,
    [CLI, 'validate', file],
  ],
  export: (file: string, format: string): [string, string[]] => [
    `actor-graph export ${short(file)} --format ${format}`,
    [CLI, 'export', file, '--format', format, '--out', join(OUT, `export.${format}`), '--force'],
  ],
};

const short = (file: string): string => file.replace(ROOT, '').replace(/^\//, '');

/** Runs one command line repeatedly under the plan, in a child process each time. */
export async function timeCli(
  label: string,
  [command, args]: [string, string[]],
  plan: RepeatPlan,
): Promise<CliFigure> {
  const result = await repeat<ChildRun>(plan, () => runNodeOk(args));
  return {
    label,
    command,
    wallMs: stat(result.samples.map((r) => r.wallMs)),
    maxRssMB: stat(result.samples.flatMap((r) => (r.maxRssMB === undefined ? [] : [r.maxRssMB]))),
    warmups: result.warmups,
    ...(result.error ? { error: result.error } : {}),
  };
}
