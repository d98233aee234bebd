/**
 * GraphML (http://graphml.graphdrawing.org/) for networkx, yEd, Gephi and igraph: every actor and
 * relation with its evidence, positions when given (y up, as Gephi reads them: see `upright`).
 *
 * Mutual relations: GraphML can mark single edges `directed="false"` in a directed graph, but
 * networkx (2.8.8, `read_graphml`) raises "directed=false edge found in directed graph" on such a
 * file. So by default every edge is written from → to under `edgedefault="directed"` and the
 * `directed` data column says which relations are mutual; `mixed: true` writes the GraphML
 * attribute as well, for tools that read mixed graphs (Gephi, yEd).
 *
 * Parallel relations: each edge has `id` = relation id. networkx keeps them apart only as a
 * multigraph, which it builds by itself only when it sees two edges with the same ends in the same
 * direction; `nx.read_graphml(path, force_multigraph=True, edge_key_type=str)` always keys edges by
 * relation id.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { describeRelation } from '../graph/describe.ts';
import type { Positions } from '../geometry/point.ts';
import {
  ACTOR_COLUMNS,
  LIST_SEPARATOR,
  RELATION_COLUMNS,
  type Column,
  type ColumnType,
  type ColumnValue,
} from './columns.ts';
import { allianceColumns, type AllianceExportOption } from './alliance-columns.ts';
import { selectRelations } from './select.ts';
import { upright } from './upright.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

export interface GraphmlOptions {
  /** Actor positions (`computeLayout`), written as `x` and `y`; actors without one get none. */
  readonly positions: Positions | undefined;
  /** Only these relations (what the filters show); every actor is kept. Undefined: all. */
  readonly relationIds: Iterable<string> | undefined;
  /** Also mark mutual relations `directed="false"`. networkx cannot read the result. */
  readonly mixed: boolean;
  /** Camps and pair scores (see `alliance-columns.ts`): computed when undefined, left out when false. */
  readonly alliance: AllianceExportOption;
}

export const DEFAULT_GRAPHML_OPTIONS: GraphmlOptions = Object.freeze({
  positions: undefined,
  relationIds: undefined,
  mixed: false,
  alliance: undefined,
});

const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = Object.freeze({
  string: 'string',
  integer: 'int',
  boolean: 'boolean',
  double: 'double',
});

interface Key {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly name: string;
  readonly type: ColumnType;
}

// Key ids are unique across the document, so they carry the element kind; names are what readers see.
const keyOf = (prefix: 'g' | 'n' | 'e', name: string, type: Key['type']): Key => ({
  id: `${prefix}_${name}`,
  for: prefix === 'g' ? 'graph' : prefix === 'n' ? 'node' : 'edge',
  name,
  type,
});

export function writeGraphml(graph: ActorGraph, options: Partial<GraphmlOptions> = {}): string {
  const { positions, relationIds, mixed, alliance }: GraphmlOptions = {
    ...DEFAULT_GRAPHML_OPTIONS,
    ...options,
  };
  const edges = selectRelations(graph, relationIds);
  const signed = allianceColumns(graph, edges, alliance);
  const keys: Key[] = [
    keyOf('g', 'dataset_id', 'string'),
    keyOf('g', 'title', 'string'),
    keyOf('g', 'source_titles', 'string'),
    ...(signed
      ? [
          keyOf('g', 'camps_method', 'string'),
          keyOf('g', 'frustration_count', 'integer'),
          keyOf('g', 'frustration_weight', 'double'),
        ]
      : []),
    keyOf('n', 'label', 'string'),
    ...ACTOR_COLUMNS.map((c) => keyOf('n', c.name, c.type)),
    ...(signed?.actors ?? []).map((c) => keyOf('n', c.name, c.type)),
    ...(positions ? [keyOf('n', 'x', 'double'), keyOf('n', 'y', 'double')] : []),
    keyOf('e', 'id', 'string'),
    ...RELATION_COLUMNS.map((c) => keyOf('e', c.name, c.type)),
    ...(signed?.relations ?? []).map((c) => keyOf('e', c.name, c.type)),
  ];
  const { id, title, sources } = graph.getAttributes();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (k) =>
        `  <key${xmlAttributes({ id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': GRAPHML_TYPES[k.type] })}/>`,
    ),
    `  <graph${xmlAttributes({ id, edgedefault: 'directed' })}>`,
    data('g_dataset_id', id, '    '),
    data('g_title', title, '    '),
    data('g_source_titles', sources.map((s) => s.title).join(LIST_SEPARATOR), '    '),
    ...(signed
      ? [
          data('g_camps_method', signed.split.camps.method, '    '),
          data('g_frustration_count', signed.split.camps.frustration.count, '    '),
          data('g_frustration_weight', signed.split.camps.frustration.weight, '    '),
        ]
      : []),
  ];
  graph.forEachNode((node, actor) => {
    const point = positions?.get(node);
    lines.push(
      `    <node${xmlAttributes({ id: node })}>`,
      data('n_label', actor.name),
      ...columnData('n', ACTOR_COLUMNS, actor),
      ...columnData('n', signed?.actors ?? [], node),
      // A non-finite coordinate has no xs:double form that every reader accepts; leave it out.
      ...(point && Number.isFinite(point.x) && Number.isFinite(point.y)
        ? [data('n_x', upright(point).x), data('n_y', upright(point).y)]
        : []),
      '    </node>',
    );
  });
  for (const edge of edges) {
    const view = describeRelation(graph, edge);
    const directed = mixed && !view.directed ? 'false' : undefined;
    lines.push(
      `    <edge${xmlAttributes({ id: edge, source: view.fromId, target: view.toId, directed })}>`,
      data('e_id', edge),
      ...columnData('e', RELATION_COLUMNS, view),
      ...columnData('e', signed?.relations ?? [], view),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function columnData<T>(prefix: 'n' | 'e', columns: readonly Column<T>[], item: T): string[] {
  return columns.flatMap((c) => {
    const value: ColumnValue = c.value(item);
    return value === undefined ? [] : [data(`${prefix}_${c.name}`, value)];
  });
}

function data(key: string, value: string | number | boolean, indent = '      '): string {
  return `${indent}<data${xmlAttributes({ key })}>${escapeXmlText(String(value))}</data>`;
}
