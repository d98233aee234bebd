import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { AllianceSplit } from '../alliance/analysis.ts';
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point, Positions } from '../geometry/point.ts';
import { round } from '../geometry/round.ts';
import { LABEL_MAX_WIDTH, NODE_SIZE } from '../picture/node-glyphs.ts';
import { estimateLabelBox } from './label-metrics.ts';
import { runToEnd } from './run-to-end.ts';
import { withSeededRandom } from './seeded-random.ts';

/**
 * Where the actors of the alliance picture stand: camp A on the left, camp B on the right, actors
 * with no signed tie below between them. Deterministic, as the relations layout is: the same data
 * gives the same picture on the canvas, in the worker and in the CLI.
 *
 * Up to `constraintLimit` actors, fcose lays out the signed pairs (allies pulled close, adversaries
 * held apart) with a relative placement constraint per actor against a fixed anchor at the origin:
 * camp A left of it, camp B right of it, at least `gap` apart. That is n constraints, not one per
 * pair of actors across the camps. Above the limit (fcose 'default' takes about a minute at 2,000
 * actors), each camp keeps the arrangement the relations layout gave its actors and the two are set
 * side by side: linear, and the reader finds every actor where the other view had it, within its camp.
 * docs/decisions/0015-alliance-view.md says why.
 */
export interface AllianceLayoutOptions {
  readonly seed: number;
  /** Up to this many actors, fcose with camp constraints; above, the relations layout split by camp. */
  readonly constraintLimit: number;
  /** The least distance between the two camps' nearest actors, in graph units. */
  readonly gap: number;
  /** The length fcose aims for between allies and between adversaries. */
  readonly allyLength: number;
  readonly adversaryLength: number;
  readonly fontSize: number;
}

export const DEFAULT_ALLIANCE_LAYOUT_OPTIONS: AllianceLayoutOptions = Object.freeze({
  seed: 20250620,
  constraintLimit: 300,
  gap: 160,
  allyLength: 110,
  adversaryLength: 260,
  fontSize: 13,
});

/** What the layout reads from the analysis: the pairs and the camps. */
export type AllianceLayoutInput = Pick<AllianceSplit, 'pairs' | 'camps'>;

export interface AllianceLayoutProgress {
  readonly done: number;
  readonly total: number;
}

const ANCHOR = 'anchor';
let registered = false;

export function allianceLayout(
  graph: ActorGraph,
  analysis: AllianceLayoutInput,
  relationsLayout: () => Positions,
  options: Partial<AllianceLayoutOptions> = {},
): Map<string, Point> {
  return runToEnd(allianceLayoutSteps(graph, analysis, relationsLayout, options));
}

/**
 * The layout as steps, for a worker that reports progress. `relationsLayout` gives the relations
 * view's positions; it is called only for graphs above the constraint limit.
 */
export function* allianceLayoutSteps(
  graph: ActorGraph,
  analysis: AllianceLayoutInput,
  relationsLayout: () => Positions,
  input: Partial<AllianceLayoutOptions> = {},
): Generator<AllianceLayoutProgress, Map<string, Point>> {
  const options = { ...DEFAULT_ALLIANCE_LAYOUT_OPTIONS, ...input };
  yield { done: 0, total: 2 };
  const positions =
    graph.order <= options.constraintLimit
      ? constrained(graph, analysis, options)
      : sideBySide(graph, analysis, relationsLayout(), options);
  yield { done: 1, total: 2 };
  return positions;
}

