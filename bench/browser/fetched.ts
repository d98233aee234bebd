/**
 * What a page really fetches to show the seed: one cold visit of the widget page, and the scripts
 * the browser requested from dist/ by the time the graph was drawn, settled and its panels shown.
 * Static analysis of the chunks says what can be fetched; this says what a normal dataset costs.
 */
import { runPage } from './page-run.ts';
import { inPage } from './probe.ts';
import { SEED_SRC } from './seed.ts';
import type { Site } from './site.ts';

/** Paths under dist/ (e.g. `assets/actor-graph-view-x.js`) of every script the page requested. */
export async function scriptsFetchedForSeed(site: Site): Promise<string[]> {
  const run = await runPage({
    url: site.widget(SEED_SRC),
    timeoutMs: 60_000,
    interact: false,
    after: (page) =>
      page.evaluate(
        inPage(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.startsWith('/app/') && path.endsWith('.js')),
        ),
      ),
  });
  if (!run.ok) throw new Error(`the widget page did not load the seed: ${run.error ?? 'unknown error'}`);
  const paths = (run.after as string[]).map((path) => path.slice('/app/'.length));
  return [...new Set(paths)];
}
