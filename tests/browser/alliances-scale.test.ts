import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { launchBrowser, openPage } from './browser.ts';

/*
 * The Alliances view of 2,000 actors: analysed in a worker of its own, with progress shown and the
 * page drawing frames meanwhile (observed, not timed, as in scale.test.ts), and a widget taken off
 * the page while the analysis runs starts it again when it comes back.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Counts animation frames, and notes what the Alliances view shows: whether its "Analysing alliances"
 * status was on screen in a frame, and the highest value its progress bar was given. The bar's value
 * is watched as it changes, not only in frames: on a busy machine a frame can come only after the
 * last step was reported and the bar was gone, though every step was.
 */
const WATCHER = `
window.__frames = 0; window.__progress = -1; window.__status = false;
let watching;
const readBar = (root) => {
  for (const bar of root.querySelectorAll('progress')) window.__progress = Math.max(window.__progress, bar.value);
};
(function tick() {
  window.__frames++;
  const view = document.querySelector('actor-graph')?.shadowRoot?.querySelector('actor-graph-view');
  const alliances = view?.shadowRoot?.querySelector('actor-graph-alliances')?.shadowRoot;
  if (alliances && watching !== alliances) {
    watching = alliances;
    new MutationObserver(() => readBar(alliances)).observe(alliances, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  }
  if (alliances) readBar(alliances);
  if (alliances?.querySelector('[role=status]')?.textContent?.includes('Analysing alliances')) window.__status = true;
  requestAnimationFrame(tick);
})();`;

interface Watched {
  readonly frames: number;
  readonly progress: number;
  readonly status: boolean;
}
const watched = (page: Page): Promise<Watched> =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: number; __progress: number; __status: boolean };
    return { frames: w.__frames, progress: w.__progress, status: w.__status };
  });

async function openLarge(dataset: Dataset) {
  const body = JSON.stringify(dataset);
  const opened = await openPage(browser, '/');
  const { page } = opened;
  await page.addInitScript({ content: WATCHER });
  await page.route('**/large.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.reload();
  await page.getByRole('row').nth(5).waitFor();
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
      timeout: 150_000,
    },
  );
  return opened;
}

describe('the Alliances view of 2,000 actors', { timeout: 240_000 }, () => {
  it('is analysed in a worker with progress, the page animating, and survives a removal mid-run', async () => {
    const dataset = generateDataset({ actors: 2_000, ratio: 1.5, seed: 5 });
    const { page, problems, requests, context } = await openLarge(dataset);
    const before = await watched(page);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Alliances' }).click();
    await page.getByRole('status').filter({ hasText: 'Analysing alliances' }).waitFor();
    // Off the page and back while it runs: the run stops, and starts again on return.
    await page.locator('actor-graph').evaluate((element) => {
      const parent = element.parentElement!;
      const next = element.nextSibling;
      element.remove();
      parent.insertBefore(element, next);
    });
    const pairs = page.locator('actor-graph-alliances').getByRole('table');
    await pairs.waitFor({ timeout: 120_000 });
    const after = await watched(page);
    expect(after.status).toBe(true);
    expect(after.progress).toBeGreaterThan(0);
    expect(after.frames).toBeGreaterThan(before.frames);
    expect(requests.some((url) => /alliance\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    await page
      .locator('actor-graph-alliances')
      .getByText(/heuristic split/)
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
