/**
 * A view snapshot file for `export --view`: read with the same care as a dataset, then matched
 * against the dataset. What does not match (another dataset's actors, a type this dataset lacks) is
 * reported as a warning and left out, as the widget leaves it out when it restores a view.
 */
import { selectedActors, type AllianceSelection } from '../view/alliance-selection.ts';
import type { ActorGraph } from '../graph/actor-graph.ts';
import { parseViewSnapshot } from '../view/read-snapshot.ts';
import { MAX_VIEW_BYTES, type Selection, type ViewSnapshot } from '../view/snapshot.ts';
import type { Point } from '../geometry/point.ts';
import type { Problem } from '../validate/index.ts';
import { readBytes } from './files.ts';

export async function readViewFile(file: string): Promise<{ snapshot?: ViewSnapshot; problems: Problem[] }> {
  const read = await readBytes(file, MAX_VIEW_BYTES);
  if ('size' in read) {
    const megabytes = (read.size / 1024 / 1024).toFixed(1);
    return {
      problems: [
        {
          code: 'too-large',
          severity: 'error',
          file,
          path: '$',
          message: `The view file is ${megabytes} MB; a view file may be at most 20 MB.`,
        },
      ],
    };
  }
  return parseViewSnapshot(read.bytes, file);
}

export interface MatchedView {
  /** Positions of the dataset's actors that the view places. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly hiddenTypes: ReadonlySet<string>;
  readonly selection: Selection | null;
  /** The alliance view's selection, when its actors are all in the dataset. */
  readonly allianceSelection: AllianceSelection | null;
  readonly warnings: string[];
}

export function matchView(graph: ActorGraph, snapshot: ViewSnapshot, file: string): MatchedView {
  const warnings: string[] = [];
  const id = graph.getAttribute('id');
  if (snapshot.dataset !== undefined && snapshot.dataset !== id)
    warnings.push(`${file} was saved from dataset "${snapshot.dataset}", not "${id}"`);

  const positions = new Map([...snapshot.positions].filter(([actor]) => graph.hasNode(actor)));
  const strangers = [...snapshot.positions.keys()].filter((actor) => !graph.hasNode(actor));
  if (strangers.length > 0)
    warnings.push(`${file} places actors this dataset does not have, ignored: ${list(strangers)}`);

  const types = new Set(graph.getAttribute('relationTypes').map((t) => t.id));
  const unknownTypes = [...snapshot.filter.hiddenTypes].filter((type) => !types.has(type));
  if (unknownTypes.length > 0)
    warnings.push(`${file} hides relation types this dataset does not have, ignored: ${list(unknownTypes)}`);

  let selection = snapshot.selection;
  if (selection) {
    const known = selection.kind === 'actor' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);
    if (!known) {
      warnings.push(`${file} selects ${selection.kind} "${selection.id}", which this dataset does not have`);
      selection = null;
    }
  }
  let allianceSelection = snapshot.allianceSelection ?? null;
  if (allianceSelection) {
    const missing = selectedActors(allianceSelection).filter((actor) => !graph.hasNode(actor));
    if (missing.length > 0) {
      warnings.push(
        `${file} selects ${allianceSelection.kind} ${selectedActors(allianceSelection).join('–')} in the alliance view, but this dataset has no ${list(missing)}`,
      );
      allianceSelection = null;
    }
  }
  return {
    positions,
    allianceSelection,
    hiddenTypes: new Set([...snapshot.filter.hiddenTypes].filter((type) => types.has(type))),
    selection,
    warnings,
  };
}

function list(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
