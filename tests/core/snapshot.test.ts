import { describe, expect, it } from 'vitest';
import { parseViewSnapshot } from '../../src/view/read-snapshot.ts';
import { serializeViewSnapshot, type ViewSnapshot } from '../../src/view/snapshot.ts';
import { viewFromFragment, viewToFragment } from '../../src/view/fragment.ts';

const snapshot: ViewSnapshot = {
  kind: 'actor-graph-view',
  formatVersion: 1,
  dataset: 'putins-delicate-dance',
  positions: new Map([
    ['RUS', { x: 10.123, y: -20 }],
    ['IRN', { x: 0, y: 5.5 }],
  ]),
  filter: { hiddenTypes: new Set(['treaty', 'alignment']), hiddenStatuses: new Set(['analysis']) },
  selection: { kind: 'relation', id: 'rus-isr-condemnation' },
  viewport: { zoom: 1.25, center: { x: 3, y: 4 } },
};

describe('view snapshots', () => {
  it('round-trip through JSON text', async () => {
    const text = serializeViewSnapshot(snapshot);
    const { snapshot: back, problems } = await parseViewSnapshot(text, 'view.json');
    expect(problems).toEqual([]);
    expect(back?.positions.get('RUS')).toEqual({ x: 10.12, y: -20 });
    expect([...(back?.filter.hiddenTypes ?? [])]).toEqual(['alignment', 'treaty']);
    expect(back?.selection).toEqual(snapshot.selection);
    expect(back?.viewport).toEqual(snapshot.viewport);
    expect(serializeViewSnapshot(back!)).toBe(text);
  });

  it('round-trip through a URL fragment', async () => {
    const fragment = viewToFragment(snapshot);
    expect(fragment).toMatch(/^view=[A-Za-z0-9_-]+$/);
    const result = await viewFromFragment(`#${fragment}&other=1`);
    expect(result?.problems).toEqual([]);
    expect(result?.snapshot?.selection).toEqual(snapshot.selection);
    expect(await viewFromFragment('#nothing=here')).toBeUndefined();
  });

  it('reports damaged links and bad fields with their path and line', async () => {
    expect((await viewFromFragment('#view=%%%'))?.problems[0]?.code).toBe('not-json');
    const text =
      '{\n  "kind": "actor-graph-view",\n  "formatVersion": 1,\n  "positions": { "RUS": [1, "a"] },\n  "hiddenStatuses": ["rumour"]\n}';
    const { snapshot: none, problems } = await parseViewSnapshot(text, 'view.json');
    expect(none).toBeUndefined();
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['schema', '$.positions.RUS', 4],
      ['schema', '$.hiddenStatuses[0]', 5],
    ]);
  });

  it('keeps hostile actor ids out of prototypes', async () => {
    const { problems } = await parseViewSnapshot(
      '{"kind":"actor-graph-view","formatVersion":1,"positions":{"__proto__":[1,2]}}',
      'v.json',
    );
    expect(problems.map((p) => p.path)).toEqual(['$.positions.__proto__']);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('0');
  });
});
