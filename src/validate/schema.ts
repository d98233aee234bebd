/**
 * Shape checks against `graph-data/schema.json`, in two steps. The gate, compiled from the schema at
 * build time (`schema-gate.generated.js`, see scripts/schema-gate.ts), says in straight-line code
 * whether the dataset is valid; almost every dataset a page loads is, and then nothing more runs.
 * Only a dataset it refuses loads `schema-report.ts`, whose JSON Schema interpreter finds and words
 * each problem. The gate and the report read the same schema, and a test holds them to the same
 * verdict on every fixture and on thousands of mutated datasets.
 */
import type { Problem, ProblemSink } from './problem.ts';
import { isValidDataset } from './schema-gate.generated.js';
import { isObject } from './shape.ts';

let report: Promise<typeof import('./schema-report.ts')> | undefined;

/**
 * Problems with the dataset's shape. With `sink`, each goes there as it is found (the validator keeps
 * the first `limits.maxProblems`) and the returned list is empty; without, they are returned.
 */
export async function checkSchema(root: unknown, file: string, sink?: ProblemSink): Promise<Problem[]> {
  if (isObject(root) && isValidDataset(root)) return [];
  // A failed fetch of the chunk is not remembered: the next check tries again.
  report ??= import('./schema-report.ts').catch((error: unknown) => {
    report = undefined;
    throw error;
  });
  return (await report).reportSchema(root, file, sink);
}
