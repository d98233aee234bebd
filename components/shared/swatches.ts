import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ActorKind, RelationStatus } from '../../src/model/dataset.ts';
import { STATUS_ENCODINGS, type MarkerShape, type TypeEncoding } from '../../src/style/encoding.ts';

/*
 * Small pictures of what the canvas draws, so the legend, the table and the panel show the same
 * colour, marker and line pattern as the graph. They are decorative next to their text label, hence
 * aria-hidden; colours come from the encodings (already themed), never from the data.
 */

const W = 36;
const H = 14;
const MID = H / 2;

function marker(shape: MarkerShape, color: string, hollow: boolean): SVGTemplateResult {
  // Hollow markers are filled with the background through CSS (.hollow), as the canvas draws them.
  const fill = hollow ? 'none' : color;
  const cx = W / 2;
  switch (shape) {
    case 'circle':
      return svg`<circle class=${hollow ? 'hollow' : ''} cx=${cx} cy=${MID} r="4" fill=${fill} stroke=${color} stroke-width="1.6" />`;
    case 'square':
      return svg`<rect class=${hollow ? 'hollow' : ''} x=${cx - 4} y=${MID - 4} width="8" height="8" fill=${fill} stroke=${color} stroke-width="1.6" />`;
    case 'diamond':
      return svg`<path class=${hollow ? 'hollow' : ''} d="M${cx} ${MID - 5} L${cx + 5} ${MID} L${cx} ${MID + 5} L${cx - 5} ${MID} Z" fill=${fill} stroke=${color} stroke-width="1.6" />`;
    case 'tee':
      return svg`<rect x=${cx - 1.5} y=${MID - 5.5} width="3" height="11" fill=${color} />`;
    case 'triangle':
      return svg`<path class=${hollow ? 'hollow' : ''} d="M${cx - 4} ${MID - 5} L${cx + 5} ${MID} L${cx - 4} ${MID + 5} Z" fill=${fill} stroke=${color} stroke-width="1.6" />`;
    case 'vee':
      return svg`<path class=${hollow ? 'hollow' : ''} d="M${cx - 4} ${MID - 5} L${cx + 5} ${MID} L${cx - 4} ${MID + 5} L${cx - 1} ${MID} Z" fill=${fill} stroke=${color} stroke-width="1.2" />`;
  }
}

/** A relation type: a short line in its colour with its mid-edge marker. */
export function typeSwatch(encoding: TypeEncoding | undefined): TemplateResult {
  const color = encoding?.color ?? 'currentColor';
  return html`<svg class="swatch" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true">
    <line x1="2" y1=${MID} x2=${W - 2} y2=${MID} stroke=${color} stroke-width="2.5" stroke-linecap="round" />
    ${encoding ? marker(encoding.marker, color, encoding.markerFill === 'hollow') : null}
  </svg>`;
}

/** A status: a line in the text colour with the status's dash pattern. */
export function statusSwatch(status: RelationStatus): TemplateResult {
  const dash = STATUS_ENCODINGS[status].dashPattern.join(' ');
  return html`<svg class="swatch" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true">
    <line
      x1="2"
      y1=${MID}
      x2=${W - 2}
      y2=${MID}
      stroke="currentColor"
      stroke-width="2.5"
      stroke-linecap=${status === 'analysis' ? 'round' : 'butt'}
      stroke-dasharray=${dash || 'none'}
    />
  </svg>`;
}

const S = 16;

function kindShape(kind: ActorKind): SVGTemplateResult {
  switch (kind) {
    case 'state':
    case 'person':
      return svg`<circle cx="8" cy="8" r="6.5" />`;
    case 'bloc':
      return svg`<path d="M4.5 2 L11.5 2 L15 8 L11.5 14 L4.5 14 L1 8 Z" stroke-width="2.5" />`;
    case 'organization':
      return svg`<rect x="1.5" y="3" width="13" height="10" rx="3" />`;
    case 'group':
      return svg`<path d="M8 1 L15 8 L8 15 L1 8 Z" />`;
  }
}

/** An actor kind: the node shape the canvas uses for it (see `KIND_SHAPES` in the core's stylesheet). */
export function kindSwatch(kind: ActorKind): TemplateResult {
  return html`<svg
    class="swatch kind"
    viewBox="0 0 ${S} ${S}"
    width=${S}
    height=${S}
    aria-hidden="true"
    stroke-width="1.5"
    stroke-linejoin="round"
  >
    ${kindShape(kind)}
  </svg>`;
}

/** Styles for the swatches; every part that draws one adopts them. */
export const swatchStyles = css`
  .swatch {
    display: inline-block;
    flex: none;
    vertical-align: middle;
    overflow: visible;
  }
  .swatch .hollow {
    fill: var(--_bg);
  }
  .swatch.kind {
    fill: var(--_node-fill);
    stroke: var(--_node-border);
  }
`;
