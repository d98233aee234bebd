import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { launchBrowser, openPage } from './browser.ts';
import { canvasInk, diffPixels, mustPositionOf, panel, surface } from './explorer-fixtures.ts';

/*
 * Large graphs through the UI: the reader sees progress, can cancel, and the page keeps responding
 * while a worker lays the graph out. "Responding" is observed, not timed: the page keeps drawing
 * animation frames between progress reports, which a main thread busy with the layout could not.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Counts animation frames on the page from the first script on. */
const FRAME_COUNTER = `window.__frames = 0; (function tick() { window.__frames++; requestAnimationFrame(tick); })();`;

async function openWithDataset(dataset: Dataset) {
  const body = JSON.stringify(dataset);
  const watched = await openPage(browser, '/');
  const { page } = watched;
  await page.addInitScript({ content: FRAME_COUNTER });
  await page.route('**/large.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.reload();
  await page
    .getByRole('row', { name: /Condemnation/ })
    .first()
    .waitFor();
  await page.locator('actor-graph').evaluate((element) => {
    // A large graph goes onto the canvas in slices after its title shows; the load event says when
    // it is all there.
    element.addEventListener(
      'actor-graph-load',
      () => ((window as unknown as { __loaded: boolean }).__loaded = true),
    );
    element.setAttribute('src', './large.json');
  });
  return watched;
}

const frames = (page: import('playwright-core').Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __frames: number }).__frames);

const LOADED = (): boolean => (window as unknown as { __loaded?: boolean }).__loaded === true;

