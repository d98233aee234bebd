/**
 * What a host page does to an embedded widget, many times over and quickly: create it, add it, remove
 * it, add it back, change its `src` while a load is in flight, drop it for good. Afterwards each live
 * widget shows the graph of its last `src` and nothing else, with one set of canvases; the console is
 * clean; and once every widget is gone, so is everything they added to the page: their listeners on
 * `window` and `document` (Cytoscape's among them), their canvases and elements in the heap, their
 * layout workers. Listeners and heap objects are counted through the DevTools protocol.
 */
import type { Browser, CDPSession, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { mulberry32 } from '../../src/layout/seeded-random.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { WORKER_BYTES } from '../../components/graph-worker/graph-worker-client.ts';
import { launchBrowser, type WatchedPage } from './browser.ts';
import { nextFrames, tinyDataset } from './explorer-fixtures.ts';
import { absolute, expectPageIntact, mount, openHostilePage } from './hostile-page.ts';

const CYCLES = 30;

/**
 * Two small graphs, loaded on the page, and one over WORKER_BYTES, validated and laid out in a worker.
 * 200 actors are enough for that (93 kB); more would only make each of its many loads slower.
 */
function datasets(): Map<string, Dataset> {
  const b = tinyDataset('Graph B');
  b.actors.push({ id: 'D', name: 'Delta', kind: 'state' });
  const c = { ...generateDataset({ actors: 200, ratio: 1.5 }), title: 'Graph C' };
  expect(JSON.stringify(c).length).toBeGreaterThan(WORKER_BYTES);
  return new Map([
    [absolute('/lifecycle/a.json'), tinyDataset('Graph A')],
    [absolute('/lifecycle/b.json'), b],
    [absolute('/lifecycle/c.json'), c],
  ]);
}

const DATASETS = datasets();
const URLS = [...DATASETS.keys()];

let browser: Browser;
let watched: WatchedPage;
let cdp: CDPSession;
/** Answers still to be sent: the page is settled when none are left. */
let unanswered = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openHostilePage(browser);
  cdp = await watched.context.newCDPSession(watched.page);
  const random = mulberry32(4);
  for (const [url, dataset] of DATASETS) {
    const body = JSON.stringify(dataset);
    await watched.page.route(url, async (route: Route) => {
      unanswered++;
      // Answers come back in any order, as they do from a real server.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 80)));
      // The widget may have given up on this request (src changed): answering it then fails.
      await route.fulfill({ contentType: 'application/json', body }).catch(() => undefined);
      unanswered--;
    });
  }
});

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
});

/** The event types listening on `window` and `document`, as DevTools lists them. */
async function listeners(): Promise<{ window: string[]; document: string[] }> {
  const on = async (expression: string): Promise<string[]> => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'count' });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    return found.map((l) => l.type).sort();
  };
  try {
    return { window: await on('window'), document: await on('document') };
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  }
}

/** How many objects with this prototype the heap holds after a full garbage collection. */
async function instances(prototype: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: prototype, objectGroup: 'count' });
    const { objects } = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: result.objectId!,
      objectGroup: 'count',
    });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return length.value as number;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  }
}

const heap = async () => ({
  canvases: await instances('HTMLCanvasElement.prototype'),
  loaders: await instances("customElements.get('actor-graph').prototype"),
  widgets: await instances("customElements.get('actor-graph-view').prototype"),
});

/** What one widget adds to `window`'s and `document`'s listeners, as a count per event type. */
function added(before: string[], after: string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const type of after) count.set(type, (count.get(type) ?? 0) + 1);
  for (const type of before) count.set(type, (count.get(type) ?? 0) - 1);
  return new Map([...count].filter(([, n]) => n !== 0));
}

/** `base` with `extra` added `times` times, sorted like `listeners()`. */
function plus(base: string[], extra: Map<string, number>, times: number): string[] {
  return [...base, ...[...extra].flatMap(([type, n]) => Array<string>(n * times).fill(type))].sort();
}

const canvasesIn = (page: Page, id: string): Promise<number> =>
  page.locator(`#${id}`).locator('actor-graph-canvas canvas').count();

async function settle(page: Page): Promise<void> {
  await expect.poll(() => unanswered, { timeout: 30_000 }).toBe(0);
  await expect.poll(() => watched.page.workers().length, { timeout: 30_000 }).toBe(0);
  await nextFrames(page);
}

