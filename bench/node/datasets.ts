/**
 * The synthetic datasets of the scale suite, written as files the pages fetch, with the positions
 * the core's size-dependent layout (`layoutGraph`) gives them, for the bare baseline to draw as
 * preset positions. Seeded, so every run serves the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { chooseLayoutStrategy, layoutGraph, type LayoutStrategy } from '../../src/layout/layout-plan.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import type { Shape } from '../options.ts';
import { DATA } from '../paths.ts';

export const SEED = 1;

export interface ScaleDataset {
  readonly shape: Shape;
  readonly size: number;
  readonly relations: number;
  readonly bytes: number;
  /** URL paths under the bench server's /data/ mount. */
  readonly url: string;
  readonly positionsUrl: string;
  readonly strategy: LayoutStrategy;
  /** `layoutGraph` in Node, once: the layout the widget runs for this size, for reference. */
  readonly nodeLayoutMs: number;
}

/** `positions: false` skips the layout (a widget-only run does not need it): `nodeLayoutMs` is then NaN. */
export function prepareDataset(
  shape: Shape,
  size: number,
  { positions: withPositions = true } = {},
): ScaleDataset {
  mkdirSync(DATA, { recursive: true });
  const dataset = generateDataset({ actors: size, ratio: 1.5, shape, seed: SEED });
  const name = `synthetic-${shape}-${size}`;
  const text = JSON.stringify(dataset);
  writeFileSync(join(DATA, `${name}.json`), text);
  let nodeLayoutMs = Number.NaN;
  if (withPositions) {
    const graph = buildGraph(dataset);
    const started = performance.now();
    const positions = layoutGraph(graph);
    nodeLayoutMs = performance.now() - started;
    const table = Object.fromEntries([...positions].map(([id, p]) => [id, [p.x, p.y]]));
    writeFileSync(join(DATA, `${name}.positions.json`), JSON.stringify(table));
  }
  return {
    shape,
    size,
    relations: dataset.relations.length,
    bytes: Buffer.byteLength(text),
    url: `/data/${name}.json`,
    positionsUrl: `/data/${name}.positions.json`,
    strategy: chooseLayoutStrategy(size),
    nodeLayoutMs,
  };
}
