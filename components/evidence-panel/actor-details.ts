import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { describeRelation } from '../../src/graph/describe.ts';
import { STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import type { RelationFilter } from '../../src/view/filters.ts';
import { bdi, bdiList } from '../shared/bdi.ts';
import { headingTag } from '../shared/heading.ts';
import { encodingOf, type GraphModel } from '../shared/model-context.ts';
import { visibleRelationsOf } from '../shared/sentences.ts';
import { plural } from '../shared/status-words.ts';
import { kindSwatch, statusSwatch, typeSwatch } from '../shared/swatches.ts';

/** An actor: who it is, and each of its visible relations as a button that opens that relation. */
export function actorDetails(
  model: GraphModel,
  id: string,
  filter: RelationFilter,
  headingLevel: number,
  onChoose: (relation: string) => void,
): TemplateResult {
  const { graph } = model;
  const actor = graph.getNodeAttributes(id);
  const relations = visibleRelationsOf(graph, id, filter);
  const hidden = graph.degree(id) - relations.length;
  const h = headingTag(headingLevel);
  const h2 = headingTag(headingLevel + 1);
  const people = actor.representatives ?? [];
  return html`<article class="details" aria-label="Actor: ${actor.name}">
    <p class="eyebrow">Actor</p>
    ${staticHtml`<${h} class="title">${kindSwatch(actor.kind)}<span>${bdi(actor.name)}</span></${h}>`}
    ${actor.description ? html`<p class="summary" dir="auto">${actor.description}</p>` : nothing}
    <dl class="facts">
      <div>
        <dt>Kind</dt>
        <dd>${actor.kind}</dd>
      </div>
      ${
        actor.aliases?.length
          ? html`<div>
              <dt>Also called</dt>
              <dd>${bdiList(actor.aliases, ', ')}</dd>
            </div>`
          : nothing
      }
      ${
        people.length
          ? html`<div>
              <dt>Representatives</dt>
              <dd>
                <ul class="plain">
                  ${people.map(
                    (p) =>
                      html`<li>
                        ${bdi(p.name)}${p.role ? html`<span class="role"><span class="visually-hidden">, </span>${bdi(p.role)}</span>` : nothing}
                      </li>`,
                  )}
                </ul>
              </dd>
            </div>`
          : nothing
      }
    </dl>
    ${staticHtml`<${h2} class="subhead">Relations <span class="count">${plural(relations.length, 'relation')}${hidden ? `, ${hidden} hidden by the filters` : ''}</span></${h2}>`}
    <ul class="relations">
      ${relations.map((edge) => {
        const view = describeRelation(graph, edge);
        const outgoing = view.fromId === id;
        const other = outgoing ? view.toName : view.fromName;
        const arrow = !view.directed ? '—' : outgoing ? '→' : '←';
        const direction = !view.directed ? 'with' : outgoing ? 'to' : 'from';
        return html`<li>
          <button type="button" class="relation" @click=${() => onChoose(edge)}>
            ${typeSwatch(encodingOf(model, view.typeId))}
            <span class="relation-text">
              <span class="relation-type">${bdi(view.typeLabel)}</span>
              <span class="relation-meta">
                <span aria-hidden="true">${arrow}</span><span class="visually-hidden">${direction}</span>
                <span class="relation-other">${bdi(other)}</span>
                <span aria-hidden="true">·</span>
                <span class="relation-status"
                  >${statusSwatch(view.status)}${STATUS_ENCODINGS[view.status].label}</span
                >
              </span>
            </span>
          </button>
        </li>`;
      })}
    </ul>
  </article>`;
}
