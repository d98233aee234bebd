import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { summarizeGraph } from '../../src/graph/summary.ts';
import type { RelationFilter } from '../../src/view/filters.ts';
import type { CanvasRestore } from '../graph-canvas/view-state.ts';
import type { Selection } from '../shared/selection.ts';
import type { ExportStatus } from '../shared/export-options.ts';
import { bdi } from '../shared/bdi.ts';
import { headingTag } from '../shared/heading.ts';

/** The summary walks every relation: once per graph, not at every render (5-12 ms at 20,000 actors). */
const summaries = new WeakMap<ActorGraph, string>();
function summaryOf(graph: ActorGraph): string {
  let summary = summaries.get(graph);
  if (summary === undefined) summaries.set(graph, (summary = summarizeGraph(graph)));
  return summary;
}

/** What the parts of a loaded widget are given: the view's state, and what its buttons do. */
export interface ExplorerState {
  readonly title: string;
  readonly headingLevel: number;
  readonly selection: Selection | null;
  readonly filter: RelationFilter;
  readonly searchMatches: ReadonlySet<string>;
  /** A saved view for the canvas to show once. */
  readonly restore: CanvasRestore | undefined;
  /** How the last export from the menu went. */
  readonly exportStatus: ExportStatus | undefined;
  /** The view lives in the page's address, so the menu offers a link to it. */
  readonly viewLink: boolean;
  /**
   * The evidence panel, legend and table are rendered. Until the first graph is drawn they are not:
   * the canvas goes first, and the panels follow without moving it (the panel's place is kept).
   */
  readonly panels: boolean;
  readonly onFit: () => void;
  readonly onShowEvidence: () => void;
  /** The "Relations | Alliances" switch, first in the toolbar. */
  readonly viewSwitch?: TemplateResult;
  /** The Alliances view, shown instead of the relations parts (which stay, hidden, as they were). */
  readonly alliances?: TemplateResult | undefined;
}

/**
 * The widget once a graph is loaded: toolbar; the canvas with the evidence panel beside it (below it
 * on narrow widths); the legend; the table. State goes down as properties; the parts' events bubble up
 * to `<actor-graph-view>`, which handles them. Without `panels`, the panel's place is an empty box
 * and the legend and table are not there yet: they come below the canvas, which they cannot move.
 */
export function explorerLayout(state: ExplorerState): TemplateResult {
  const { selection, filter } = state;
  const hidden = state.alliances !== undefined;
  return html`<div part="toolbar" class="toolbar">
      ${state.viewSwitch ?? nothing}
      <div class="relations-part" ?hidden=${hidden}>
        <actor-graph-search exportparts="input:search-input"></actor-graph-search>
      </div>
      <button part="fit-button" class="button" type="button" @click=${state.onFit}>Fit</button>
      <actor-graph-export-menu
        exportparts="button:export-button"
        .filter=${filter}
        .status=${state.exportStatus}
        ?view-link=${state.viewLink}
      ></actor-graph-export-menu>
      <actor-graph-embed-code exportparts="button:embed-button"></actor-graph-embed-code>
    </div>
    <div class="relations-part" ?hidden=${hidden}>
      <div class="main">
        <actor-graph-canvas
          part="canvas"
          exportparts="surface:canvas-surface, keys:canvas-keys"
          label=${state.title}
          .selection=${selection}
          .filter=${filter}
          .searchMatches=${state.searchMatches}
          .restore=${state.restore}
        ></actor-graph-canvas>
        ${
          selection
            ? html`<button type="button" class="jump" @click=${state.onShowEvidence}>
                Evidence below <span aria-hidden="true">↓</span>
              </button>`
            : nothing
        }
        ${
          state.panels
            ? html`<actor-graph-evidence
                part="panel"
                heading-level=${state.headingLevel + 1}
                .selection=${selection}
                .filter=${filter}
              ></actor-graph-evidence>`
            : html`<div class="panel-space"></div>`
        }
      </div>
      ${
        state.panels
          ? html`<actor-graph-legend part="legend" .filter=${filter}></actor-graph-legend>
              <actor-graph-table part="table" .selection=${selection} .filter=${filter}></actor-graph-table>`
          : nothing
      }
    </div>
    ${state.alliances ?? nothing}`;
}

/**
 * The title (the `heading`, or the dataset's), in its own direction, and the one-sentence summary of
 * the graph, whose names are isolated where it is made (`summarizeGraph`).
 */
export function widgetHeader(
  title: string | undefined,
  graph: ActorGraph | undefined,
  level: number,
): TemplateResult | typeof nothing {
  if (!title && !graph) return nothing;
  const h = headingTag(level);
  return html`<header part="header" class="header">
    ${title ? staticHtml`<${h} part="title" class="title">${bdi(title)}</${h}>` : nothing}
    ${graph ? html`<p part="summary" class="summary">${summaryOf(graph)}</p>` : nothing}
  </header>`;
}

/** On narrow widths the evidence panel is below the graph: this takes the reader there. */
export function scrollToEvidence(root: ParentNode): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  root.querySelector('actor-graph-evidence')?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto' });
}
