import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import {
  actorSentence,
  explainPair,
  findPair,
  triadSentence,
  type RelationGroup,
} from '../../src/alliance/explain.ts';
import { signed } from '../../src/alliance/report-format.ts';
import type { AllianceAnalysis, Triad } from '../../src/alliance/types.ts';
import type { AllianceSelection } from '../../src/view/alliance-selection.ts';
import { relationDetails } from '../evidence-panel/relation-details.ts';
import { headingTag } from '../shared/heading.ts';
import type { GraphModel } from '../shared/model-context.ts';

/** Reader actions the panel offers: select another pair, actor or triangle. */
export type SelectAlliance = (selection: AllianceSelection | null) => void;

const nameOf = (model: GraphModel, id: string): string => model.graph.getNodeAttribute(id, 'name');

/**
 * The panel beside the alliance picture: what is selected, in words, with the relations behind it.
 * Each relation opens (a native disclosure) onto the evidence panel's own view of it: its status, who
 * said it, and every quote in its sentence.
 */
export function alliancePanel(
  model: GraphModel,
  analysis: AllianceAnalysis,
  selection: AllianceSelection | null,
  level: number,
  select: SelectAlliance,
): TemplateResult {
  if (!selection)
    return html`<p class="hint">
      Select a line between two actors, a triangle or an actor to see what the score is made of and the quotes
      behind it. The pairs table below lists every pair.
    </p>`;
  if (selection.kind === 'actor') return actorPanel(model, analysis, selection.id, level, select);
  if (selection.kind === 'triad') {
    const triad = analysis.triads.list.find((t) => selection.actors.every((a) => t.actors.includes(a)));
    return triad ? triadPanel(model, triad, level, select) : html`<p class="hint">No such triangle.</p>`;
  }
  const pair = findPair(analysis, ...selection.actors);
  if (!pair) return html`<p class="hint">These two actors have no relation.</p>`;
  const explanation = explainPair(model.graph, analysis, pair);
  const h = headingTag(level);
  return html`<article class="details" aria-label="Pair: ${explanation.names.join(' and ')}">
    <p class="eyebrow">Pair</p>
    ${staticHtml`<${h} class="title">${explanation.names[0]} and ${explanation.names[1]}</${h}>`}
    <p class="headline">${explanation.headline}</p>
    ${
      explanation.againstSplit
        ? html`<p class="note">
            ${pair.sign > 0 ? 'Allies across the two camps' : 'Adversaries within one camp'}: this pair goes
            against the split.
          </p>`
        : nothing
    }
    ${explanation.groups.map((group) => groupView(model, group, level))}
    ${
      explanation.triads.length
        ? html`<p class="eyebrow">Triangles with this side</p>
            <ul class="links">
              ${explanation.triads.map((t) => triadLink(model, t, select))}
            </ul>`
        : nothing
    }
  </article>`;
}

function groupView(model: GraphModel, group: RelationGroup, level: number): TemplateResult {
  return html`<section class="group ${group.kind.replace(' ', '-')}">
    <p class="group-head">${group.relations.length} ${group.kind}</p>
    <ul class="relations">
      ${group.relations.map(
        (relation) =>
          html`<li>
            <details>
              <summary>
                <span class="type">${relation.typeLabel}</span>
                <span class="weight">${signed(relation.weight)}</span>
                ${relation.status === 'reported' ? nothing : html`<span class="tag">${relation.status}</span>`}
                <span class="visually-hidden">: show the relation and its quotes</span>
              </summary>
              ${relationDetails(model, relation.id, level + 1)}
            </details>
          </li>`,
      )}
    </ul>
  </section>`;
}

function triadLink(model: GraphModel, triad: Triad, select: SelectAlliance): TemplateResult {
  const names = triad.actors.map((id) => nameOf(model, id)).join('–');
  return html`<li>
    <button type="button" class="link" @click=${() => select({ kind: 'triad', actors: triad.actors })}>
      ${names}</button
    ><span class=${triad.balanced ? 'balanced' : 'unbalanced'}>
      ${triad.balanced ? 'balanced' : 'unbalanced'}</span
    >
  </li>`;
}

function triadPanel(model: GraphModel, triad: Triad, level: number, select: SelectAlliance): TemplateResult {
  const h = headingTag(level);
  return html`<article class="details" aria-label="Triangle">
    <p class="eyebrow">Triangle</p>
    ${staticHtml`<${h} class="title">${triad.actors.map((id) => nameOf(model, id)).join('–')}</${h}>`}
    <p class="headline">${triadSentence(model.graph, triad)}</p>
    <p class="eyebrow">Its sides</p>
    <ul class="links">
      ${triad.sides.map(
        (side) =>
          html`<li>
            <button type="button" class="link" @click=${() => select({ kind: 'pair', actors: side.actors })}>
              ${nameOf(model, side.actors[0])} and ${nameOf(model, side.actors[1])}</button
            ><span class="score">${signed(side.score)}</span>
          </li>`,
      )}
    </ul>
  </article>`;
}

function actorPanel(
  model: GraphModel,
  analysis: AllianceAnalysis,
  actor: string,
  level: number,
  select: SelectAlliance,
): TemplateResult {
  const h = headingTag(level);
  const pairs = analysis.pairs.filter((p) => p.actors.includes(actor));
  return html`<article class="details" aria-label="Actor: ${nameOf(model, actor)}">
    <p class="eyebrow">Actor</p>
    ${staticHtml`<${h} class="title">${nameOf(model, actor)}</${h}>`}
    <p class="headline">${actorSentence(model.graph, analysis, actor)}</p>
    <ul class="links">
      ${pairs.map((p) => {
        const other = p.actors[0] === actor ? p.actors[1] : p.actors[0];
        return html`<li>
          <button type="button" class="link" @click=${() => select({ kind: 'pair', actors: p.actors })}>
            ${nameOf(model, other)}</button
          ><span class="score">${signed(p.score)}</span>
        </li>`;
      })}
    </ul>
  </article>`;
}
