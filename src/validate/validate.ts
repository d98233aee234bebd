/**
 * The one validator: the CLI, the widget and the tests all call `validateDataset`, so a dataset is
 * valid in one exactly when it is valid in the others. Each step reports problems as data; a step is
 * skipped only when the one before left nothing it could check.
 */
import type { Dataset } from '../model/dataset.ts';
import { decodeText } from './decode.ts';
import { checkEvidence } from './evidence.ts';
import { resolveLimits, type Limits } from './limits.ts';
import { parseJson } from './parse-json.ts';
import { PROBLEM_CODES, hasErrors, type Problem } from './problem.ts';
import { checkReferences } from './references.ts';
import { checkSchema } from './schema.ts';
import { isObject } from './shape.ts';
import { loadSources, type ResolveSource } from './sources.ts';

export interface ValidateOptions {
  /** How problems name the dataset: a path or a URL, as the user gave it. */
  readonly file: string;
  /** Reads a source `file` (relative as written in the dataset) as bytes or text; may reject. */
  readonly resolveSource?: ResolveSource;
  readonly limits?: Partial<Limits>;
}

export interface ValidationResult {
  /** Sorted by line; problems without a line (about the file as a whole) first. */
  readonly problems: Problem[];
  /** The dataset, only when there are no errors (warnings allowed). */
  readonly dataset?: Dataset;
  /** Source id → decoded text, for every source that could be read. */
  readonly sources: Map<string, string>;
}

export async function validateDataset(
  input: Uint8Array | string,
  options: ValidateOptions,
): Promise<ValidationResult> {
  const limits = resolveLimits(options.limits);
  const { file } = options;
  const problems: Problem[] = [];
  const done = (sources = new Map<string, string>(), value?: unknown): ValidationResult => {
    const sorted = sortProblems(problems);
    return hasErrors(sorted) || value === undefined
      ? { problems: sorted, sources }
      : { problems: sorted, dataset: value as Dataset, sources };
  };

  const decoded = decodeText(input, {
    file,
    path: '$',
    subject: 'The file',
    maxBytes: limits.maxBytes,
    positions: true,
  });
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return done();

  const parsed = parseJson(decoded.text, { file, maxDepth: limits.maxDepth });
  problems.push(...parsed.problems);
  if (!('value' in parsed)) return done();
  const root = parsed.value;
  const located = (list: readonly Problem[]): Problem[] =>
    list.map((p) => (p.line === undefined ? { ...p, ...parsed.locate(p.path) } : p));

  const tooMany = countLimits(root, limits, file);
  if (tooMany.length > 0) {
    problems.push(...located(tooMany));
    return done();
  }

  problems.push(...located(checkSchema(root, file)));
  if (!isObject(root)) return done();
  problems.push(...located(checkReferences(root, file)));
  const sources = await loadSources(root, {
    file,
    resolveSource: options.resolveSource,
    maxBytes: limits.maxBytes,
  });
  problems.push(...located(sources.problems));
  problems.push(...located(checkEvidence(root, sources.texts, file)));
  return done(sources.texts, root);
}

/** Checked before the schema: validating 10 million relations would take minutes before failing anyway. */
function countLimits(root: unknown, limits: Readonly<Limits>, file: string): Problem[] {
  if (!isObject(root)) return [];
  const problems: Problem[] = [];
  for (const [key, limit, option] of [
    ['actors', limits.maxActors, 'maxActors'],
    ['relations', limits.maxRelations, 'maxRelations'],
  ] as const) {
    const list = Object.prototype.hasOwnProperty.call(root, key) ? root[key] : undefined;
    if (Array.isArray(list) && list.length > limit) {
      problems.push({
        code: PROBLEM_CODES.tooLarge,
        severity: 'error',
        file,
        path: `$.${key}`,
        message: `The dataset has ${list.length.toLocaleString('en')} ${key}; the limit is ${limit.toLocaleString('en')} (raise limits.${option} to read it).`,
      });
    }
  }
  return problems;
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  // Array.prototype.sort is stable, so problems on one line keep the order the steps found them in.
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
