/**
 * The seed with its positions saved beforehand, as an author would publish it: in a saved view
 * (`view="…"`, every actor placed). The positions are the layout the widget would compute
 * (`layoutGraph`), so the picture is the same and only the work differs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { layoutGraph } from '../../src/layout/layout-plan.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { NO_FILTER } from '../../src/view/filters.ts';
import { serializeViewSnapshot } from '../../src/view/snapshot.ts';
import { DATA, ROOT } from '../paths.ts';

export interface SeedPositions {
  /** URL path of a view snapshot that places every actor (under the bench server's /data/). */
  readonly viewUrl: string;
}

export function prepareSeedPositions(): SeedPositions {
  mkdirSync(DATA, { recursive: true });
  const dataset = JSON.parse(
    readFileSync(join(ROOT, 'graph-data/putins-delicate-dance.json'), 'utf8'),
  ) as Dataset;
  const positions = layoutGraph(buildGraph(dataset));
  const view = serializeViewSnapshot({
    kind: 'actor-graph-view',
    formatVersion: 1,
    dataset: dataset.id,
    positions,
    filter: NO_FILTER,
    selection: null,
  });
  writeFileSync(join(DATA, 'seed.view.json'), view);
  return { viewUrl: '/data/seed.view.json' };
}
