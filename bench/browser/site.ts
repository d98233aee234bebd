import { serve, type StaticServer } from '../node/server.ts';
import { DATA, DIST, PAGES, PAGES_DIST } from '../paths.ts';
import type { Box } from './interaction.ts';

/** The widget's canvas as measured on a first run; bare pages are given the same size. */
export const DEFAULT_CANVAS: Box = Object.freeze({ x: 0, y: 0, width: 938, height: 528 });

export interface Site extends StaticServer {
  /** The widget page; `view`: a saved view's URL for its `view` attribute. */
  widget(src: string, view?: string): string;
  bare(
    src: string,
    layout: 'compute' | 'fcose' | 'preset',
    canvas: Box,
    positions?: string,
    lod?: boolean,
  ): string;
}

/** One origin for every page and dataset, so no page pays for a cross-origin fetch the other does not. */
export async function openSite(): Promise<Site> {
  const server = await serve({ '/app/': DIST, '/pages/': PAGES, '/bench/': PAGES_DIST, '/data/': DATA });
  return {
    ...server,
    widget: (src, view) =>
      `${server.origin}/pages/widget.html?${new URLSearchParams({ src, ...(view ? { view } : {}) })}`,
    bare: (src, layout, canvas, positions, fullDetail) => {
      const query = new URLSearchParams({
        src,
        layout,
        w: String(Math.round(canvas.width)),
        h: String(Math.round(canvas.height)),
        ...(positions ? { positions } : {}),
        ...(fullDetail ? { detail: 'full' } : {}),
      });
      return `${server.origin}/bench/bare.html?${query}`;
    },
  };
}
