import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { RELATION_STATUSES, type ActorKind, type RelationStatus } from '../../src/model/dataset.ts';
import { STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import { NO_FILTER, type RelationFilter } from '../../src/view/filters.ts';
import { emit } from '../shared/events.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import { STATUS_EXPLANATIONS } from '../shared/status-words.ts';
import { kindSwatch, statusSwatch, typeSwatch } from '../shared/swatches.ts';
import { bdi } from '../shared/bdi.ts';
import styles from './graph-legend.styles.ts';

/**
 * The legend is the filter: one checkbox per relation type and per status, each drawn as the canvas
 * draws it, with how many relations it covers. Unchecking hides those relations from the graph and
 * the table alike.
 *
 * @summary The legend and filters of `<actor-graph-view>`.
 *
 * @fires actor-graph-filter-change - The reader checked or unchecked a type or status, or showed all.
 *
 * @csspart base - The legend box.
 */
@customElement('actor-graph-legend')
export class ActorGraphLegend extends LitElement {
  static override styles = styles;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @property({ attribute: false }) filter: RelationFilter = NO_FILTER;

  private toggleType(id: string, shown: boolean): void {
    const hiddenTypes = new Set(this.filter.hiddenTypes);
    if (shown) hiddenTypes.delete(id);
    else hiddenTypes.add(id);
    this.change({ ...this.filter, hiddenTypes });
  }

  private toggleStatus(status: RelationStatus, shown: boolean): void {
    const hiddenStatuses = new Set(this.filter.hiddenStatuses);
    if (shown) hiddenStatuses.delete(status);
    else hiddenStatuses.add(status);
    this.change({ ...this.filter, hiddenStatuses });
  }

  private change(filter: RelationFilter): void {
    emit(this, 'actor-graph-filter-change', { filter });
  }

  protected override render(): unknown {
    const model = this.model;
    if (!model) return nothing;
    const { graph } = model;
    const typeCounts = new Map<string, number>();
    const statusCounts = new Map<RelationStatus, number>();
    const kinds = new Set<ActorKind>();
    graph.forEachEdge((_edge, { type, status }) => {
      typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    });
    graph.forEachNode((_node, { kind }) => void kinds.add(kind));
    const { hiddenTypes, hiddenStatuses } = this.filter;
    const anyHidden = hiddenTypes.size > 0 || hiddenStatuses.size > 0;
    const checkbox = (
      checked: boolean,
      onChange: (shown: boolean) => void,
      label: unknown,
      count: number,
      title?: string,
    ) =>
      html`<label class="option" title=${title ?? nothing}>
        <input
          type="checkbox"
          .checked=${checked}
          @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
        />
        ${label}
        <span class="n">${count}<span class="visually-hidden"> relations</span></span>
      </label>`;
    return html`<section part="base" class="legend" aria-label="Legend and filters">
      <div class="head">
        <p class="explain">
          ${[...kinds].map((kind) => html`<span class="kind">${kindSwatch(kind)}${kind}</span>`)}
          <span class="sep" aria-hidden="true">·</span>
          <span>Arrows show direction; width shows the number of quotes.</span>
        </p>
        <button type="button" class="show-all" ?disabled=${!anyHidden} @click=${() => this.change(NO_FILTER)}>
          Show all
        </button>
      </div>
      <fieldset class="types">
        <legend>Relation types</legend>
        ${graph.getAttribute('relationTypes').map((type) => {
          const encoding = model.encodings.find((e) => e.typeId === type.id);
          return checkbox(
            !hiddenTypes.has(type.id),
            (shown) => this.toggleType(type.id, shown),
            html`${typeSwatch(encoding)}<span class="label">${bdi(type.label)}</span>`,
            typeCounts.get(type.id) ?? 0,
            type.description,
          );
        })}
      </fieldset>
      <fieldset class="statuses">
        <legend>Status</legend>
        ${RELATION_STATUSES.map((status) =>
          checkbox(
            !hiddenStatuses.has(status),
            (shown) => this.toggleStatus(status, shown),
            html`${statusSwatch(status)}<span class="label">${STATUS_ENCODINGS[status].label}</span>`,
            statusCounts.get(status) ?? 0,
            STATUS_EXPLANATIONS[status],
          ),
        )}
      </fieldset>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-legend': ActorGraphLegend;
  }
}