// 5,000 actors take every path a larger graph takes (a worker with progress, reduced detail, slices,
// a paged table, zooming onto a selection) at a quarter of the cost of 20,000; the bench loads 20,000
// and more (`npm run bench -- --quick --only scale --sizes 20000`). The graph is loaded once: the
// second test goes on with the first one's page. Every wait stays inside its test's own timeout.
describe('a graph of 5,000 actors', { timeout: 180_000 }, () => {
  let dataset: Dataset;
  let loaded: Awaited<ReturnType<typeof openWithDataset>> | undefined;
  beforeAll(() => {
    dataset = generateDataset({ actors: 5_000, shape: 'clustered' });
  });
  afterAll(async () => {
    await loaded?.context.close();
  });

  it('loads with progress shown, drawing frames all along, then draws them', async () => {
    const watched = await openWithDataset(dataset);
    const { page, problems, requests } = watched;
    const status = page.getByRole('status').filter({ hasText: /Checking the data|Arranging a large graph/ });
    await status.first().waitFor();
    // The layout reports its progress on a native progress bar, and the page keeps animating.
    const bar = page.getByRole('progressbar', { name: 'Layout progress' });
    await bar.waitFor({ timeout: 120_000 });
    const before = await frames(page);
    const firstValue = Number(await bar.getAttribute('value'));
    await page.waitForFunction(
      (value) => {
        const view = document.querySelector('actor-graph')!.shadowRoot!.querySelector('actor-graph-view')!;
        const progress = view.shadowRoot!.querySelector('progress');
        return !progress || progress.value > value;
      },
      firstValue,
      { timeout: 120_000 },
    );
    expect(await frames(page)).toBeGreaterThan(before);
    await page
      .getByRole('heading', { name: /Synthetic clustered graph, 5,000 actors/ })
      .waitFor({ timeout: 120_000 });
    // It goes onto the canvas in slices, under a note, and is fitted once it is all there.
    const note = page.getByRole('status').filter({ hasText: 'Drawing 12,500 elements…' });
    await note.waitFor({ timeout: 60_000 });
    await page.getByText(/200 of 7,500 listed/).waitFor({ timeout: 60_000 });
    await note.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForFunction(LOADED, undefined, { timeout: 60_000 });
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.01);
    // The layout ran in a worker of our own, from our own origin.
    expect(requests.some((url) => /graph\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    // The table pages instead of rendering 7,500 rows.
    await page.getByRole('button', { name: 'Show 200 more' }).click();
    await page.getByText(/400 of 7,500 listed/).waitFor();
    expect(problems).toEqual([]);
    loaded = watched;
  });

  it('zooms to a relation chosen in the table, with its ends marked', async () => {
    if (!loaded) throw new Error('The graph did not load (the test before this one failed).');
    const { page, problems } = loaded;
    const row = page.getByRole('row').nth(3);
    const id = (await row.getAttribute('data-id'))!;
    const { from, to } = dataset.relations.find((r) => r.id === id)!;
    const name = (actor: string) => dataset.actors.find((a) => a.id === actor)!.name;
    const ends = async () => [await mustPositionOf(page, from), await mustPositionOf(page, to)] as const;
    const apart = ([a, b]: readonly { x: number; y: number }[]) => Math.hypot(a!.x - b!.x, a!.y - b!.y);
    const fitted = apart(await ends());
    const before = await surface(page).screenshot();
    await row.click();
    await panel(page).getByText(name(from), { exact: false }).first().waitFor();
    await panel(page).getByText(name(to), { exact: false }).first().waitFor();
    // Fitted, 5,000 actors are specks; the canvas zooms in until labels can be read.
    await expect.poll(async () => apart(await ends()), { timeout: 30_000 }).toBeGreaterThan(fitted * 2);
    const box = (await surface(page).boundingBox())!;
    for (const end of await ends()) {
      expect(end.x).toBeGreaterThan(box.x);
      expect(end.x).toBeLessThan(box.x + box.width);
      expect(end.y).toBeGreaterThan(box.y);
      expect(end.y).toBeLessThan(box.y + box.height);
    }
    expect(await diffPixels(browser, before, await surface(page).screenshot())).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});

describe('a layout in a worker', { timeout: 120_000 }, () => {
  it('lays out in a worker that fetches its own small script and nothing the page does not already have', async () => {
    const { page, problems, context, requests } = await openPage(browser, '/');
    const body = JSON.stringify(generateDataset({ actors: 300, shape: 'clustered' }));
    await page.route('**/large.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page
      .getByRole('row', { name: /Condemnation/ })
      .first()
      .waitFor();
    const bytesOf = (urls: readonly string[]): number =>
      urls.reduce((sum, url) => sum + statSync(`dist${new URL(url).pathname}`).size, 0);
    const scripts = (): string[] => [...new Set(requests.filter((url) => url.endsWith('.js')))];
    const before = scripts();
    await page.locator('actor-graph').evaluate((element) => {
      element.addEventListener(
        'actor-graph-load',
        () => ((window as unknown as { __loaded: boolean }).__loaded = true),
      );
      element.setAttribute('src', './large.json');
    });
    await page.waitForFunction(
      () => (window as unknown as { __loaded?: boolean }).__loaded === true,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const added = scripts().filter((url) => !before.includes(url));
    // The worker's own script, and nothing else: every chunk it imports is one the page has.
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/graph\.worker-[\w-]+\.js$/);
    expect(bytesOf(added)).toBeLessThan(bytesOf(before) / 100);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stops when the widget is removed, starts again when it is back, and Cancel keeps the graph shown', async () => {
    const { page, problems, context } = await openWithDataset(
      generateDataset({ actors: 5_000, shape: 'clustered' }),
    );
    const bar = page.getByRole('progressbar', { name: 'Layout progress' });
    await bar.waitFor({ timeout: 60_000 });
    expect(page.workers().length).toBe(1);
    await page.locator('actor-graph').evaluate((element) => {
      (window as unknown as { parked: Element }).parked = element;
      element.remove();
    });
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    await page.evaluate(() =>
      document.querySelector('main')!.append((window as unknown as { parked: Element }).parked),
    );
    // Back on the page, it starts over in a new worker, which Cancel stops.
    await expect.poll(() => page.workers().length, { timeout: 60_000 }).toBe(1);
    await bar.waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Loading was cancelled.', { exact: false }).waitFor();
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    // The seed graph from before is still there and still works.
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).click();
    await page.locator('actor-graph-evidence mark').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
