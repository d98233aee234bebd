import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { signed } from '../../src/alliance/report-format.ts';
import type { AllianceAnalysis } from '../../src/alliance/types.ts';
import { drawnPairs, type DrawnPair } from '../../src/picture/alliance-scene.ts';
import { CAMP_NAMES } from '../../src/picture/alliance-scene.ts';
import { sameAllianceSelection, type AllianceSelection } from '../../src/view/alliance-selection.ts';
import { bdi } from '../shared/bdi.ts';
import { headingTag } from '../shared/heading.ts';
import type { GraphModel } from '../shared/model-context.ts';
import type { SelectAlliance } from './alliance-panel.ts';

const nameOf = (model: GraphModel, id: string): string => model.graph.getNodeAttribute(id, 'name');

/** The pairs as the table lists them (and the canvas's arrow keys walk them): strongest first. */
export function pairsByStrength(analysis: AllianceAnalysis): DrawnPair[] {
  return drawnPairs(analysis).sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
}

/** At most this many actors are named per camp; the rest are counted (each is in the pairs table). */
const CAMP_NAMES_SHOWN = 30;

function names(model: GraphModel, ids: readonly string[]): unknown {
  const shown = ids
    .slice(0, CAMP_NAMES_SHOWN)
    .map((id, j) => html`${j ? ', ' : ''}${bdi(nameOf(model, id))}`);
  const more = ids.length - CAMP_NAMES_SHOWN;
  return more > 0
    ? html`${shown} and ${more.toLocaleString('en')} more (${ids.length.toLocaleString('en')} in all)`
    : shown;
}

/** At most this many rows are rendered at once; the rest are a click away (as in the relations table). */
const ROWS = 200;

/**
 * The canvas's text equivalent (docs/decisions/0007-keyboard.md): the camps and brokers in words, a
 * table of every pair (a button per pair selects it as a click on its line does), and the triangles,
 * unbalanced first.
 */
export function allianceTables(
  model: GraphModel,
  analysis: AllianceAnalysis,
  selection: AllianceSelection | null,
  level: number,
  select: SelectAlliance,
  showAll: boolean,
  onShowAll: () => void,
): TemplateResult {
  const h = headingTag(level);
  const campOf = new Map(analysis.actors.map((s) => [s.actor, s.camp]));
  const pairs = pairsByStrength(analysis);
  const shown = showAll ? pairs : pairs.slice(0, ROWS);
  const brokers = analysis.brokers.filter((b) => b.brokerage > 0).slice(0, 5);
  const triads = analysis.triads.list;
  const campWord = (a: string, b: string): string => {
    const ca = campOf.get(a);
    const cb = campOf.get(b);
    if (ca == null || cb == null) return 'unaligned';
    return ca === cb ? `both in ${CAMP_NAMES[ca]}` : 'across the camps';
  };
  return html`<section class="tables" aria-label="Alliances as text">
    ${staticHtml`<${h} class="section-title">Camps</${h}>`}
    <ul class="camps">
      ${analysis.camps.camps.map(
        (ids, i) =>
          html`<li>
            <strong>${CAMP_NAMES[i]}:</strong>
            ${ids.length ? names(model, ids) : 'none'}
          </li>`,
      )}
      ${
        analysis.camps.unaligned.length
          ? html`<li>
              <strong>Unaligned:</strong>
              ${names(model, analysis.camps.unaligned)}
            </li>`
          : nothing
      }
      <li>
        <strong>Frustration:</strong> ${analysis.camps.frustration.count} of
        ${analysis.camps.frustration.signedPairs} signed pairs go against the camps
        (${analysis.camps.method === 'exact' ? 'the exact least' : 'a heuristic split'}).
      </li>
      ${
        brokers.length
          ? html`<li>
              <strong>Brokers:</strong>
              ${brokers.map(
                (b, j) =>
                  html`${j ? '; ' : ''}${bdi(nameOf(model, b.actor))} (the only friendly link in
                  ${b.brokerage} ${b.brokerage === 1 ? 'pair' : 'pairs'})`,
              )}
            </li>`
          : nothing
      }
    </ul>
    ${staticHtml`<${h} class="section-title">Pairs</${h}>`}
    <div class="scroll">
      <table>
        <caption class="visually-hidden">
          Every pair of actors with relations between them, strongest net score first
        </caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Net score</th>
            <th scope="col">Relations</th>
            <th scope="col">Camps</th>
            <th scope="col">Triangle</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map((pair) => {
            const selected = sameAllianceSelection(selection, { kind: 'pair', actors: pair.actors });
            const [a, b] = pair.actors;
            return html`<tr class=${selected ? 'selected' : ''} aria-selected=${selected ? 'true' : 'false'}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  @click=${() => select({ kind: 'pair', actors: pair.actors })}
                >
                  ${bdi(nameOf(model, a))} and ${bdi(nameOf(model, b))}
                </button>
              </th>
              <td class="num ${pair.sign > 0 ? 'ally' : pair.sign < 0 ? 'adversary' : ''}">
                ${pair.label}
                <span class="visually-hidden"
                  >${pair.sign > 0 ? 'allies' : pair.sign < 0 ? 'adversaries' : 'neither'}</span
                >
              </td>
              <td class="num">${pair.relations}</td>
              <td>${campWord(a, b)}</td>
              <td>${pair.unbalanced ? html`<span class="unbalanced">unbalanced</span>` : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      shown.length < pairs.length
        ? html`<button type="button" class="button" @click=${onShowAll}>
            Show all ${pairs.length} pairs
          </button>`
        : nothing
    }
    ${staticHtml`<${h} class="section-title">Triangles</${h}>`}
    ${
      triads.length === 0
        ? html`<p class="muted">No three actors are all paired with each other.</p>`
        : html`<p class="muted">
              ${analysis.triads.unbalanced} of ${analysis.triads.total}
              unbalanced${analysis.triads.omitted ? `; the ${triads.length} heaviest listed` : ''}.
            </p>
            <ul class="triads">
              ${triads.map(
                (t) =>
                  html`<li>
                    <button
                      type="button"
                      class="link"
                      @click=${() => select({ kind: 'triad', actors: t.actors })}
                    >
                      ${t.actors.map((id, j) => html`${j ? '–' : ''}${bdi(nameOf(model, id))}`)}
                    </button>
                    <span class=${t.balanced ? 'balanced' : 'unbalanced'}
                      >${t.balanced ? 'balanced' : 'unbalanced'}</span
                    >
                    <span class="muted">${t.sides.map((s) => signed(s.score)).join(', ')}</span>
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
