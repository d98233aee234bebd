import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { describeRelation } from '../../src/graph/describe.ts';
import { STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import { bdi, bdiList } from '../shared/bdi.ts';
import { headingTag } from '../shared/heading.ts';
import { encodingOf, type GraphModel } from '../shared/model-context.ts';
import { STATUS_EXPLANATIONS, plural } from '../shared/status-words.ts';
import { statusSwatch, typeSwatch } from '../shared/swatches.ts';
import { quoteView } from './quote-view.ts';

/** A relation with all it rests on: what, between whom, how sure, who said so, and every quote. */
export function relationDetails(model: GraphModel, id: string, headingLevel: number): TemplateResult {
  const { graph, sources } = model;
  const view = describeRelation(graph, id);
  const status = STATUS_ENCODINGS[view.status];
  const sourceById = new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
  const lang = graph.getAttribute('language');
  const h = headingTag(headingLevel);
  const h2 = headingTag(headingLevel + 1);
  const acted = [view.fromRepresentative, view.toRepresentative].filter((p): p is string => p !== undefined);
  return html`<article class="details" aria-label="Relation: ${view.typeLabel}">
    <p class="eyebrow">Relation</p>
    ${staticHtml`<${h} class="title">${typeSwatch(encodingOf(model, view.typeId))}<span>${bdi(view.typeLabel)}</span></${h}>`}
    <p class="ends">
      <span>${bdi(view.fromName)}</span>
      <span class="arrow" aria-hidden="true">${view.directed ? '→' : '—'}</span>
      <span class="visually-hidden">${view.directed ? 'to' : 'and'}</span>
      <span>${bdi(view.toName)}</span>
      ${view.directed ? nothing : html`<span class="tag">mutual</span>`}
    </p>
    <p class="summary" dir="auto">${view.summary}</p>
    <dl class="facts">
      <div>
        <dt>Status</dt>
        <dd class="status">
          ${statusSwatch(view.status)}<span
            ><strong>${status.label}</strong> — ${STATUS_EXPLANATIONS[view.status]}</span
          >
        </dd>
      </div>
      ${
        view.attribution
          ? html`<div>
              <dt>Attribution</dt>
              <dd>${bdi(view.attribution)}</dd>
            </div>`
          : nothing
      }
      ${
        acted.length
          ? html`<div>
              <dt>Who acted</dt>
              <dd>${bdiList(acted, ' → ')}</dd>
            </div>`
          : nothing
      }
      ${
        view.date
          ? html`<div>
              <dt>Date</dt>
              <dd><time datetime=${view.date}>${view.date}</time></dd>
            </div>`
          : nothing
      }
    </dl>
    ${staticHtml`<${h2} class="subhead">Evidence <span class="count">${plural(view.evidence.length, 'verbatim quote')}</span></${h2}>`}
    <ol class="quotes">
      ${view.evidence.map((e) => quoteView(e, sources.get(e.source), sourceById.get(e.source), lang))}
    </ol>
  </article>`;
}
