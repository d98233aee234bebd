/**
 * The seed with its positions saved beforehand, as an author would publish it: in a saved view
 * (`view="…"`, every actor placed), and in the dataset itself (`actor-graph layout`, next to a copy
 * of its source text, so it is fetched as the original is). The positions are the layout the widget
 * would compute (`layoutGraph`), so the picture is the same and only the work differs.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { layoutGraph } from '../../src/layout/layout-plan.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { NO_FILTER } from '../../src/view/filters.ts';
import { writeJson } from '../../src/export/json.ts';
import { serializeViewSnapshot } from '../../src/view/snapshot.ts';
import { DATA, ROOT } from '../paths.ts';

export interface SeedPositions {
  /** URL path of a view snapshot that places every actor (under the bench server's /data/). */
  readonly viewUrl: string;
  /** URL path of the seed with every actor's position saved in it, as `actor-graph layout` writes it. */
  readonly datasetUrl: string;
}

export function prepareSeedPositions(): SeedPositions {
  mkdirSync(DATA, { recursive: true });
  const dataset = JSON.parse(
    readFileSync(join(ROOT, 'graph-data/putins-delicate-dance.json'), 'utf8'),
  ) as Dataset;
  const graph = buildGraph(dataset);
  const positions = layoutGraph(graph);
  const view = serializeViewSnapshot({
    kind: 'actor-graph-view',
    formatVersion: 1,
    dataset: dataset.id,
    positions,
    filter: NO_FILTER,
    selection: null,
  });
  writeFileSync(join(DATA, 'seed.view.json'), view);
  // What the layout command writes (src/cli/layout-command.ts), beside the source file it names.
  writeFileSync(
    join(DATA, 'seed-positions.json'),
    writeJson(graph, { positions, schemaUrl: dataset.$schema ?? './schema.json' }),
  );
  mkdirSync(join(DATA, 'sources'), { recursive: true });
  for (const source of dataset.sources)
    if (source.file) copyFileSync(join(ROOT, 'graph-data', source.file), join(DATA, source.file));
  return { viewUrl: '/data/seed.view.json', datasetUrl: '/data/seed-positions.json' };
}
