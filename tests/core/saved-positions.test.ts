/**
 * Saved positions: `actor-graph layout` and `export --format json --with-positions` write them, the
 * validator checks them, and a dataset that carries them is placed with no layout run, exactly as
 * saved (the widget's pipeline, the CLI's pictures). Bad ones are an error with a place, or are left
 * unused with a warning: never a broken drawing.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { layoutGraph } from '../../src/layout/layout-plan.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { loadPipeline, type PipelineProgress } from '../../src/pipeline/load-pipeline.ts';
import { validateDataset } from '../../src/validate/index.ts';
import { smallDataset } from './small-dataset.ts';

const SEED = 'putins-delicate-dance.json';
let dir: string;
const at = (name: string): string => path.join(dir, name);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (data) => void (out += typeof data === 'string' ? data : Buffer.from(data).toString('utf8')),
    err: (text) => void (err += text),
  });
  return { code, out, err };
}

/** Every step of the pipeline, and its result. */
async function load(dataset: Dataset, savedPositions?: Map<string, { x: number; y: number }>) {
  const steps: PipelineProgress[] = [];
  const pipeline = loadPipeline(JSON.stringify(dataset, null, 2), {
    file: 'x.json',
    ...(savedPositions ? { savedPositions } : {}),
  });
  let step = await pipeline.next();
  while (!step.done) {
    steps.push(step.value);
    step = await pipeline.next();
  }
  return { steps, result: step.value };
}

/** Actors on a circle: no layout would put them there. */
function onACircle(dataset: Dataset): Dataset {
  const n = dataset.actors.length;
  return {
    ...dataset,
    actors: dataset.actors.map((actor, i) => ({
      ...actor,
      position: {
        x: Math.round(300 * Math.cos((2 * Math.PI * i) / n)),
        y: Math.round(300 * Math.sin((2 * Math.PI * i) / n)),
      },
    })),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-positions-'));
  await cp(path.resolve('graph-data'), dir, { recursive: true });
});

describe('actor-graph layout', () => {
  it('saves the layout the widget computes as every actor’s position, and the result validates', async () => {
    const { code, err } = await cli('layout', at(SEED), '--out', at('placed.json'));
    expect(err).toContain('✓ wrote');
    expect(code).toBe(0);
    const placed = JSON.parse(await readFile(at('placed.json'), 'utf8')) as Dataset;
    const seed = JSON.parse(await readFile(at(SEED), 'utf8')) as Dataset;
    const layout = layoutGraph(buildGraph(seed));
    for (const actor of placed.actors) expect(actor.position).toEqual(layout.get(actor.id));
    // Nothing else changed.
    expect({ ...placed, actors: placed.actors.map(({ position: _, ...rest }) => rest) }).toEqual(seed);
    const checked = await validateDataset(await readFile(at('placed.json')), {
      file: 'placed.json',
      resolveSource: (file) => readFile(at(file)),
    });
    expect(checked.problems).toEqual([]);
  });

  it('never replaces a file without --force, and needs --out', async () => {
    await writeFile(at('taken.json'), 'mine');
    const refused = await cli('layout', at(SEED), '--out', at('taken.json'));
    expect(refused.code).toBe(1);
    expect(await readFile(at('taken.json'), 'utf8')).toBe('mine');
    expect((await cli('layout', at(SEED))).code).toBe(2);
    expect((await cli('layout', at(SEED), '--out', at('taken.json'), '--force')).code).toBe(0);
  });

  it('takes a view’s positions, and computes those of the actors it does not place', async () => {
    const view = {
      kind: 'actor-graph-view',
      formatVersion: 1,
      positions: { RUS: [1000, 2000] },
      hiddenTypes: [],
      hiddenStatuses: [],
      selection: null,
    };
    await writeFile(at('view.json'), JSON.stringify(view));
    expect((await cli('layout', at(SEED), '--view', at('view.json'), '--out', at('viewed.json'))).code).toBe(
      0,
    );
    const placed = JSON.parse(await readFile(at('viewed.json'), 'utf8')) as Dataset;
    expect(placed.actors.find((a) => a.id === 'RUS')?.position).toEqual({ x: 1000, y: 2000 });
    expect(placed.actors.every((a) => a.position !== undefined)).toBe(true);
  });

  it('writes the same with export --format json --with-positions, which is for json only', async () => {
    const exported = await cli('export', at(SEED), '--format', 'json', '--with-positions', '--out', '-');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toEqual(JSON.parse(await readFile(at('placed.json'), 'utf8')));
    expect((await cli('export', at(SEED), '--format', 'csv', '--with-positions', '--out', '-')).code).toBe(2);
  });
});

