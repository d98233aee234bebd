/**
 * Collects the declared ids (sources, relation types, actors and their representatives) and reports
 * duplicates and reserved names. Actors and relations share one namespace: the graph gives nodes and
 * edges ids from the same space (Cytoscape, graphology exports), so an actor and a relation cannot
 * both be "RUS".
 *
 * An id the schema already rejects (empty, `a b`, `__proto__`) is reported there and nowhere else: it
 * is neither a duplicate nor reserved. It is still declared, so references to it resolve and are not
 * reported a second time as unknown.
 */
import { quoted } from '../text/printable.ts';
import { PROBLEM_CODES, childPath, type Problem, type ProblemSink } from './problem.ts';
import { ID_PATTERN, RESERVED_IDS } from './schema-source.ts';
import { objectsIn, stringIn, type Fields } from './shape.ts';

export interface DeclaredIds {
  /** Source id → index in `sources`. */
  readonly sources: Map<string, number>;
  /** Relation type id → index in `relationTypes`. */
  readonly types: Map<string, number>;
  /** Actor id → index in `actors` and the ids of its representatives. */
  readonly actors: Map<string, { readonly index: number; readonly representatives: Set<string> }>;
}

/**
 * Whether an id names a member of `Object.prototype` (exactly: `Constructor` is fine). graphology keeps
 * adjacency in plain objects, where `constructor` finds `Object` instead of nothing, and Cytoscape's
 * layouts (fcose) break the same way; so such ids are refused rather than half-working.
 */
export const isReservedId = (id: string): boolean => RESERVED_IDS.has(id);

/** The problem for a reserved id, shared with callers that build datasets in code. */
export const reservedIdMessage = (id: string): string =>
  `${quoted(id)} cannot be an id: it is a name JavaScript reserves on every object, and graph libraries mistake it for one. Rename it, e.g. ${quoted(`${id}-1`)}.`;

export function collectIds(
  root: unknown,
  file: string,
  sink?: ProblemSink,
): { ids: DeclaredIds; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = sink ?? ((problem: Problem) => void problems.push(problem));
  const duplicate = (path: string, message: string): void =>
    report({ code: PROBLEM_CODES.duplicateId, severity: 'error', file, path, message });
  /** Whether duplicates of the id are worth reporting: it is a valid id (reporting it if reserved). */
  const usable = (id: string, path: string): boolean => {
    if (!ID_PATTERN.test(id)) return false;
    if (!isReservedId(id)) return true;
    report({ code: PROBLEM_CODES.reservedId, severity: 'error', file, path, message: reservedIdMessage(id) });
    return false;
  };

  const unique = (key: 'sources' | 'relationTypes', noun: string): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const [item, index] of objectsIn(root, key)) {
      const id = stringIn(item, 'id');
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      if (!usable(id, `$.${key}[${index}].id`) || first === undefined) continue;
      duplicate(
        `$.${key}[${index}].id`,
        `${noun} id ${quoted(id)} is already used by $.${key}[${first}]: ids must be unique.`,
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
    if (!usable(id, `${path}.id`) || owner === undefined) return;
    duplicate(
      `${path}.id`,
      `The id ${quoted(id)} of this ${what} is already used by ${owner}: actors and relations must all have different ids.`,
    );
  };
  for (const [actor, index] of objectsIn(root, 'actors')) {
    const path = `$.actors[${index}]`;
    const representatives = representativesOf(actor, path, duplicate, usable);
    const id = stringIn(actor, 'id');
    if (id === undefined) continue;
    const wasTaken = nodesAndEdges.has(id);
    claim(id, path, 'actor');
    if (!wasTaken) actors.set(id, { index, representatives });
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
  usable: (id: string, path: string) => boolean,
): Set<string> {
  const ids = new Set<string>();
  for (const [representative, index] of objectsIn(actor, 'representatives')) {
    const id = stringIn(representative, 'id');
    if (id === undefined) continue;
    const at = childPath(`${path}.representatives[${index}]`, 'id');
    if (usable(id, at) && ids.has(id)) {
      duplicate(
        at,
        `Representative id ${quoted(id)} appears twice in actor ${quoted(stringIn(actor, 'id') ?? '')}: ids must be unique within an actor.`,
      );
    }
    ids.add(id);
  }
  return ids;
}
