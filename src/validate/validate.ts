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
import { checkSavedPositions } from '../layout/saved-positions.ts';
import { checkSchema } from './schema.ts';
import { COLLECTIONS, COLLECTION_MAX_ITEMS, type Collection } from './schema-source.ts';
import { isObject } from './shape.ts';
import { loadSources, startSourceReads, type ResolveSource } from './sources.ts';

export interface ValidateOptions {
  /** How problems name the dataset: a path or a URL, as the user gave it. */
  readonly file: string;
  /** Reads a source `file` (relative as written in the dataset) as bytes or text; may reject. */
  readonly resolveSource?: ResolveSource;
  readonly limits?: Partial<Limits>;
}

export interface ValidationResult {
  /**
   * Sorted by line; problems without a line (about the file as a whole) first. At most
   * `limits.maxProblems` of them, then one `too-many-problems` problem that counts the rest.
   */
  readonly problems: Problem[];
  /** Problems found beyond `limits.maxProblems`, not in `problems`; absent when none were left out. */
  readonly omitted?: { readonly errors: number; readonly warnings: number };
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
  const kept: Problem[] = [];
  const omitted = { errors: 0, warnings: 0 };
  // Every step reports here as it goes: past the limit only a count is kept, so a file with a million
  // mistakes costs no more memory than one with a thousand.
  const report = (problem: Problem): void => {
    if (kept.length < limits.maxProblems) kept.push(problem);
    else if (problem.severity === 'error') omitted.errors++;
    else omitted.warnings++;
  };
  const done = (locate?: Locate, sources = new Map<string, string>(), value?: unknown): ValidationResult => {
    const problems = sortProblems(placed(kept, locate));
    const more = omitted.errors + omitted.warnings;
    if (more > 0) problems.push(tooManyProblems(file, omitted, limits.maxProblems));
    const result = more > 0 ? { problems, omitted: { ...omitted }, sources } : { problems, sources };
    return hasErrors(problems) || value === undefined ? result : { ...result, dataset: value as Dataset };
  };

  const decoded = decodeText(input, {
    file,
    path: '$',
    subject: 'The file',
    maxBytes: limits.maxBytes,
    positions: true,
  });
  decoded.problems.forEach(report);
  if (decoded.text === undefined) return done();

  let parsed = parseJson(decoded.text, { file, maxDepth: limits.maxDepth, maxValues: limits.maxValues });
  // Only text that is not JSON needs the explanation (and its parser): loaded then, not before.
  if (parsed.refused) parsed = (await import('./json-refusal.ts')).explainRefusal(parsed);
  parsed.problems.forEach(report);
  if (!('value' in parsed)) return done();
  const locate = parsed.locateAll;
  const root = parsed.value;

  const tooMany = countLimits(root, limits, file);
  if (tooMany.length > 0) {
    tooMany.forEach(report);
    return done(locate);
  }

  // The source files download while the rest is checked.
  const sourceOptions = {
    file,
    resolveSource: options.resolveSource,
    maxBytes: limits.maxBytes,
    maxSourceBytes: limits.maxSourceBytes,
    sink: report,
  };
  const started = startSourceReads(root, sourceOptions);
  await checkSchema(root, file, report);
  if (!isObject(root)) return done(locate);
  checkReferences(root, file, report);
  checkSavedPositions(root, file, report);
  const sources = await loadSources(root, { ...sourceOptions, started });
  checkEvidence(root, sources.texts, file, report, () => kept.length < limits.maxProblems);
  return done(locate, sources.texts, root);
}

/**
 * Checked before the schema, for every collection: validating 10 million relations would take
 * minutes before failing anyway, and a flood of errors from them would bury the one that matters.
 */
function countLimits(root: unknown, limits: Readonly<Limits>, file: string): Problem[] {
  if (!isObject(root)) return [];
  const caller: Partial<Record<Collection, [number, string]>> = {
    actors: [limits.maxActors, 'maxActors'],
    relations: [limits.maxRelations, 'maxRelations'],
  };
  const problems: Problem[] = [];
  for (const key of Object.keys(COLLECTIONS) as Collection[]) {
    const list = Object.prototype.hasOwnProperty.call(root, key) ? root[key] : undefined;
    const [limit, option] = caller[key] ?? [COLLECTION_MAX_ITEMS[key], undefined];
    if (!Array.isArray(list) || list.length <= limit) continue;
    const format = COLLECTION_MAX_ITEMS[key];
    const advice =
      option !== undefined && limit < format
        ? `raise limits.${option}, up to the format's ${format.toLocaleString('en')}, to read it`
        : 'the format allows no more';
    problems.push({
      code: PROBLEM_CODES.tooLarge,
      severity: 'error',
      file,
      path: `$.${key}`,
      message: `The dataset has ${list.length.toLocaleString('en')} ${NOUNS[key]}; the limit is ${limit.toLocaleString('en')} (${advice}).`,
    });
  }
  return problems;
}

const NOUNS: Readonly<Record<Collection, string>> = {
  sources: 'sources',
  relationTypes: 'relation types',
  actors: 'actors',
  relations: 'relations',
};

/** Positions of many paths in the dataset's text, found in one pass (`ParseResult.locateAll`). */
type Locate = (paths: Iterable<string>) => Map<string, { line: number; column: number }>;

/** Problems with a line and column: the ones found after parsing get theirs in one pass over the text. */
function placed(problems: readonly Problem[], locate: Locate | undefined): Problem[] {
  const unplaced = problems.filter((p) => p.line === undefined).map((p) => p.path);
  if (!locate || unplaced.length === 0) return [...problems];
  const positions = locate(unplaced);
  return problems.map((p) => (p.line === undefined ? { ...p, ...positions.get(p.path) } : p));
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  // Array.prototype.sort is stable, so problems on one line keep the order the steps found them in.
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function tooManyProblems(
  file: string,
  omitted: { readonly errors: number; readonly warnings: number },
  max: number,
): Problem {
  const more = omitted.errors + omitted.warnings;
  const which =
    omitted.warnings === 0
      ? ''
      : omitted.errors === 0
        ? ', all warnings'
        : ` (${omitted.warnings.toLocaleString('en')} of them warnings)`;
  return {
    code: PROBLEM_CODES.tooManyProblems,
    severity: omitted.errors > 0 ? 'error' : 'warning',
    file,
    path: '$',
    line: 1,
    column: 1,
    message: `…and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'}${which}, not listed: only the first ${max.toLocaleString('en')} are (limits.maxProblems). Fix these, then check again.`,
  };
}
