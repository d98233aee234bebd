import type { ActorGraph } from '../graph/actor-graph.ts';
import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';

/**
 * The relations an export covers, in dataset order: all of them, or those the caller names (what
 * the current filters show). An id the graph does not have is an error, not a silent omission: it
 * means the caller's filter state and the graph disagree, and the analyst would get a quietly
 * different file from the one on screen.
 */
export function selectRelations(graph: ActorGraph, relationIds?: Iterable<string>): string[] {
  if (relationIds === undefined) return graph.edges();
  const wanted = new Set<string>();
  let index = 0;
  for (const id of relationIds) {
    if (!graph.hasEdge(id)) {
      throw new ExportError(
        EXPORT_ERROR_CODES.unknownRelation,
        `options.relationIds[${index}]`,
        `There is no relation "${id}" in this graph, so it cannot be exported.`,
      );
    }
    wanted.add(id);
    index++;
  }
  return graph.filterEdges((edge) => wanted.has(edge));
}
