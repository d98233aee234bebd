import { parseArgs } from 'node:util';

export const SUITES = ['weight', 'core', 'alliance', 'seed', 'export', 'profile', 'scale', 'draft'] as const;
export type Suite = (typeof SUITES)[number];

export const SHAPES = ['random', 'clustered'] as const;
export type Shape = (typeof SHAPES)[number];

export const DEFAULT_SIZES: readonly number[] = Object.freeze([50, 500, 2000, 5000, 20000]);

export interface BenchOptions {
  readonly suites: readonly Suite[];
  readonly sizes: readonly number[];
  readonly shapes: readonly Shape[];
  /** Fewer repeats, no warm-ups: for iterating, not for the record. */
  readonly quick: boolean;
  /** After a size timed out, larger sizes of the same page and shape are not tried. */
  readonly skipAfterTimeout: boolean;
  /** The command line as typed, for the report. */
  readonly command: string;
}

export const USAGE = `Usage: npm run bench -- [options]

  --only <suites>    comma-separated: ${SUITES.join(', ')} (default: all)
  --sizes <list>     scale sizes, e.g. 50,500 (default: ${DEFAULT_SIZES.join(',')})
  --shapes <list>    scale shapes: ${SHAPES.join(', ')} (default: both)
  --quick            fewer repeats and no warm-ups, for iterating
  --no-skip          try every size even after a smaller one timed out
  -h, --help         this help

\`npm run bench\` installs Chromium if missing and builds dist/ first, as \`npm test\` does. Writes
bench/RESULTS.md and bench/results.json (suites that were not run keep their previous results).`;

function list<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (value === undefined) return [...allowed];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (!(allowed as readonly string[]).includes(item))
      throw new Error(`${name}: '${item}' is not one of ${allowed.join(', ')}`);
  return items as T[];
}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      shapes: { type: 'string' },
      quick: { type: 'boolean' },
      'no-skip': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const sizes =
    values.sizes === undefined
      ? [...DEFAULT_SIZES]
      : values.sizes.split(',').map((s) => {
          const n = Number(s.trim().replace(/_/g, ''));
          if (!Number.isSafeInteger(n) || n < 2) throw new Error(`--sizes: '${s}' is not a size`);
          return n;
        });
  return {
    suites: list(values.only, SUITES, '--only'),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    shapes: list(values.shapes, SHAPES, '--shapes'),
    quick: values.quick ?? false,
    skipAfterTimeout: !values['no-skip'],
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  };
}
