/**
 * `npx tsx bench/profile.ts [--size 500 | --seed] [--shape random] [--page widget|bare]
 * [--interaction] [--top 25]`: one cold load of a scale page (or, with --interaction, its pan-and-zoom
 * gestures once drawn) under the V8 CPU profiler, summed up by source (through the sourcemaps), by
 * the file of ours that caused the work, and by function. The raw profile goes to
 * bench/results/tmp/ (open it in DevTools). Needs `npm run build`; builds the bench pages itself.
 */
import { parseArgs } from 'node:util';
import type { Hotspot } from './browser/cpu-profile.ts';
import { profileLoad } from './browser/profile-load.ts';
import { openSite } from './browser/site.ts';
import { buildPages } from './node/build-pages.ts';
import type { Shape } from './options.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'boolean' },
    interaction: { type: 'boolean' },
    shape: { type: 'string' },
    page: { type: 'string' },
    top: { type: 'string' },
  },
});
const top = Number(values.top ?? 25);

await buildPages();
const site = await openSite();
try {
  const result = await profileLoad(
    site,
    values.page === 'bare' ? 'bare' : 'widget',
    (values.shape ?? 'random') as Shape,
    values.seed ? 0 : Number(values.size ?? 500),
    values.interaction ? 'interaction' : 'load',
  );
  const line = (h: Hotspot) =>
    `${(h.ms / 1000).toFixed(2).padStart(8)} s ${((h.ms / result.totalMs) * 100).toFixed(1).padStart(5)} %  ${h.name}`;
  process.stdout.write(
    [
      `${result.page}, ${result.size ? `${result.shape} ${result.size}` : 'the seed graph'}: ${(result.totalMs / 1000).toFixed(2)} s sampled (${result.file})`,
      '',
      'Self time by source:',
      ...result.groups.slice(0, top).map(line),
      '',
      'Time by the innermost file of ours on the stack (what our code caused, dependencies included):',
      ...result.ourFiles.slice(0, top).map(line),
      '',
      'Self time by function:',
      ...result.functions.slice(0, top).map(line),
      '',
    ].join('\n'),
  );
} finally {
  await site.close();
}
