/**
 * GraphML, read back by networkx 2.8.8 (and expat): the seed graph with its layout, evidence and
 * parallel relations; the mixed form networkx refuses; a filtered export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { EXPORT_ERROR_CODES, QUOTE_SEPARATOR, writeGraphml } from '../../src/export/index.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

interface ReadGraph {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown>>;
  node_count: number;
  edge_count: number;
}

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const positions = computeLayout(graph);
let files: TempFiles;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

describe('writeGraphml, read by networkx', () => {
  let read: ReadGraph;
  beforeAll(async () => {
    read = readBack<ReadGraph>(
      'read_graph.py',
      'graphml',
      await files.write('seed.graphml', writeGraphml(graph, { positions })),
    );
  });

  it('has every actor and every relation, parallel ones kept apart by relation id', () => {
    expect(read.node_count).toBe(seed.actors.length);
    expect(read.edge_count).toBe(seed.relations.length);
    expect(read.directed).toBe(true);
    expect(Object.keys(read.edges).sort()).toEqual(seed.relations.map((r) => r.id).sort());
  });

  it('carries each relation: ends, type, status, direction and every quote', () => {
    for (const relation of seed.relations) {
      const type = seed.relationTypes.find((t) => t.id === relation.type)!;
      expect(read.edges[relation.id]).toMatchObject({
        source: relation.from,
        target: relation.to,
        key: relation.id,
        type: relation.type,
        type_label: type.label,
        polarity: type.polarity,
        status: relation.status,
        directed: relation.directed,
        summary: relation.summary,
        evidence_count: relation.evidence.length,
        quotes: relation.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR),
      });
      expect(JSON.parse(read.edges[relation.id]!.evidence as string)).toEqual(relation.evidence);
    }
  });

  it('carries each actor with its label and our positions', () => {
    for (const actor of seed.actors) {
      const node = read.nodes[actor.id]!;
      expect(node.label).toBe(actor.name);
      expect(node.kind).toBe(actor.kind);
      expect(node.x).toBeCloseTo(positions.get(actor.id)!.x, 6);
      // Gephi's y axis points up: the screen's y, negated, so the graph is not upside down there.
      expect(node.y).toBeCloseTo(-positions.get(actor.id)!.y, 6);
    }
    expect(read.nodes.RUS!.aliases).toBe('Moscow; the Kremlin; Russian');
    expect(read.nodes.RUS!.representatives).toMatch(/^Vladimir Putin \(President of Russia\); /);
  });

  it('carries the title and the sources', () => {
    expect(read.graph.title).toBe(seed.title);
    expect(read.graph.dataset_id).toBe(seed.id);
    expect(read.graph.source_titles).toBe(seed.sources[0]!.title);
  });
});

describe('writeGraphml options', () => {
  it('writes no x and y keys without positions', async () => {
    const read = readBack<ReadGraph>(
      'read_graph.py',
      'graphml',
      await files.write('plain.graphml', writeGraphml(graph)),
    );
    expect(read.nodes.RUS).not.toHaveProperty('x');
  });

  it('exports only the chosen relations, keeping every actor', async () => {
    const chosen = [seed.relations[3]!.id, seed.relations[0]!.id];
    const text = writeGraphml(graph, { relationIds: chosen });
    const read = readBack<ReadGraph>('read_graph.py', 'graphml', await files.write('some.graphml', text));
    expect(Object.keys(read.edges).sort()).toEqual([...chosen].sort());
    expect(read.node_count).toBe(seed.actors.length);
  });

  it('rejects a relation id the graph does not have', () => {
    expect(() => writeGraphml(graph, { relationIds: ['nope'] })).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.unknownRelation, path: 'options.relationIds[0]' }),
    );
  });

  // Why `mixed` is off by default: this is networkx refusing the representation GraphML allows.
  it('mixed: marks mutual relations directed="false", well-formed, but networkx refuses it', async () => {
    const text = writeGraphml(graph, { mixed: true });
    const path = await files.write('mixed.graphml', text);
    expect(text.match(/directed="false"/g)).toHaveLength(seed.relations.filter((r) => !r.directed).length);
    expect(readBack('read_graph.py', 'xml', path)).toEqual({
      root: 'graphml',
      namespace: 'http://graphml.graphdrawing.org/xmlns',
    });
    expect(() => readBack('read_graph.py', 'graphml', path)).toThrow(
      /directed=false edge found in directed graph/,
    );
  });
});
