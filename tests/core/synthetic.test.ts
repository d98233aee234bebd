import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { validateDataset } from '../../src/validate/index.ts';

describe('generateDataset', () => {
  it('is reproducible from its seed', () => {
    expect(JSON.stringify(generateDataset({ actors: 300, seed: 4 }))).toBe(
      JSON.stringify(generateDataset({ actors: 300, seed: 4 })),
    );
    expect(JSON.stringify(generateDataset({ actors: 300, seed: 5 }))).not.toBe(
      JSON.stringify(generateDataset({ actors: 300, seed: 4 })),
    );
  });

  it('makes m = 1.5n relations that pass validation, quotes and all', async () => {
    for (const shape of ['random', 'clustered'] as const) {
      const dataset = generateDataset({ actors: 400, shape });
      expect(dataset.relations).toHaveLength(600);
      const { problems } = await validateDataset(JSON.stringify(dataset), { file: `${shape}.json` });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('keeps most clustered relations inside a cluster', () => {
    const dataset = generateDataset({ actors: 400, shape: 'clustered' });
    const clusters = Math.round(Math.sqrt(400) / 2);
    const inside = dataset.relations.filter(
      (r) => Number(r.from.slice(1)) % clusters === Number(r.to.slice(1)) % clusters,
    );
    expect(inside.length / dataset.relations.length).toBeGreaterThan(0.75);
  });
});