describe('a dataset with saved positions', () => {
  it('is placed exactly there, with no layout step', async () => {
    const circle = onACircle(smallDataset());
    const { steps, result } = await load(circle);
    expect(result.problems).toEqual([]);
    expect(steps.filter((s) => s.stage === 'layout')).toEqual([]);
    expect(Object.fromEntries(result.positions!)).toEqual(
      Object.fromEntries(circle.actors.map((a) => [a.id, a.position])),
    );
  });

  it('takes a saved view’s positions over its own', async () => {
    const { steps, result } = await load(onACircle(smallDataset()), new Map([['A', { x: 7, y: 8 }]]));
    expect(steps.filter((s) => s.stage === 'layout')).toEqual([]);
    expect(result.positions!.get('A')).toEqual({ x: 7, y: 8 });
    expect(result.positions!.size).toBe(3);
  });

  it('is drawn by export from them: the same picture as from the layout they were saved from', async () => {
    expect((await cli('export', at('placed.json'), '--format', 'svg', '--out', at('saved.svg'))).code).toBe(
      0,
    );
    expect((await cli('export', at(SEED), '--format', 'svg', '--out', at('computed.svg'))).code).toBe(0);
    expect(await readFile(at('saved.svg'), 'utf8')).toBe(await readFile(at('computed.svg'), 'utf8'));
  });
});

describe('bad saved positions', () => {
  const codes = (problems: readonly { code: string; severity: string; path: string }[]) =>
    problems.map((p) => [p.severity, p.code, p.path]);

  it('out of range, or not numbers, are errors at their place', async () => {
    const far = onACircle(smallDataset());
    far.actors[1]!.position = { x: 1e308, y: 0 };
    const { result } = await load(far);
    expect(codes(result.problems)).toEqual([['error', 'schema', '$.actors[1].position.x']]);
    expect(result.dataset).toBeUndefined();
    // NaN and Infinity reach JSON as null.
    const nan = onACircle(smallDataset());
    nan.actors[0]!.position = { x: Number.NaN, y: Number.POSITIVE_INFINITY };
    const text = await load(nan);
    expect(codes(text.result.problems).map(([, code, place]) => [code, place])).toEqual([
      ['schema', '$.actors[0].position.x'],
      ['schema', '$.actors[0].position.y'],
    ]);
  });

  it('missing for some actors: a warning, and the layout is computed for all', async () => {
    const partial = onACircle(smallDataset());
    delete partial.actors[2]!.position;
    const { result } = await load(partial);
    expect(codes(result.problems)).toEqual([['warning', 'positions-incomplete', '$.actors[2]']]);
    expect(result.problems[0]!.message).toContain('"G"');
    expect(result.positions).toEqual(layoutGraph(buildGraph(smallDataset())));
  });

  it('all on one point: a warning, and the layout is computed', async () => {
    const collapsed = smallDataset();
    collapsed.actors = collapsed.actors.map((a) => ({ ...a, position: { x: 5, y: 5 } }));
    const { result } = await load(collapsed);
    expect(codes(result.problems)).toEqual([['warning', 'positions-coincide', '$.actors[0].position']]);
    expect(result.positions).toEqual(layoutGraph(buildGraph(smallDataset())));
  });
});
