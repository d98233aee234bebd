import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../validate/problem.ts';

/** Problems sorted by what they concern, so the editor shows each beside its relation or actor. */
export interface ProblemTargets {
  readonly relations: ReadonlyMap<string, readonly Problem[]>;
  readonly actors: ReadonlyMap<string, readonly Problem[]>;
  /** About the dataset as a whole, its sources or its types. */
  readonly other: readonly Problem[];
}

const AT = /^\$\.(relations|actors)\[(\d+)\]/;

/** `dataset` is the one the problems were found in: paths count positions in its lists. */
export function problemTargets(dataset: Dataset, problems: readonly Problem[]): ProblemTargets {
  const relations = new Map<string, Problem[]>();
  const actors = new Map<string, Problem[]>();
  const other: Problem[] = [];
  for (const problem of problems) {
    const match = AT.exec(problem.path);
    const list = match?.[1] === 'relations' ? dataset.relations : match ? dataset.actors : undefined;
    const id = list?.[Number(match?.[2])]?.id;
    if (id === undefined) {
      other.push(problem);
      continue;
    }
    const map = match?.[1] === 'relations' ? relations : actors;
    map.set(id, [...(map.get(id) ?? []), problem]);
  }
  return { relations, actors, other };
}

/**
 * The field of a relation a problem is about (`summary`, `date`, `evidence`), for marking that field
 * invalid; undefined when it is about the relation as a whole.
 */
export function fieldOf(problem: Problem): string | undefined {
  return /^\$\.relations\[\d+\]\.([A-Za-z]+)/.exec(problem.path)?.[1];
}

/** Which quote of a relation a problem is about, if any. */
export function quoteOf(problem: Problem): number | undefined {
  const at = /^\$\.relations\[\d+\]\.evidence\[(\d+)\]/.exec(problem.path)?.[1];
  return at === undefined ? undefined : Number(at);
}
