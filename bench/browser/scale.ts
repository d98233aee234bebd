/**
 * Synthetic graphs of growing size: the widget (which lays out on the page today) against bare
 * Cytoscape drawing the same graph at positions computed beforehand in Node. Sizes run in
 * increasing order, each with a timeout; once the widget timed out at a size, it is not tried at that
 * size in the other shape nor at larger sizes (unless --no-skip): each would cost a full timeout to
 * say the same.
 */
import type { BenchOptions, Shape } from '../options.ts';
import { detailFor } from '../../src/style/stylesheet.ts';
import { prepareDataset, type ScaleDataset } from '../node/datasets.ts';
import { plan } from '../node/plans.ts';
import { errorText, ratio, type RepeatPlan } from '../node/stats.ts';
import { runCells, type CellResult } from './cells.ts';
import type { Box } from './interaction.ts';
import { DEFAULT_CANVAS, type Site } from './site.ts';

export interface ScaleRow {
  readonly shape: Shape;
  readonly size: number;
  readonly dataset?: ScaleDataset;
  readonly timeoutMs: number;
  readonly widget?: CellResult;
  readonly bare?: CellResult;
  /**
   * Bare in full detail where the widget draws reduced detail (first shape only): what the reduced
   * detail buys, in first ink and in frames.
   */
  readonly full?: CellResult;
  /** Why the row was not measured, or failed before any page ran. */
  readonly note?: string;
  /** Widget ÷ bare, medians. */
  readonly ratios: Readonly<Record<string, number | undefined>>;
}

export interface ScaleData {
  readonly canvas: Box;
  readonly rows: readonly ScaleRow[];
}

export function timeoutFor(size: number): number {
  return size <= 50 ? 30_000 : size <= 500 ? 60_000 : 180_000;
}

/** Big graphs get fewer repeats: each run takes long, and a warm-up warms nothing worth its time. */
function planFor(size: number, quick: boolean): RepeatPlan {
  const base = plan('page', quick);
  if (size < 2000) return base;
  return { ...base, warmup: 0, repeats: quick ? 1 : size < 20_000 ? 3 : 2 };
}

function ratios(
  widgetCell: CellResult | undefined,
  bare: CellResult | undefined,
  full: CellResult | undefined,
) {
  const m = (cell: CellResult | undefined, key: keyof CellResult['summary']) => cell?.summary[key]?.median;
  // A widget that did not finish has no figures to compare (its memory was read at the timeout).
  const widget = widgetCell?.status === 'ok' ? widgetCell : undefined;
  return {
    fullInk: ratio(m(full, 'inkMs'), m(bare, 'inkMs')),
    fullFrameP95: ratio(m(full, 'frameP95Ms'), m(bare, 'frameP95Ms')),
    ink: ratio(m(widget, 'inkMs'), m(bare, 'inkMs')),
    interactive: ratio(m(widget, 'interactiveMs'), m(bare, 'interactiveMs')),
    settled: ratio(m(widget, 'settledMs'), m(bare, 'settledMs')),
    rendererPeak: ratio(m(widget, 'rendererPeakMB'), m(bare, 'rendererPeakMB')),
    frameMedian: ratio(m(widget, 'frameMedianMs'), m(bare, 'frameMedianMs')),
    frameP95: ratio(m(widget, 'frameP95Ms'), m(bare, 'frameP95Ms')),
  };
}

export async function measureScale(
  site: Site,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ScaleData> {
  let canvas: Box = DEFAULT_CANVAS;
  const rows: ScaleRow[] = [];
  let gaveUp: { size: number; shape: Shape } | undefined;
  for (const size of options.sizes)
    for (const shape of options.shapes) {
      const timeoutMs = timeoutFor(size);
      let dataset: ScaleDataset;
      try {
        log(`[scale] ${shape} ${size}: generating and laying out in Node…`);
        dataset = prepareDataset(shape, size);
      } catch (error) {
        rows.push({ shape, size, timeoutMs, note: `could not prepare: ${errorText(error)}`, ratios: {} });
        continue;
      }
      const bareSpec = {
        key: `bare ${shape} ${size}`,
        url: () => site.bare(dataset.url, 'preset', canvas, dataset.positionsUrl),
        timeoutMs,
        interact: true,
      };
      const widgetSpec = {
        key: `widget ${shape} ${size}`,
        url: () => site.widget(dataset.url),
        timeoutMs,
        interact: true,
        onRun: (run: { canvas?: Box }) => void (canvas = run.canvas ?? canvas),
      };
      const fullSpec = {
        ...bareSpec,
        key: `bare full-detail ${shape} ${size}`,
        url: () => site.bare(dataset.url, 'preset', canvas, dataset.positionsUrl, true),
      };
      const withFull = detailFor(size + dataset.relations) === 'reduced' && shape === options.shapes[0];
      const skipWidget = gaveUp !== undefined && options.skipAfterTimeout;
      const specs = [...(skipWidget ? [] : [widgetSpec]), bareSpec, ...(withFull ? [fullSpec] : [])];
      const cells = await runCells(specs, planFor(size, options.quick), log);
      const widget = skipWidget ? undefined : cells[0];
      const bare = cells[skipWidget ? 0 : 1];
      const full = withFull ? cells.at(-1) : undefined;
      if (widget?.status === 'timeout') gaveUp ??= { size, shape };
      rows.push({
        shape,
        size,
        dataset,
        timeoutMs,
        ...(widget ? { widget } : {}),
        ...(bare ? { bare } : {}),
        ...(full ? { full } : {}),
        ...(skipWidget && gaveUp
          ? {
              note: `widget not run: it did not finish at ${gaveUp.size} actors (${gaveUp.shape}); --no-skip tries it`,
            }
          : {}),
        ratios: ratios(widget, bare, full),
      });
    }
  return { canvas, rows };
}