describe('many quick cycles of create, add, remove, re-add and src changes', () => {
  it(`leave the last graph in each widget, one set of canvases, and nothing behind (${CYCLES} cycles)`, async () => {
    const { page, problems, dialogs } = watched;
    const random = mulberry32(20250620);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

    // Before any widget: what the page (and Playwright) listen to, and what is in the heap.
    const baseline = await listeners();
    // One widget of each dataset, alone and fresh: the canvases it has (in its shadow DOM, and in the
    // heap, where Cytoscape keeps a few more off screen), the listeners it adds.
    const fresh = new Map<string, { shown: number; held: number }>();
    let perWidget = { window: new Map<string, number>(), document: new Map<string, number>() };
    for (const url of URLS) {
      expect(await mount(page, url)).toBe('ready');
      await page.locator('actor-graph').evaluate((element) => (element.id = 'fresh'));
      fresh.set(url, { shown: await canvasesIn(page, 'fresh'), held: (await heap()).canvases });
      const one = await listeners();
      perWidget = {
        window: added(baseline.window, one.window),
        document: added(baseline.document, one.document),
      };
      await page.evaluate(() => document.querySelector('actor-graph')!.remove());
    }
    await settle(page);
    expect(await listeners()).toEqual(baseline);
    expect(await heap()).toEqual({ canvases: 0, loaders: 0, widgets: 0 });

    const live = new Map<string, string>();
    let made = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      if (live.size === 0 || (live.size < 3 && random() < 0.3)) {
        const id = `w${++made}`;
        const src = pick(URLS);
        live.set(id, src);
        await page.evaluate(
          ({ id: elementId, src: url }) => {
            const element = document.createElement('actor-graph');
            element.id = elementId;
            element.setAttribute('loading', 'eager');
            element.setAttribute('src', url);
            document.querySelector('main')!.append(element);
          },
          { id, src },
        );
      }
      const id = pick([...live.keys()]);
      const action = random();
      if (action < 0.35) {
        // One src, then another before the first has loaded.
        const srcs = [pick(URLS), pick(URLS)];
        live.set(id, srcs[1]!);
        await page.evaluate(
          ({ elementId, urls }) =>
            urls.forEach((url) => document.getElementById(elementId)!.setAttribute('src', url)),
          { elementId: id, urls: srcs },
        );
      } else if (action < 0.75) {
        // Out of the page and back: at once, a frame later, or with a src change while out.
        const src = random() < 0.5 ? pick(URLS) : undefined;
        if (src) live.set(id, src);
        await page.evaluate(
          async ({ elementId, url, frames }) => {
            const element = document.getElementById(elementId)!;
            const parent = element.parentElement!;
            element.remove();
            if (url) element.setAttribute('src', url);
            for (let i = 0; i < frames; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
            parent.append(element);
          },
          { elementId: id, url: src, frames: Math.floor(random() * 3) },
        );
      } else if (live.size > 1) {
        live.delete(id);
        await page.evaluate((elementId) => document.getElementById(elementId)!.remove(), id);
      }
      await page.waitForTimeout(Math.floor(random() * 40));
    }

    // The last src of each live widget, once every answer is in: its graph, and only its graph.
    await settle(page);
    for (const [id, src] of live) {
      const widget = page.locator(`#${id}`);
      const title = DATASETS.get(src)!.title;
      await widget.getByRole('heading', { name: title, exact: true }).waitFor();
      expect(await widget.locator('[part="title"]').allTextContents()).toEqual([title]);
      expect(
        await widget.evaluate((element) => (element as ActorGraphElement).graph?.getAttribute('title')),
      ).toBe(title);
      expect(await widget.getAttribute('data-state')).toBe('ready');
      expect(await canvasesIn(page, id)).toBe(fresh.get(src)!.shown);
    }
    expect(await page.locator('actor-graph').count()).toBe(live.size);
    // No widget removed on the way is still held (by a listener, a timer, a worker), nor its canvases.
    const held = [...live.values()].reduce((sum, src) => sum + fresh.get(src)!.held, 0);
    expect(await heap()).toEqual({ canvases: held, loaders: live.size, widgets: live.size });
    expect(await listeners()).toEqual({
      window: plus(baseline.window, perWidget.window, live.size),
      document: plus(baseline.document, perWidget.document, live.size),
    });

    // Every widget gone: so are their listeners, canvases, elements and workers.
    await page.evaluate(() =>
      document.querySelectorAll('actor-graph').forEach((element) => element.remove()),
    );
    await settle(page);
    expect(await listeners()).toEqual(baseline);
    await expect.poll(heap, { timeout: 30_000 }).toEqual({ canvases: 0, loaders: 0, widgets: 0 });
    expect([...problems, ...dialogs]).toEqual([]);
    await expectPageIntact(page);
  });
});
