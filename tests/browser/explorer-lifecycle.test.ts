import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { launchBrowser } from './browser.ts';
import {
  canvasInk,
  clickOn,
  nextFrames,
  openExplorer,
  panel,
  readSeed,
  relationRows,
  tinyDataset,
  view,
  waitForRows,
} from './explorer-fixtures.ts';

// Loading, reloading, failing and being moved around the page, as hosts do to an embedded widget.
const seed = readSeed();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const json = (body: unknown) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body, null, 2) });

async function setSrc(page: Page, src: string): Promise<void> {
  await view(page).evaluate((element, value) => element.setAttribute('src', value), src);
}

/** Adds a second widget to the page, as a host page would embed one. */
async function embed(page: Page, src: string): Promise<void> {
  await page.evaluate((value) => {
    const element = document.createElement('actor-graph');
    element.id = 'second';
    // Below a tall widget: far enough down that it would otherwise wait to be scrolled near.
    element.setAttribute('loading', 'eager');
    element.setAttribute('src', value);
    document.querySelector('main')!.append(element);
  }, src);
}

/** Records the widget's public events on the page, for the test to read back. */
async function recordEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: unknown[] = [];
    (window as unknown as { events: unknown[] }).events = log;
    for (const type of ['actor-graph-load', 'actor-graph-error', 'actor-graph-select'] as const) {
      document.addEventListener(type, (event) => log.push({ type, detail: event.detail }));
    }
  });
}

const events = (page: Page): Promise<{ type: string; detail: Record<string, unknown> | null }[]> =>
  page.evaluate(
    () =>
      (window as unknown as { events: { type: string; detail: Record<string, unknown> | null }[] }).events,
  );

describe('explorer: lifecycle', () => {
  it('renders again after being removed and re-added, with one set of canvases', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const canvases = page.locator('actor-graph-canvas canvas');
    const count = await canvases.count();
    expect(count).toBeGreaterThan(0);
    await view(page).evaluate(async (element) => {
      const parent = element.parentElement!;
      element.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      parent.append(element);
    });
    await waitForRows(page, seed.relations.length);
    await nextFrames(page);
    expect(await canvases.count()).toBe(count);
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.03);
    await clickOn(page, 'ISR');
    await panel(page).getByRole('heading', { name: 'Israel' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows only the last graph when src changes while a load is in flight', async () => {
    const { page, problems, context } = await openExplorer(browser);
    let slowRequested!: () => void;
    const requested = new Promise<void>((resolve) => (slowRequested = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let slowAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (slowAnswered = resolve));
    await page.route('**/slow.json', async (route) => {
      slowRequested();
      await released;
      // The widget aborted this request, so answering it may fail; either way it must not show.
      await json(tinyDataset('Slow graph'))(route).catch(() => undefined);
      slowAnswered();
    });
    await page.route('**/fast.json', json(tinyDataset('Fast graph')));
    await setSrc(page, './slow.json');
    await requested;
    await setSrc(page, './fast.json');
    await page.getByRole('heading', { name: 'Fast graph' }).waitFor();
    release();
    await answered;
    await nextFrames(page);
    expect(await page.getByRole('heading', { name: 'Slow graph' }).count()).toBe(0);
    expect(await relationRows(page).count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes a dataset as the data property and fires load and select events', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await recordEvents(page);
    await view(page).evaluate((element, data) => {
      (element as ActorGraphElement).data = data;
    }, tinyDataset('Data property graph'));
    await page.getByRole('heading', { name: 'Data property graph' }).waitFor();
    await page.getByRole('row', { name: /Strike Gamma Beta/ }).click();
    await panel(page).locator('mark', { hasText: 'Gamma struck Beta.' }).waitFor();
    // Selecting through the API fires nothing: events report what the reader did.
    await view(page).evaluate((element) => (element as ActorGraphElement).select('actor', 'A'));
    await panel(page).getByRole('heading', { name: 'Alpha' }).waitFor();
    expect(await events(page)).toEqual([
      { type: 'actor-graph-load', detail: { actors: 3, relations: 2, warnings: 0 } },
      { type: 'actor-graph-select', detail: { selection: { kind: 'relation', id: 'r2' } } },
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('explorer: loading', () => {
  it('shows "Loading graph…" in a box of the graph\'s height until the dataset arrives', async () => {
    const { page, problems, context } = await openExplorer(browser);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/later.json', async (route) => {
      await released;
      await json(tinyDataset('Later graph'))(route);
    });
    await embed(page, './later.json');
    const second = page.locator('#second');
    await second.evaluate((element) => element.setAttribute('heading', 'Waiting for data'));
    const status = second.getByRole('status');
    await status.getByText('Loading graph…').waitFor();
    // The box already takes the room the graph will need (the page sets one height for both widgets).
    const graphBox = (await page.locator('actor-graph:not(#second) actor-graph-canvas').boundingBox())!;
    const box = (await status.boundingBox())!;
    expect(Math.abs(box.height - graphBox.height)).toBeLessThanOrEqual(2); // the frame's border
    await second.getByRole('heading', { name: 'Waiting for data' }).waitFor();
    release();
    await second.getByRole('row', { name: /Treaty Alpha Beta/ }).waitFor();
    expect(await status.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('explorer: errors', () => {
  it('names the URL and the HTTP status when a dataset is missing', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await embed(page, './missing.json');
    const error = page.locator('#second').getByRole('alert');
    await error.getByText(/missing\.json could not be loaded: the server answered HTTP 404/).waitFor();
    await error.getByRole('heading', { name: 'This graph could not be shown' }).waitFor();
    // The browser itself reports the failed request; nothing else may appear.
    expect(problems).toEqual([expect.stringMatching(/^error: Failed to load resource: .*404/)]);
    await context.close();
  });

  it('lists validation problems with file:line:column and JSON path', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const broken = tinyDataset('Broken');
    broken.relations[0]!.to = 'Z';
    await page.route('**/broken.json', json(broken));
    await page.route('**/page.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }),
    );
    await recordEvents(page);
    await embed(page, './broken.json');
    const error = page.locator('#second').getByRole('alert');
    await error.getByText('$.relations[0].to').waitFor();
    expect(await error.textContent()).toMatch(/\/broken\.json:\d+:\d+/);
    const [event] = await events(page);
    expect(event?.type).toBe('actor-graph-error');
    expect((event?.detail?.problems as { path: string }[]).map((p) => p.path)).toContain('$.relations[0].to');

    await page.locator('#second').evaluate((element, src) => element.setAttribute('src', src), './page.json');
    await error.getByText(/looks like an HTML page, not JSON/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the last good graph with a banner when a reload fails', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await page.route('**/unreachable.json', (route) => route.abort('failed'));
    await setSrc(page, './unreachable.json');
    const banner = page.getByRole('alert');
    await banner.getByText('The new graph could not be loaded.').waitFor();
    await banner.getByText(/Could not reach .*unreachable\.json/).waitFor();
    expect(await relationRows(page).count()).toBe(seed.relations.length);
    await page.getByRole('heading', { level: 2, name: seed.title }).waitFor();
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.03);
    expect(problems).toEqual([expect.stringMatching(/^error: Failed to load resource: net::ERR_FAILED/)]);
    await context.close();
  });
});
