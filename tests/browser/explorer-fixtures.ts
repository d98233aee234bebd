import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { openPage, type WatchedPage } from './browser.ts';

/*
 * What the explorer tests share: opening the explorer page, reading the seed dataset the way a
 * reviewer would (from graph-data/), and looking at the canvas the way a reader does (its pixels).
 */

export const SEED_PATH = 'graph-data/putins-delicate-dance.json';

export function readSeed(): Dataset {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Dataset;
}

export function relationOf(dataset: Dataset, id: string): Dataset['relations'][number] {
  const relation = dataset.relations.find((r) => r.id === id);
  if (!relation) throw new Error(`The seed has no relation "${id}".`);
  return relation;
}

/** Opens the explorer page and waits until the relations table lists every relation. */
export async function openExplorer(
  browser: Browser,
  options: Parameters<typeof openPage>[2] = {},
): Promise<WatchedPage> {
  const watched = await openPage(browser, '/', options);
  await waitForRows(watched.page, readSeed().relations.length);
  await nextFrames(watched.page);
  return watched;
}

/** Waits until the relations table shows `count` relation rows (plus its header row). */
export async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => {
    const view = document.querySelector('actor-graph')?.shadowRoot?.querySelector('actor-graph-view');
    const table = view?.shadowRoot?.querySelector('actor-graph-table');
    return table?.shadowRoot?.querySelectorAll('tbody tr').length === n;
  }, count);
}

/** Lets Cytoscape draw: it renders on animation frames. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export const view = (page: Page): Locator => page.locator('actor-graph');
export const liveRegion = (page: Page): Locator => page.locator('actor-graph [aria-live="polite"]');
export const surface = (page: Page): Locator => page.getByRole('application');
export const panel = (page: Page): Locator => page.locator('actor-graph-evidence');
export const relationRows = (page: Page): Locator => page.locator('actor-graph-table tbody tr');

/**
 * Where an actor or the middle of a relation is on screen, through the widget's public
 * `renderedPositionOf` (documented for hosts that place tooltips). Tests use it only to know where to
 * point; the click itself goes through the mouse like a reader's.
 */
export async function positionOf(page: Page, id: string): Promise<{ x: number; y: number } | undefined> {
  return view(page).evaluate(
    (element, elementId) => (element as ActorGraphElement).renderedPositionOf(elementId),
    id,
  );
}

export async function mustPositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await positionOf(page, id);
  if (!position) throw new Error(`"${id}" is not drawn.`);
  return position;
}

/** Scrolls the canvas into view, as a reader would, then clicks an actor or the middle of a relation. */
export async function clickOn(page: Page, id: string): Promise<void> {
  await surface(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const at = await mustPositionOf(page, id);
  await page.mouse.click(at.x, at.y);
}

export interface Ink {
  /** Pixels that differ clearly from the background (the most common colour). */
  readonly inked: number;
  readonly total: number;
  /** Pixels close to `near`, if given. */
  readonly near: number;
  /** The most common colour, as `#rrggbb`. */
  readonly background: string;
}

const decoders = new WeakMap<Browser, Promise<Page>>();

/**
 * A blank page of the browser that decodes pictures for `measureInk` and `diffPixels`, opened once per
 * browser (a page and its context cost more than the decoding) and closed with it.
 */
function decoderPage(browser: Browser): Promise<Page> {
  let page = decoders.get(browser);
  if (!page) {
    page = browser.newPage();
    decoders.set(browser, page);
  }
  return page;
}

/**
 * Counts the pixels of a PNG. The test page is not touched: the picture is decoded in a blank page of
 * the same browser, which has a PNG decoder built in.
 */
export async function measureInk(
  browser: Browser,
  png: Buffer,
  near?: string,
  region?: { x: number; y: number; width: number; height: number },
): Promise<Ink> {
  const decoder = await decoderPage(browser);
  return decoder.evaluate(
    async ({ base64, color, area }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { x, y, width, height } = area ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      const { data } = context.getImageData(
        Math.round(x),
        Math.round(y),
        Math.round(width),
        Math.round(height),
      );
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const background = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const bg = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
      const target = color ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : undefined;
      let inked = 0;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const px = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (px.some((v, k) => Math.abs(v - bg[k]!) > 40)) inked++;
        if (target && px.every((v, k) => Math.abs(v - target[k]!) < 40)) near++;
      }
      return {
        inked,
        total: data.length / 4,
        near,
        background: `#${background.toString(16).padStart(6, '0')}`,
      };
    },
    { base64: png.toString('base64'), color: near, area: region },
  );
}

/** The ink of the graph's drawing area as it is on screen now. */
export async function canvasInk(browser: Browser, page: Page): Promise<Ink> {
  await nextFrames(page);
  return measureInk(browser, await surface(page).screenshot());
}

/** A small valid dataset with its source inline, for loading tests that need a second graph. */
export function tinyDataset(title: string): Dataset {
  const text = 'Alpha signed a treaty with Beta. Gamma struck Beta.';
  const quote = (q: string) => {
    const start = text.indexOf(q);
    return { source: 'text', quote: q, start, end: start + q.length };
  };
  return {
    formatVersion: 1,
    id: 'tiny',
    title,
    sources: [{ id: 'text', title: 'A short text', text }],
    relationTypes: [
      { id: 'treaty', label: 'Treaty', polarity: 'cooperative' },
      { id: 'strike', label: 'Strike', polarity: 'conflictual' },
    ],
    actors: [
      { id: 'A', name: 'Alpha', kind: 'state' },
      { id: 'B', name: 'Beta', kind: 'state' },
      { id: 'G', name: 'Gamma', kind: 'bloc' },
    ],
    relations: [
      {
        id: 'r1',
        type: 'treaty',
        from: 'A',
        to: 'B',
        directed: false,
        status: 'reported',
        summary: 'Alpha and Beta signed a treaty.',
        evidence: [quote('Alpha signed a treaty with Beta.')],
      },
      {
        id: 'r2',
        type: 'strike',
        from: 'G',
        to: 'B',
        directed: true,
        status: 'alleged',
        summary: 'Gamma struck Beta.',
        evidence: [quote('Gamma struck Beta.')],
      },
    ],
  };
}

/** How many pixels differ clearly between two screenshots of the same size. */
export async function diffPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const decoder = await decoderPage(browser);
  return decoder.evaluate(
    async (images) => {
      const pixels = await Promise.all(
        images.map(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        }),
      );
      const [x, y] = pixels as [Uint8ClampedArray, Uint8ClampedArray];
      let different = 0;
      for (let i = 0; i < Math.min(x.length, y.length); i += 4) {
        if ([0, 1, 2].some((k) => Math.abs(x[i + k]! - y[i + k]!) > 40)) different++;
      }
      return different;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}
