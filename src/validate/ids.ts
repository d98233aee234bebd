/**
 * Collects the declared ids (sources, relation types, actors and their representatives) and reports
 * duplicates. Actors and relations share one namespace: the graph gives nodes and edges ids from the
 * same space (Cytoscape, graphology exports), so an actor and a relation cannot both be "RUS".
 */
import { PROBLEM_CODES, childPath, type Problem } from './problem.ts';
import { objectsIn, stringIn, type Fields } from './shape.ts';

export interface DeclaredIds {
  /** Source id → index in `sources`. */
  readonly sources: Map<string, number>;
  /** Relation type id → index in `relationTypes`. */
  readonly types: Map<string, number>;
  /** Actor id → index in `actors` and the ids of its representatives. */
  readonly actors: Map<string, { readonly index: number; readonly representatives: Set<string> }>;
}

export function collectIds(root: unknown, file: string): { ids: DeclaredIds; problems: Problem[] } {
  const problems: Problem[] = [];
  const duplicate = (path: string, message: string): void => {
    problems.push({ code: PROBLEM_CODES.duplicateId, severity: 'error', file, path, message });
  };

  const unique = (key: 'sources' | 'relationTypes', noun: string): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const [item, index] of objectsIn(root, key)) {
      const id = stringIn(item, 'id');
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        duplicate(
          `$.${key}[${index}].id`,
          `${noun} id "${id}" is already used by $.${key}[${first}]: ids must be unique.`,
        );
    }
    return seen;
  };
  const sources = unique('sources', 'Source');
  const types = unique('relationTypes', 'Relation type');

  const actors: DeclaredIds['actors'] = new Map();
  const nodesAndEdges = new Map<string, string>();
  const claim = (id: string, path: string, what: string): void => {
    const owner = nodesAndEdges.get(id);
    if (owner === undefined) nodesAndEdges.set(id, path);
    else {
      duplicate(
        `${path}.id`,
        `The id "${id}" of this ${what} is already used by ${owner}: actors and relations must all have different ids.`,
      );
    }
  };
  for (const [actor, index] of objectsIn(root, 'actors')) {
    const id = stringIn(actor, 'id');
    if (id === undefined) continue;
    const path = `$.actors[${index}]`;
    const wasTaken = nodesAndEdges.has(id);
    claim(id, path, 'actor');
    if (!wasTaken) actors.set(id, { index, representatives: representativesOf(actor, path, duplicate) });
  }
  for (const [relation, index] of objectsIn(root, 'relations')) {
    const id = stringIn(relation, 'id');
    if (id !== undefined) claim(id, `$.relations[${index}]`, 'relation');
  }
  return { ids: { sources, types, actors }, problems };
}

function representativesOf(
  actor: Fields,
  path: string,
  duplicate: (path: string, message: string) => void,
): Set<string> {
  const ids = new Set<string>();
  for (const [representative, index] of objectsIn(actor, 'representatives')) {
    const id = stringIn(representative, 'id');
    if (id === undefined) continue;
    if (ids.has(id)) {
      duplicate(
        childPath(`${path}.representatives[${index}]`, 'id'),
        `Representative id "${id}" appears twice in actor "${stringIn(actor, 'id') ?? ''}": ids must be unique within an actor.`,
      );
    }
    ids.add(id);
  }
  return ids;
}
