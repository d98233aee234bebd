import { consume } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { NO_FILTER, type RelationFilter } from '../../src/view/filters.ts';
import { emit } from '../shared/events.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import type { Selection } from '../shared/selection.ts';
import { actorDetails } from './actor-details.ts';
import styles from './evidence-panel.styles.ts';
import { relationDetails } from './relation-details.ts';

/**
 * What the current selection rests on: a relation with every quote in its sentence, or an actor with
 * its relations.
 *
 * @summary The evidence panel of `<actor-graph-view>`.
 *
 * @fires actor-graph-select-request - The reader chose one of an actor's relations.
 *
 * @csspart base - The panel.
 */
@customElement('actor-graph-evidence')
export class ActorGraphEvidence extends LitElement {
  static override styles = styles;

  @query('.panel') private panel!: HTMLElement | null;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @property({ attribute: false }) selection: Selection | null = null;
  @property({ attribute: false }) filter: RelationFilter = NO_FILTER;
  /** Level of the panel's own heading; its subheadings go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override updated(changed: PropertyValues<this>): void {
    // A new selection starts reading at its top, not wherever the previous one was scrolled to.
    if (changed.has('selection')) this.panel?.scrollTo({ top: 0 });
  }

  private readonly chooseRelation = (id: string): void => {
    emit(this, 'actor-graph-select-request', { selection: { kind: 'relation', id }, reveal: true });
  };

  protected override render(): unknown {
    const { model, selection } = this;
    const graph = model?.graph;
    let content: unknown = html`<p class="hint">Select a relation or an actor to see the evidence.</p>`;
    if (model && selection?.kind === 'relation' && graph?.hasEdge(selection.id)) {
      content = relationDetails(model, selection.id, this.headingLevel);
    } else if (model && selection?.kind === 'actor' && graph?.hasNode(selection.id)) {
      content = actorDetails(model, selection.id, this.filter, this.headingLevel, this.chooseRelation);
    }
    return html`<section part="base" class="panel" aria-label="Evidence">${content}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-evidence': ActorGraphEvidence;
  }
}
