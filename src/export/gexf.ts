/**
 * GEXF (https://gexf.net) for Gephi and networkx: actors with positions (y up, as Gephi reads them:
 * see `upright`) and sizes, relations with their type colour, label, evidence and thickness by number
 * of quotes.
 *
 * Namespace: networkx 2.8.8's `read_gexf` knows only `http://www.gexf.net/1.1draft` and
 * `http://www.gexf.net/1.2draft` (with "www.") and finds no graph in a 1.3 file; Gephi matches
 * element names whatever the namespace and reads both. So GEXF 1.2draft is the default, and
 * `version: '1.3'` writes `http://gexf.net/1.3` for tools that want it. The viz namespace always
 * matches the main one: readers look positions up in it, and a wrong one (graphology's writer)
 * silently loses the layout.
 *
 * Mutual relations: as with GraphML, networkx raises on `type="undirected"` edges in a directed
 * graph, and Gephi treats `defaultedgetype="mixed"` as an error. So edges are directed from → to by
 * default with a `directed` attribute; `mixed: true` adds per-edge `type="undirected"` for Gephi.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { describeRelation } from '../graph/describe.ts';
import type { Positions } from '../geometry/point.ts';
import { edgeWidth, encodeTypes } from '../style/encoding.ts';
import { NODE_SIZE } from '../picture/node-glyphs.ts';
import { upright } from './upright.ts';
import { parseColor, type Rgba } from './color.ts';
import { ACTOR_COLUMNS, RELATION_COLUMNS, type Column, type ColumnValue } from './columns.ts';
import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';
import { allianceColumns, type AllianceExportOption } from './alliance-columns.ts';
import { selectRelations } from './select.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

export type GexfVersion = '1.2draft' | '1.3';

export interface GexfOptions {
  readonly version: GexfVersion;
  /** Actor positions (`computeLayout`), written as `viz:position`; actors without one get none. */
  readonly positions: Positions | undefined;
  /** Only these relations (what the filters show); every actor is kept. Undefined: all. */
  readonly relationIds: Iterable<string> | undefined;
  /** Also mark mutual relations `type="undirected"`. networkx cannot read the result. */
  readonly mixed: boolean;
  /** `viz:size` of every actor, in the graph units of the positions. */
  readonly nodeSize: number;
  /** Theme colours by relation type id, as `encodeTypes` takes them. */
  readonly typeColors: ReadonlyMap<string, string> | undefined;
  /** Camps and pair scores (see `alliance-columns.ts`): computed when undefined, left out when false. */
  readonly alliance: AllianceExportOption;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = Object.freeze({
  version: '1.2draft',
  positions: undefined,
  relationIds: undefined,
  mixed: false,
  nodeSize: NODE_SIZE,
  typeColors: undefined,
  alliance: undefined,
});

export const GEXF_NAMESPACES: Readonly<Record<GexfVersion, { gexf: string; viz: string; version: string }>> =
  Object.freeze({
    '1.2draft': {
      gexf: 'http://www.gexf.net/1.2draft',
      viz: 'http://www.gexf.net/1.2draft/viz',
      version: '1.2',
    },
    '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  });

export function writeGexf(graph: ActorGraph, options: Partial<GexfOptions> = {}): string {
  const resolved: GexfOptions = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const ns = GEXF_NAMESPACES[resolved.version];
  if (!ns) {
    throw new ExportError(
      EXPORT_ERROR_CODES.invalidOption,
      'options.version',
      `GEXF version must be 1.2draft or 1.3.`,
    );
  }
  const edges = selectRelations(graph, resolved.relationIds);
  const signed = allianceColumns(graph, edges, resolved.alliance);
  const colors = typeColors(graph, resolved.typeColors);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${xmlAttributes({ xmlns: ns.gexf, 'xmlns:viz': ns.viz, version: ns.version })}>`,
    '  <meta>',
    '    <creator>actor-graph</creator>',
    `    <description>${escapeXmlText(graph.getAttribute('title'))}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare('node', 'n', [...ACTOR_COLUMNS, ...(signed?.actors ?? [])]),
    ...declare('edge', 'e', [...RELATION_COLUMNS, ...(signed?.relations ?? [])]),
    '    <nodes>',
  ];
  graph.forEachNode((node, actor) => {
    const point = resolved.positions?.get(node);
    lines.push(
      `      <node${xmlAttributes({ id: node, label: actor.name })}>`,
      ...values('n', ACTOR_COLUMNS, actor, signed?.actors ?? [], node),
      `        <viz:size${xmlAttributes({ value: resolved.nodeSize })}/>`,
      ...(point && Number.isFinite(point.x) && Number.isFinite(point.y)
        ? [`        <viz:position${xmlAttributes({ ...upright(point), z: 0 })}/>`]
        : []),
      '      </node>',
    );
  });
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    const view = describeRelation(graph, edge);
    const type = resolved.mixed ? (view.directed ? 'directed' : 'undirected') : undefined;
    const color = colors.get(view.typeId);
    lines.push(
      `      <edge${xmlAttributes({ id: edge, source: view.fromId, target: view.toId, label: view.typeLabel, type })}>`,
      ...values('e', RELATION_COLUMNS, view, signed?.relations ?? [], view),
      ...(color ? [`        <viz:color${xmlAttributes({ ...color })}/>`] : []),
      `        <viz:thickness${xmlAttributes({ value: edgeWidth(view.evidence.length) })}/>`,
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function typeColors(
  graph: ActorGraph,
  overrides: ReadonlyMap<string, string> | undefined,
): Map<string, Rgba> {
  return new Map(
    encodeTypes(graph.getAttribute('relationTypes'), overrides).map((e) => [
      e.typeId,
      parseColor(e.color, `options.typeColors.${e.typeId}`),
    ]),
  );
}

// Attribute ids carry the class so they never meet Gephi's own columns (id, label, weight); the
// title is the name every reader shows, the same as GraphML's attr.name.
function declare(
  kind: 'node' | 'edge',
  prefix: string,
  columns: readonly Pick<Column<unknown>, 'name' | 'type'>[],
): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute${xmlAttributes({ id: `${prefix}_${c.name}`, title: c.name, type: c.type })}/>`,
    ),
    '    </attributes>',
  ];
}

/** The attvalues of an element: its own columns, then the alliance columns (keyed differently). */
function values<T, U>(
  prefix: string,
  columns: readonly Column<T>[],
  item: T,
  extra: readonly Column<U>[],
  extraItem: U,
): string[] {
  const attvalue = (name: string, value: ColumnValue): string[] =>
    value === undefined
      ? []
      : [`          <attvalue${xmlAttributes({ for: `${prefix}_${name}`, value: String(value) })}/>`];
  const present = [
    ...columns.flatMap((c) => attvalue(c.name, c.value(item))),
    ...extra.flatMap((c) => attvalue(c.name, c.value(extraItem))),
  ];
  return present.length === 0 ? [] : ['        <attvalues>', ...present, '        </attvalues>'];
}
