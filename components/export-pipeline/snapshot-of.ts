import type { ViewSnapshot } from '../../src/view/snapshot.ts';
import type { CanvasViewState } from '../graph-canvas/view-state.ts';
import type { ExportSource } from './export-file.ts';

/**
 * The view as a snapshot: positions as drawn, the filters, the selection, the zoom and centre. Apart
 * from the rest of the pipeline: `viewSnapshot()` answers at once, before any export was loaded.
 */
export function snapshotOf(
  source: Pick<ExportSource, 'model' | 'filter' | 'selection'>,
  state: CanvasViewState,
): ViewSnapshot {
  return {
    kind: 'actor-graph-view',
    formatVersion: 1,
    dataset: source.model.graph.getAttribute('id'),
    positions: state.positions,
    filter: source.filter,
    selection: source.selection,
    viewport: state.viewport,
  };
}
