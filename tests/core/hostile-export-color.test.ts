/**
 * Issue #12, case 13: a translucent theme colour (`rgba(...)`, as the widget reads any colour through
 * Canvas 2D) made the GEXF export fail. GEXF has alpha, so the colour is written with it, and an
 * independent reader (networkx's expat, the viz namespace read by hand) gets it back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { EXPORT_ERROR_CODES, parseColor, writeGexf } from '../../src/export/index.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const type = seed.relationTypes[0]!.id;
const relation = seed.relations.find((r) => r.type === type)!.id;
let files: TempFiles;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

describe('theme colours with alpha in GEXF', () => {
  it.each([
    ['rgba(0, 114, 178, 0.5)', { r: 0, g: 114, b: 178, a: 0.5 }],
    ['rgb(0 114 178 / 25%)', { r: 0, g: 114, b: 178, a: 0.25 }],
    ['#0072b280', { r: 0, g: 114, b: 178, a: 0.502 }],
    ['#07bc', { r: 0, g: 119, b: 187, a: 0.8 }],
  ])('writes %s with its alpha, and networkx reads the file', async (color, expected) => {
    const text = writeGexf(graph, { typeColors: new Map([[type, color]]) });
    const read = readBack<{ edge_colors: Record<string, unknown>; edge_count: number }>(
      'read_graph.py',
      'gexf',
      await files.write('alpha.gexf', text),
    );
    expect(read.edge_count).toBe(seed.relations.length);
    expect(read.edge_colors[relation]).toEqual(expected);
  });

  it('keeps opaque colours as they were: no alpha attribute', () => {
    for (const color of ['rgba(0, 114, 178, 1)', 'rgb(0, 114, 178)', '#0072B2', '#0072b2ff']) {
      expect(parseColor(color, 'x')).toEqual({ r: 0, g: 114, b: 178 });
    }
    expect(writeGexf(graph, { typeColors: new Map([[type, 'rgba(0, 114, 178, 1)']]) })).toContain(
      '<viz:color r="0" g="114" b="178"/>',
    );
  });

  it('refuses what is not a colour it can read, naming the option', () => {
    for (const color of ['red', 'rgba(0, 0, 0)x', 'rgb(0, 0)', 'hsl(0 0% 0%)', '#12345']) {
      expect(() => writeGexf(graph, { typeColors: new Map([[type, color]]) })).toThrow(
        expect.objectContaining({
          code: EXPORT_ERROR_CODES.invalidColor,
          path: `options.typeColors.${type}`,
        }),
      );
    }
  });
});
