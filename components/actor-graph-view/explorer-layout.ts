import { html, nothing, type TemplateResult } from 'lit';
import type { RelationFilter } from '../../src/view/filters.ts';
import type { Selection } from '../shared/selection.ts';

/** What the parts of a loaded widget are given: the view's state, and what its buttons do. */
export interface ExplorerState {
  readonly title: string;
  readonly headingLevel: number;
  readonly selection: Selection | null;
  readonly filter: RelationFilter;
  readonly searchMatches: ReadonlySet<string>;
  readonly onFit: () => void;
  readonly onShowEvidence: () => void;
}

/**
 * The widget once a graph is loaded: toolbar; the canvas with the evidence panel beside it (below it
 * on narrow widths); the legend; the table. State goes down as properties; the parts' events bubble up
 * to `<actor-graph-view>`, which handles them.
 */
export function explorerLayout(state: ExplorerState): TemplateResult {
  const { selection, filter } = state;
  return html`<div part="toolbar" class="toolbar">
      <actor-graph-search exportparts="input:search-input"></actor-graph-search>
      <button part="fit-button" class="button" type="button" @click=${state.onFit}>Fit</button>
      <actor-graph-export-menu .filter=${filter} .selection=${selection}></actor-graph-export-menu>
      <actor-graph-embed-code></actor-graph-embed-code>
    </div>
    <div class="main">
      <actor-graph-canvas
        part="canvas"
        exportparts="surface:canvas-surface, keys:canvas-keys"
        label=${state.title}
        .selection=${selection}
        .filter=${filter}
        .searchMatches=${state.searchMatches}
      ></actor-graph-canvas>
      ${
        selection
          ? html`<button type="button" class="jump" @click=${state.onShowEvidence}>
              Evidence below <span aria-hidden="true">↓</span>
            </button>`
          : nothing
      }
      <actor-graph-evidence
        part="panel"
        heading-level=${state.headingLevel + 1}
        .selection=${selection}
        .filter=${filter}
      ></actor-graph-evidence>
    </div>
    <actor-graph-legend part="legend" .filter=${filter}></actor-graph-legend>
    <actor-graph-table part="table" .selection=${selection} .filter=${filter}></actor-graph-table>`;
}
