/**
 * Pair scores and camps in the data exports, read back by independent readers (networkx for GraphML
 * and GEXF, Python's csv for CSV), and checked against the analysis itself.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAlliances, analyzeSplit } from '../../src/alliance/index.ts';
import { writeCsv, writeGexf, writeGraphml } from '../../src/export/index.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

interface ReadGraph {
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown>>;
}
interface ReadCsv {
  header: string[];
  rows: Record<string, string>[];
}

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const analysis = analyzeAlliances(graph);
const campOf = (actor: string) => (analysis.camps.camps[0].includes(actor) ? 'A' : 'B');
const pairOf = (relation: string) =>
  analysis.pairs.find((p) =>
    [...p.relations.positive, ...p.relations.negative, ...p.relations.neutral].includes(relation),
  )!;
const weightOf = (relation: string) => analysis.weights.relations.find((r) => r.id === relation)!.weight;
const against = (relation: string) =>
  analysis.camps.frustration.pairs.some((p) => p.actors.join() === pairOf(relation).actors.join());

let files: TempFiles;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

describe.each(['graphml', 'gexf'] as const)('%s carries camps and pair scores (networkx)', (format) => {
  let read: ReadGraph;
  beforeAll(async () => {
    const text = format === 'graphml' ? writeGraphml(graph) : writeGexf(graph);
    read = readBack<ReadGraph>('read_graph.py', format, await files.write(`seed.${format}`, text));
  });

  it('gives every actor its camp and its allied and hostile ties', () => {
    for (const standing of analysis.actors) {
      expect(read.nodes[standing.actor]).toMatchObject({
        camp: campOf(standing.actor),
        positive_ties: standing.positiveDegree,
        negative_ties: standing.negativeDegree,
      });
    }
    expect(read.nodes['IRN']!.camp).not.toBe(read.nodes['ISR']!.camp);
  });

  it("gives every relation its signed weight and its pair's net score", () => {
    for (const relation of seed.relations) {
      const pair = pairOf(relation.id);
      expect(read.edges[relation.id]).toMatchObject({
        signed_weight: weightOf(relation.id),
        pair_score: pair.score,
        pair_sign: pair.sign,
        against_camps: against(relation.id),
      });
    }
    expect(read.edges['rus-isr-mediation-offer']!.against_camps).toBe(true);
  });

  if (format === 'graphml')
    it('says how the camps were found and how strained they are', () => {
      expect(read.graph).toMatchObject({
        camps_method: 'exact',
        frustration_count: analysis.camps.frustration.count,
        frustration_weight: analysis.camps.frustration.weight,
      });
    });
});

describe('CSV carries camps and pair scores (Python csv)', () => {
  it('has the weight, the pair score and sign, and both camps on every quote row', async () => {
    const read = readBack<ReadCsv>('read_csv.py', await files.write('seed.csv', writeCsv(graph)));
    expect(read.header.slice(-6)).toEqual([
      'signed_weight',
      'pair_score',
      'pair_sign',
      'against_camps',
      'from_camp',
      'to_camp',
    ]);
    for (const row of read.rows) {
      const relation = seed.relations.find((r) => r.id === row['relation_id'])!;
      const pair = pairOf(relation.id);
      expect(row).toMatchObject({
        signed_weight: String(weightOf(relation.id)),
        pair_score: String(pair.score),
        pair_sign: String(pair.sign),
        against_camps: String(against(relation.id)),
        from_camp: campOf(relation.from),
        to_camp: campOf(relation.to),
      });
    }
  });
});

describe('what the exports analyse', () => {
  it('a filtered export analyses only the relations it holds', async () => {
    const reported = seed.relations.filter((r) => r.status === 'reported').map((r) => r.id);
    const read = readBack<ReadGraph>(
      'read_graph.py',
      'graphml',
      await files.write('reported.graphml', writeGraphml(graph, { relationIds: reported })),
    );
    const split = analyzeSplit(graph, { relationIds: reported });
    for (const id of reported) {
      const pair = split.pairs.find(
        (p) => p.relations.positive.includes(id) || p.relations.negative.includes(id),
      );
      if (pair) expect(read.edges[id]!.pair_score).toBe(pair.score);
    }
    // Saudi Arabia's only hostile ties were analysis: in the reported-only export it has none.
    expect(read.nodes['SAU']!.negative_ties).toBe(0);
  });

  it('the caller can pass the analysis it has, or leave the columns out', async () => {
    const given = writeGraphml(graph, { alliance: analysis });
    expect(given).toBe(writeGraphml(graph));
    const without = readBack<ReadGraph>(
      'read_graph.py',
      'gexf',
      await files.write('plain.gexf', writeGexf(graph, { alliance: false })),
    );
    expect(without.nodes['RUS']).not.toHaveProperty('camp');
    expect(without.edges['rus-irn-treaty']).not.toHaveProperty('pair_score');
    const csv = readBack<ReadCsv & { widths: number[] }>(
      'read_csv.py',
      await files.write('plain.csv', writeCsv(graph, { alliance: false })),
    );
    expect(csv.widths).toEqual([csv.header.length]);
    expect(csv.rows.every((row) => row['pair_score'] === '' && row['from_camp'] === '')).toBe(true);
  });
});
