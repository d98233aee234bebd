/** The `analyze` command line, checked before any file is read: a mistake in it is a UsageError (exit 2). */
import type { AllianceOptionsInput } from '../alliance/index.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { closest } from '../validate/did-you-mean.ts';
import { parseCommandLine } from './command.ts';
import { UsageError } from './io.ts';

export interface AnalyzeRequest {
  readonly dataset: string;
  readonly format: 'text' | 'json';
  readonly options: AllianceOptionsInput;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'exclude-status': { type: 'string', multiple: true },
  'status-factor': { type: 'string', multiple: true },
  'type-weight': { type: 'string', multiple: true },
  objective: { type: 'string' },
  'exact-limit': { type: 'string' },
  'no-sensitivity': { type: 'boolean' },
} as const;

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeRequest {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (positionals.length === 0)
    throw new UsageError('analyze needs a dataset file, e.g. actor-graph analyze graph-data/x.json');
  if (positionals.length > 1) throw new UsageError(`analyze takes one dataset, not ${positionals.length}`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not '${format}'`);
  const objective = values.objective ?? 'weight';
  if (objective !== 'weight' && objective !== 'count')
    throw new UsageError(`--objective must be weight or count, not '${objective}'`);
  const options: AllianceOptionsInput = {
    excludeStatuses: (values['exclude-status'] ?? [])
      .flatMap((v) => v.split(','))
      .map((s) => status(s.trim(), '--exclude-status')),
    statusFactors: Object.fromEntries(
      (values['status-factor'] ?? []).map((v) => {
        const [key, value] = assignment(v, '--status-factor');
        const factor = number(value, '--status-factor');
        if (factor < 0) throw new UsageError(`--status-factor ${key}: a factor cannot be negative`);
        return [status(key, '--status-factor'), factor];
      }),
    ),
    typeWeights: Object.fromEntries(
      (values['type-weight'] ?? []).map((v) => {
        const [key, value] = assignment(v, '--type-weight');
        return [key, number(value, '--type-weight')];
      }),
    ),
    objective,
    ...(values['exact-limit'] === undefined ? {} : { exactLimit: limit(values['exact-limit']) }),
    ...(values['no-sensitivity'] ? { sensitivityExclude: [] } : {}),
  };
  return { dataset: positionals[0]!, format, options };
}

function status(value: string, option: string): RelationStatus {
  if ((RELATION_STATUSES as readonly string[]).includes(value)) return value as RelationStatus;
  const guess = closest(value, RELATION_STATUSES);
  throw new UsageError(
    `${option}: '${value}' is not a status${guess ? ` (did you mean '${guess}'?)` : ''}; statuses: ${RELATION_STATUSES.join(', ')}`,
  );
}

function assignment(value: string, option: string): [string, string] {
  const at = value.indexOf('=');
  if (at <= 0) throw new UsageError(`${option} takes name=value, e.g. ${option} alleged=0.5, not '${value}'`);
  return [value.slice(0, at), value.slice(at + 1)];
}

function number(value: string, option: string): number {
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`${option}: '${value}' is not a number`);
  return n;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 30)
    throw new UsageError(`--exact-limit must be a whole number from 0 to 30, not '${value}'`);
  return n;
}
