import type { ViewSnapshot } from '../../src/view/snapshot.ts';
import type { CanvasViewState } from '../graph-canvas/view-state.ts';
import type { ExportSource } from './export-file.ts';

/**
 * The view as a snapshot: positions as drawn, the filters, the selection, the zoom and centre. Apart
 * from the rest of the pipeline: `viewSnapshot()` answers at once, before any export was loaded.
 */
export function snapshotOf(
  source: Pick<ExportSource, 'model' | 'filter' | 'selection' | 'alliance'>,
  state: CanvasViewState,
): ViewSnapshot {
  const { alliance } = source;
  // In the Alliances view, the positions stay the relations graph's; the zoom is the picture's.
  const viewport = alliance ? (alliance.canvas.viewState()?.viewport ?? state.viewport) : state.viewport;
  return {
    kind: 'actor-graph-view',
    formatVersion: 1,
    dataset: source.model.graph.getAttribute('id'),
    positions: state.positions,
    filter: source.filter,
    selection: source.selection,
    viewport,
    ...(alliance ? { viewMode: 'alliances' as const, allianceSelection: alliance.selection } : {}),
  };
}
