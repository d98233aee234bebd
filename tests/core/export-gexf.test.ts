/**
 * GEXF, read back by networkx 2.8.8 (and expat): the seed graph with positions, sizes, type colours
 * and evidence; why 1.2draft is the default; the mixed form Gephi reads and networkx refuses.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import { NODE_SIZE } from '../../src/picture/node-glyphs.ts';
import { EXPORT_ERROR_CODES, GEXF_NAMESPACES, QUOTE_SEPARATOR, writeGexf } from '../../src/export/index.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

interface Viz {
  position?: { x: number; y: number; z: number };
  size?: number;
}
interface ReadGexf {
  directed: boolean;
  nodes: Record<string, Record<string, unknown> & { viz?: Viz }>;
  edges: Record<string, Record<string, unknown>>;
  node_count: number;
  edge_count: number;
  edge_colors: Record<string, { r: number; g: number; b: number }>;
}

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const positions = computeLayout(graph);
let files: TempFiles;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

describe('writeGexf, read by networkx', () => {
  let read: ReadGexf;
  let text: string;
  beforeAll(async () => {
    text = writeGexf(graph, { positions });
    read = readBack<ReadGexf>('read_graph.py', 'gexf', await files.write('seed.gexf', text));
  });

  it('uses the GEXF 1.2draft namespaces, viz included', () => {
    expect(text).toContain(`xmlns="${GEXF_NAMESPACES['1.2draft'].gexf}"`);
    expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(text).toMatch(/<graph mode="static" defaultedgetype="directed">/);
  });

  it('has every actor and every relation, keyed by relation id', () => {
    expect(read.node_count).toBe(seed.actors.length);
    expect(read.edge_count).toBe(seed.relations.length);
    expect(Object.keys(read.edges).sort()).toEqual(seed.relations.map((r) => r.id).sort());
  });

  it('carries each relation: ends, label, type, status, direction and every quote', () => {
    for (const relation of seed.relations) {
      const type = seed.relationTypes.find((t) => t.id === relation.type)!;
      expect(read.edges[relation.id]).toMatchObject({
        source: relation.from,
        target: relation.to,
        label: type.label,
        type: relation.type,
        type_label: type.label,
        status: relation.status,
        directed: relation.directed,
        evidence_count: relation.evidence.length,
        quotes: relation.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR),
      });
      expect(JSON.parse(read.edges[relation.id]!.evidence as string)).toEqual(relation.evidence);
    }
  });

  it('puts our positions and the node size in viz', () => {
    for (const actor of seed.actors) {
      const node = read.nodes[actor.id]!;
      expect(node.label).toBe(actor.name);
      expect(node.viz?.position?.x).toBeCloseTo(positions.get(actor.id)!.x, 6);
      // Gephi's y axis points up: the screen's y, negated, so the graph is not upside down there.
      expect(node.viz?.position?.y).toBeCloseTo(-positions.get(actor.id)!.y, 6);
      expect(node.viz?.position?.z).toBe(0);
      expect(node.viz?.size).toBe(NODE_SIZE);
    }
  });

  it('colours each edge with its type colour', () => {
    const colors = new Map(encodeTypes(seed.relationTypes).map((e) => [e.typeId, e.color]));
    for (const relation of seed.relations) {
      const { r, g, b } = read.edge_colors[relation.id]!;
      const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      expect(hex.toUpperCase()).toBe(colors.get(relation.type)!.toUpperCase());
    }
  });
});

describe('writeGexf options', () => {
  it('takes theme colours and rejects one that is not hex or rgb()', () => {
    const typeId = seed.relationTypes[0]!.id;
    expect(writeGexf(graph, { typeColors: new Map([[typeId, '#0a0']]) })).toContain(
      '<viz:color r="0" g="170" b="0"/>',
    );
    expect(() => writeGexf(graph, { typeColors: new Map([[typeId, 'oklch(0.5 0.1 200)']]) })).toThrow(
      expect.objectContaining({
        code: EXPORT_ERROR_CODES.invalidColor,
        path: `options.typeColors.${typeId}`,
      }),
    );
  });

  it('exports only the chosen relations, keeping every actor', async () => {
    const chosen = [seed.relations[5]!.id];
    const path = await files.write('some.gexf', writeGexf(graph, { relationIds: chosen }));
    const read = readBack<ReadGexf>('read_graph.py', 'gexf', path);
    expect(Object.keys(read.edges)).toEqual(chosen);
    expect(read.node_count).toBe(seed.actors.length);
  });

  // Why 1.2draft is the default: networkx 2.8.8 knows no 1.3 namespace.
  it('version 1.3: the gexf.net/1.3 namespaces, well-formed, but networkx 2.8.8 finds no graph', async () => {
    const text = writeGexf(graph, { version: '1.3', positions });
    const path = await files.write('v13.gexf', text);
    expect(text).toContain('xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"');
    expect(readBack('read_graph.py', 'xml', path)).toEqual({
      root: 'gexf',
      namespace: 'http://gexf.net/1.3',
    });
    expect(() => readBack('read_graph.py', 'gexf', path)).toThrow(/No <graph> element/);
  });

  // Why `mixed` is off by default: Gephi reads per-edge types, networkx refuses them.
  it('mixed: marks mutual relations type="undirected", but networkx refuses it', async () => {
    const text = writeGexf(graph, { mixed: true });
    expect(text.match(/ type="undirected"/g)).toHaveLength(seed.relations.filter((r) => !r.directed).length);
    const path = await files.write('mixed.gexf', text);
    expect(() => readBack('read_graph.py', 'gexf', path)).toThrow(/Undirected edge found in directed graph/);
  });

  it('rejects an unknown version', () => {
    expect(() => writeGexf(graph, { version: '1.1draft' as never })).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.invalidOption }),
    );
  });
});
