/**
 * Exports in the browser: `exportAs(format)` on the `<actor-graph>` element, timed in the page once
 * the seed graph is ready, against Cytoscape's own `cy.png()` of the same graph on the bare page.
 * The widget's method is new (another change adds it): without it, the widget's figures are skipped.
 */
import type { Page } from 'playwright-core';
import { stat, ratio, type Stat } from '../node/stats.ts';
import { runPage } from './page-run.ts';
import { inPage } from './probe.ts';
import { SEED_SRC } from './seed.ts';
import { DEFAULT_CANVAS, type Site } from './site.ts';

export interface BrowserExport {
  readonly label: string;
  readonly ms?: Stat;
  readonly bytes?: number;
  readonly error?: string;
}

export interface BrowserExportData {
  readonly available: boolean;
  readonly note?: string;
  readonly figures: readonly BrowserExport[];
  readonly ratios: Readonly<Record<string, number | undefined>>;
}

interface InPageTimes {
  readonly missing?: boolean;
  readonly times?: number[];
  readonly bytes?: number;
  readonly error?: string;
}

/** Times `exportAs(format)` in the page: one warm-up, then `repeats` runs. */
const widgetExport = (page: Page, format: string, repeats: number) =>
  page.evaluate(
    inPage(
      async ({ format, repeats }: { format: string; repeats: number }) => {
        const element = document.querySelector('actor-graph') as unknown as {
          exportAs?: (f: string) => Promise<unknown>;
        } | null;
        if (typeof element?.exportAs !== 'function') return { missing: true };
        const sizeOf = (out: unknown): number | undefined =>
          out instanceof Blob
            ? out.size
            : typeof out === 'string'
              ? out.length
              : out instanceof ArrayBuffer
                ? out.byteLength
                : ArrayBuffer.isView(out)
                  ? out.byteLength
                  : undefined;
        try {
          const times: number[] = [];
          let bytes: number | undefined;
          for (let i = -1; i < repeats; i++) {
            const started = performance.now();
            const out = await element.exportAs(format);
            if (i >= 0) times.push(performance.now() - started);
            bytes = sizeOf(out);
          }
          return { times, bytes };
        } catch (error) {
          return { error: String(error) };
        }
      },
      { format, repeats },
    ),
  ) as Promise<InPageTimes>;

/** Cytoscape's own PNG of the whole graph at 2× (the CLI's default PNG scale). */
const cytoscapePng = (page: Page, repeats: number) =>
  page.evaluate(
    inPage(async (repeats: number) => {
      const cy = (window as unknown as { __benchCy?: { png(o: object): Promise<Blob> } }).__benchCy;
      if (!cy) return { missing: true };
      const times: number[] = [];
      let bytes = 0;
      for (let i = -1; i < repeats; i++) {
        const started = performance.now();
        const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2 });
        if (i >= 0) times.push(performance.now() - started);
        bytes = blob.size;
      }
      return { times, bytes };
    }, repeats),
  ) as Promise<InPageTimes>;

const figure = (label: string, result: InPageTimes | undefined): BrowserExport => ({
  label,
  ...(result?.times ? { ms: stat(result.times) } : {}),
  ...(result?.bytes === undefined ? {} : { bytes: result.bytes }),
  ...(result?.error ? { error: result.error } : {}),
});

export async function measureBrowserExport(site: Site, quick: boolean): Promise<BrowserExportData> {
  const repeats = quick ? 2 : 5;
  const results: Record<string, InPageTimes> = {};
  const widget = await runPage({
    url: site.widget(SEED_SRC),
    timeoutMs: 60_000,
    interact: false,
    after: async (page) => {
      results['png'] = await widgetExport(page, 'png', repeats);
      if (!results['png'].missing) results['svg'] = await widgetExport(page, 'svg', repeats);
    },
  });
  const bare = await runPage({
    url: site.bare(SEED_SRC, 'compute', widget.canvas ?? DEFAULT_CANVAS),
    timeoutMs: 60_000,
    interact: false,
    after: async (page) => void (results['cy'] = await cytoscapePng(page, repeats)),
  });
  const baseline = figure('bare Cytoscape cy.png({ full: true, scale: 2 })', results['cy']);
  const errors = [widget.error, bare.error].filter(Boolean).join('; ');
  if (results['png']?.missing || !widget.ok) {
    return {
      available: false,
      note: widget.ok
        ? '`<actor-graph>` has no `exportAs(format)` yet in this build: widget exports skipped; re-run `npm run bench -- --only export` once it lands.'
        : `the widget page failed: ${errors}`,
      figures: [baseline],
      ratios: {},
    };
  }
  const png = figure('widget exportAs("png")', results['png']);
  const svg = figure('widget exportAs("svg")', results['svg']);
  return {
    available: true,
    figures: [png, svg, baseline],
    ratios: {
      pngVsCytoscapePng: ratio(png.ms?.median, baseline.ms?.median),
      svgVsCytoscapePng: ratio(svg.ms?.median, baseline.ms?.median),
    },
  };
}
