import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { describeRelation, type RelationView } from '../../src/graph/describe.ts';
import { formatCount } from '../../src/text/count.ts';
import { STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import { NO_FILTER, visibleRelations, type RelationFilter } from '../../src/view/filters.ts';
import { emit } from '../shared/events.ts';
import { encodingOf, graphModelContext, type GraphModel } from '../shared/model-context.ts';
import type { Selection } from '../shared/selection.ts';
import { statusSwatch, typeSwatch } from '../shared/swatches.ts';
import { bdi } from '../shared/bdi.ts';
import styles from './relations-table.styles.ts';

/**
 * Every visible relation as a table row: the accessible view of the same data as the canvas. The
 * body is one tab stop (roving tabindex); ↑/↓/Home/End move, Enter or Space selects.
 *
 * @summary The relations table of `<actor-graph-view>`.
 *
 * @fires actor-graph-select-request - The reader chose a row.
 *
 * @csspart base - The scrolling box around the table.
 * @csspart table - The `<table>`.
 */
@customElement('actor-graph-table')
export class ActorGraphTable extends LitElement {
  static override styles = styles;

  /** Ids of the relations that pass the filters; only the rendered page is described (names, types). */
  private rows: readonly string[] = [];

  @query('.scroller') private scroller!: HTMLElement | null;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  /** The row that holds the body's one tab stop. */
  @state() private active: string | undefined;
  /**
   * How many rows are in the DOM. Tens of thousands of rows would take seconds to render and
   * hundreds of megabytes; readers page through with "Show more", or narrow with the filters.
   */
  @state() private limit = PAGE;

  @property({ attribute: false }) selection: Selection | null = null;
  @property({ attribute: false }) filter: RelationFilter = NO_FILTER;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model') || changed.has('filter')) {
      const graph = this.model?.graph;
      this.rows = graph ? visibleRelations(graph, this.filter) : [];
      this.limit = PAGE;
    }
    if (this.selection?.kind === 'relation' && changed.has('selection')) this.active = this.selection.id;
    if (this.active === undefined || !this.rows.includes(this.active)) this.active = this.rows[0];
    // The active row (a selected relation, the keyboard's row) is always rendered.
    const at = this.active === undefined ? -1 : this.rows.indexOf(this.active);
    if (at >= this.limit) this.limit = Math.ceil((at + 1) / PAGE) * PAGE;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('selection') && this.selection?.kind === 'relation') this.scrollToRow(this.selection.id);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const at = this.active === undefined ? -1 : this.rows.indexOf(this.active);
    const target = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: this.rows.length - 1,
    }[event.key];
    if (target !== undefined) {
      const row = this.rows[Math.min(Math.max(target, 0), this.rows.length - 1)];
      if (row) this.focusRow(row);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.active) {
      this.choose(this.active);
    } else return;
    event.preventDefault();
  };

  private focusRow(id: string): void {
    this.active = id;
    void this.updateComplete.then(() => {
      this.rowElement(id)?.focus({ preventScroll: true });
      this.scrollToRow(id);
    });
  }

  private choose(id: string): void {
    this.active = id;
    emit(this, 'actor-graph-select-request', { selection: { kind: 'relation', id }, reveal: true });
  }

  /** Scrolls only the table's own box: moving the whole page to the table would lose the graph. */
  private scrollToRow(id: string): void {
    const scroller = this.scroller;
    const row = this.rowElement(id);
    if (!scroller || !row) return;
    const head = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const box = scroller.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    if (r.top < box.top + head) scroller.scrollTop -= box.top + head - r.top;
    else if (r.bottom > box.bottom) scroller.scrollTop += r.bottom - box.bottom;
  }

  private rowElement(id: string): HTMLTableRowElement | null {
    return this.renderRoot.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
  }

  protected override render(): unknown {
    const graph = this.model?.graph;
    const total = graph?.size ?? 0;
    const selected = this.selection;
    const related = (row: RelationView): boolean =>
      selected?.kind === 'actor' && (row.fromId === selected.id || row.toId === selected.id);
    return html`<div part="base" class="scroller">
      <table part="table" role="grid" aria-readonly="true">
        <caption>
          Relations
          <span class="count"
            >${shownWords(Math.min(this.limit, this.rows.length), this.rows.length, total)}</span
          >
          <span class="visually-hidden"
            >. Use the arrow keys to move between rows and Enter to show a relation's evidence.</span
          >
        </caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Direction</th>
            <th scope="col">Status</th>
            <th scope="col">Attribution</th>
            <th scope="col" class="num">Quotes</th>
          </tr>
        </thead>
        <tbody @keydown=${this.onKeyDown}>
          ${repeat(
            this.rows.slice(0, this.limit).map((id) => describeRelation(graph!, id)),
            (row) => row.id,
            (row) =>
              html`<tr
                data-id=${row.id}
                tabindex=${row.id === this.active ? 0 : -1}
                aria-selected=${selected?.kind === 'relation' && selected.id === row.id ? 'true' : 'false'}
                class=${related(row) ? 'related' : ''}
                @click=${() => this.choose(row.id)}
              >
                <td>
                  <span class="type"
                    >${typeSwatch(this.model && encodingOf(this.model, row.typeId))}${bdi(row.typeLabel)}</span
                  >
                </td>
                <td>${bdi(row.fromName)}</td>
                <td>${bdi(row.toName)}</td>
                <td class="nowrap">${row.directed ? 'one-way' : 'mutual'}</td>
                <td>
                  <span class="status">${statusSwatch(row.status)}${STATUS_ENCODINGS[row.status].label}</span>
                </td>
                <td class="attribution">
                  ${row.attribution !== undefined ? bdi(row.attribution) : html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">none</span>`}
                </td>
                <td class="num">${row.evidence.length}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        this.rows.length > this.limit
          ? html`<button type="button" class="more" @click=${() => (this.limit += PAGE)}>
              Show ${formatCount(Math.min(PAGE, this.rows.length - this.limit))} more
            </button>`
          : nothing
      }
      ${
        this.rows.length === 0 && total > 0
          ? html`<p class="empty">
              The filters hide every relation. Use “Show all” in the legend to bring them back.
            </p>`
          : nothing
      }
    </div>`;
  }
}

const PAGE = 200;

/** "28 of 28 shown", or "200 of 30,000 shown (30,000 pass the filters)" when paged. */
function shownWords(rendered: number, visible: number, total: number): string {
  const n = formatCount;
  if (rendered === visible) return `${n(visible)} of ${n(total)} shown`;
  return `${n(rendered)} of ${n(visible)} listed (${n(total)} in all)`;
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-table': ActorGraphTable;
  }
}
