import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDataset } from '../node/datasets.ts';
import type { Shape } from '../options.ts';
import { DIST, PAGES_DIST, TMP } from '../paths.ts';
import { hotspots, type CpuProfile, type Hotspots } from './cpu-profile.ts';
import { panAndZoom, type Box } from './interaction.ts';
import { launchBrowser, VIEWPORT } from './launch.ts';
import { inPage, PROBE_SCRIPT, type BenchWindow } from './probe.ts';
import { SEED_SRC } from './seed.ts';
import { DEFAULT_CANVAS, type Site } from './site.ts';

export interface ProfileData extends Hotspots {
  readonly page: 'widget' | 'bare';
  readonly shape: Shape;
  readonly size: number;
  /** The raw profile, for DevTools (Performance panel → Load profile). */
  readonly file: string;
}

/**
 * One cold load of a scale page under the V8 sampling profiler (0.5 ms), from navigation start to
 * ready and drawn, summed up through the sourcemaps (the bench pages are built with them too).
 */
export async function profileLoad(
  site: Site,
  page: 'widget' | 'bare',
  shape: Shape,
  size: number,
  /** `interaction`: profile the pan-and-zoom gestures on the settled graph instead of the load. */
  phase: 'load' | 'interaction' = 'load',
): Promise<ProfileData> {
  // Size 0: the seed graph (the bare page then lays it out with computeLayout, as the widget does).
  const dataset = size > 0 ? prepareDataset(shape, size, { positions: page === 'bare' }) : undefined;
  const browser = await launchBrowser();
  try {
    const tab = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await tab.addInitScript({ content: PROBE_SCRIPT });
    // Same origin first, so the profiled navigation stays in this renderer and this CDP session.
    await tab.goto(`${site.origin}/pages/`);
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    if (phase === 'load') await cdp.send('Profiler.start');
    const url = !dataset
      ? page === 'widget'
        ? site.widget(SEED_SRC)
        : site.bare(SEED_SRC, 'compute', DEFAULT_CANVAS)
      : page === 'widget'
        ? site.widget(dataset.url)
        : site.bare(dataset.url, 'preset', DEFAULT_CANVAS, dataset.positionsUrl);
    await tab.goto(url, { waitUntil: 'commit' });
    await tab.waitForFunction(
      inPage(() => {
        const p = (window as unknown as BenchWindow).__bench;
        return p.errorAt !== null || (p.readyAt !== null && p.inkAt !== null);
      }),
      undefined,
      { timeout: 300_000, polling: 200 },
    );
    if (phase === 'interaction') {
      // Let the drawing settle (slices, fit), then profile only the gestures.
      await tab.waitForTimeout(size >= 5000 ? 15_000 : 3000);
      const box = (await tab.evaluate(
        inPage(() => (window as unknown as BenchWindow).__bench.canvasRect),
      )) as Box;
      await cdp.send('Profiler.start');
      await panAndZoom(tab, box);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    mkdirSync(TMP, { recursive: true });
    const file = join(TMP, `profile-${page}-${dataset ? `${shape}-${size}` : 'seed'}-${phase}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return {
      page,
      shape,
      size,
      file: file.slice(file.indexOf('bench/')),
      ...hotspots(profile, { '/app/': DIST, '/bench/': PAGES_DIST }),
    };
  } finally {
    await browser.close();
  }
}
