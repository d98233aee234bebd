import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point, Positions } from '../../src/geometry/point.ts';
import { isRelationVisible, type RelationFilter } from '../../src/view/filters.ts';
import type { ViewSnapshot } from '../../src/view/snapshot.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import type { CanvasRestore } from '../graph-canvas/view-state.ts';
import type { Selection } from '../shared/selection.ts';
import { selectedActors } from '../../src/view/alliance-selection.ts';
import type { AllianceChoice } from './view-mode.ts';

/** A snapshot made to fit a graph: what the widget shows, and what it had to leave out. */
export interface RestoredView {
  readonly restore: CanvasRestore;
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  readonly alliances: AllianceChoice;
  /** Warnings: the parts of the snapshot this graph has no place for. */
  readonly problems: readonly Problem[];
}

/**
 * What a saved view means for this graph, as the CLI's `export --view` reads it: saved positions over
 * the computed layout (actors the view does not place keep theirs), its filters and selection, its
 * zoom and centre. Ids the graph lacks are left out with a warning each kind; nothing is guessed.
 */
export function restoreView(
  graph: ActorGraph,
  layout: Positions,
  snapshot: ViewSnapshot,
  file: string,
): RestoredView {
  const problems: Problem[] = [];
  const warn = (path: string, message: string): void =>
    void problems.push({ code: PROBLEM_CODES.staleView, severity: 'warning', file, path, message });
  const id = graph.getAttribute('id');
  if (snapshot.dataset !== undefined && snapshot.dataset !== id)
    warn('$.dataset', `This view was saved from the dataset "${snapshot.dataset}", not "${id}".`);

  const positions = new Map<string, Point>(layout);
  const strangers: string[] = [];
  for (const [actor, point] of snapshot.positions) {
    if (graph.hasNode(actor)) positions.set(actor, point);
    else strangers.push(actor);
  }
  if (strangers.length)
    warn('$.positions', `The view places actors this graph does not have; ignored: ${list(strangers)}.`);

  const types = new Set(graph.getAttribute('relationTypes').map((t) => t.id));
  const unknownTypes = [...snapshot.filter.hiddenTypes].filter((type) => !types.has(type));
  if (unknownTypes.length)
    warn(
      '$.hiddenTypes',
      `The view hides relation types this graph does not have; ignored: ${list(unknownTypes)}.`,
    );
  const filter: RelationFilter = {
    hiddenTypes: new Set([...snapshot.filter.hiddenTypes].filter((type) => types.has(type))),
    hiddenStatuses: new Set(snapshot.filter.hiddenStatuses),
  };

  let selection = snapshot.selection;
  if (selection) {
    const { kind, id: selected } = selection;
    const known = kind === 'actor' ? graph.hasNode(selected) : graph.hasEdge(selected);
    if (!known)
      warn('$.selection', `The view selects the ${kind} "${selected}", which this graph does not have.`);
    // A relation the view's own filters hide cannot be shown as selected, so it is not.
    if (!known || (kind === 'relation' && !isRelationVisible(graph, selected, filter))) selection = null;
  }
  let allianceSelection = snapshot.allianceSelection ?? null;
  const missing = allianceSelection ? selectedActors(allianceSelection).filter((a) => !graph.hasNode(a)) : [];
  if (missing.length) {
    warn(
      '$.allianceSelection',
      `The view selects actors this graph does not have in the Alliances view; ignored: ${list(missing)}.`,
    );
    allianceSelection = null;
  }
  // A view saved in the Alliances view has that picture's zoom and centre, not the relations graph's.
  const alliances = snapshot.viewMode === 'alliances';
  const viewport = snapshot.viewport && !alliances ? { viewport: snapshot.viewport } : {};
  return {
    restore: { graph, positions, ...viewport },
    filter,
    selection,
    alliances: {
      viewMode: snapshot.viewMode ?? 'relations',
      allianceSelection,
      ...(alliances && snapshot.viewport ? { viewport: snapshot.viewport } : {}),
    },
    problems,
  };
}

function list(ids: readonly string[]): string {
  const shown = ids
    .slice(0, 5)
    .map((id) => `"${id}"`)
    .join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
