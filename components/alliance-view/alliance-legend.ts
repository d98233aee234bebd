import { html, type TemplateResult } from 'lit';
import type { AllianceAnalysis } from '../../src/alliance/types.ts';
import { allianceLegend, allianceLegendContent } from '../../src/picture/alliance-legend.ts';
import { drawnPairs } from '../../src/picture/alliance-scene.ts';
import type { GraphModel } from '../shared/model-context.ts';
import { swatchSvg } from '../shared/swatches.ts';

/**
 * The alliance picture's legend on the page: the very sections the exported pictures draw
 * (`allianceLegend`), painted by the Lit swatches, so the key always matches the lines.
 */
export function allianceLegendView(model: GraphModel, analysis: AllianceAnalysis): TemplateResult {
  const kinds = [...new Set(model.graph.mapNodes((_id, actor) => actor.kind))];
  const sections = allianceLegend(allianceLegendContent(kinds, drawnPairs(analysis), model.theme.name));
  return html`<section class="legend" aria-label="Legend of the alliance picture">
    ${sections.map(
      (section) =>
        html`<div class="legend-section">
          ${section.heading ? html`<p class="legend-heading">${section.heading}</p>` : ''}
          <ul class=${section.arrangement}>
            ${section.items.map(
              (item) => html`<li>${item.swatch ? swatchSvg(item.swatch) : ''}<span>${item.label}</span></li>`,
            )}
          </ul>
        </div>`,
    )}
  </section>`;
}