/** fcose on the signed pairs, camp A left and camp B right of a fixed anchor. */
function constrained(
  graph: ActorGraph,
  analysis: AllianceLayoutInput,
  options: AllianceLayoutOptions,
): Map<string, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const actors = graph.nodes();
  // Ids of its own for the headless Cytoscape, as computeLayout does: fcose keys plain objects by id.
  const layoutId = new Map(actors.map((id, i) => [id, `n${i}`]));
  const boxes = new Map(
    graph.mapNodes((id, actor) => {
      const label = estimateLabelBox(actor.name, options.fontSize, LABEL_MAX_WIDTH);
      return [id, { width: Math.max(NODE_SIZE, label.width) + 8, labelHeight: label.height + 5 }] as const;
    }),
  );
  const [campA, campB] = analysis.camps.camps;
  const pairs = analysis.pairs.filter((p) => p.sign !== 0);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      { group: 'nodes', data: { id: ANCHOR, width: 1, height: 1 } },
      ...actors.map((id) => ({
        group: 'nodes' as const,
        data: {
          id: layoutId.get(id),
          width: boxes.get(id)!.width,
          height: NODE_SIZE + boxes.get(id)!.labelHeight,
        },
      })),
      ...pairs.map((p, i) => ({
        group: 'edges' as const,
        data: {
          id: `p${i}`,
          source: layoutId.get(p.actors[0]),
          target: layoutId.get(p.actors[1]),
          ally: p.sign > 0,
        },
      })),
    ],
  });
  const half = options.gap / 2;
  try {
    withSeededRandom(options.seed, () =>
      cy
        .layout({
          name: 'fcose',
          quality: graph.order <= 150 ? 'proof' : 'default',
          randomize: true,
          animate: false,
          fit: false,
          nodeSeparation: 90,
          nodeRepulsion: () => 20000,
          idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
            edge.data('ally') ? options.allyLength : options.adversaryLength,
          // Allies hold together more firmly than adversaries hold apart: camps stay compact.
          edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.data('ally') ? 0.45 : 0.1),
          gravity: 0.3,
          numIter: 2500,
          fixedNodeConstraint: [{ nodeId: ANCHOR, position: { x: 0, y: 0 } }],
          relativePlacementConstraint: [
            ...campA.map((id) => ({
              left: layoutId.get(id),
              right: ANCHOR,
              gap: half + boxes.get(id)!.width / 2,
            })),
            ...campB.map((id) => ({
              left: ANCHOR,
              right: layoutId.get(id),
              gap: half + boxes.get(id)!.width / 2,
            })),
          ],
        } as cytoscape.LayoutOptions)
        .run(),
    );
    const positions = new Map<string, Point>();
    for (const id of actors) {
      const { x, y } = cy.getElementById(layoutId.get(id)!).position();
      positions.set(id, { x: round(x, 1), y: round(y - boxes.get(id)!.labelHeight / 2, 1) });
    }
    return positions;
  } finally {
    cy.destroy();
  }
}

/** Each camp as the relations layout arranged it, camp A left, camp B right, the unaligned below. */
function sideBySide(
  graph: ActorGraph,
  analysis: AllianceLayoutInput,
  layout: Positions,
  options: AllianceLayoutOptions,
): Map<string, Point> {
  const [campA, campB] = analysis.camps.camps;
  const { unaligned } = analysis.camps;
  const box = (ids: readonly string[]) => {
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    for (const id of ids) {
      const p = layout.get(id)!;
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    return ids.length ? { minX, maxX, minY, maxY } : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  };
  const a = box(campA);
  const b = box(campB);
  const u = box(unaligned);
  const half = options.gap / 2;
  const middle = (r: { minY: number; maxY: number }) => (r.minY + r.maxY) / 2;
  const positions = new Map<string, Point>();
  const place = (ids: readonly string[], dx: number, dy: number) => {
    for (const id of ids) {
      const p = layout.get(id)!;
      positions.set(id, { x: round(p.x + dx, 1), y: round(p.y + dy, 1) });
    }
  };
  place(campA, -half - a.maxX, -middle(a));
  place(campB, half - b.minX, -middle(b));
  const bottom = Math.max(a.maxY - middle(a), b.maxY - middle(b));
  place(unaligned, -(u.minX + u.maxX) / 2, bottom + options.gap - u.minY);
  // Actors the analysis does not list (none, for a complete result) keep their place.
  graph.forEachNode((id) => void (positions.has(id) || positions.set(id, layout.get(id) ?? { x: 0, y: 0 })));
  return positions;
}
