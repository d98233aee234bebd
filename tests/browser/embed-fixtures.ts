import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { baseUrl, browserSession, openPage, type WatchedPage } from './browser.ts';
import { measureInk, nextFrames } from './explorer-fixtures.ts';

/*
 * What the embed tests share: pages opened with watchers installed before the first byte (CSP
 * violations, changes to <head>), pages made up on the fly on the server's origin, and one widget
 * among several looked at on its own.
 */

export const BLOG = 'demo/blog.html';
export const SEED_URL = 'graph-data/putins-delicate-dance.json';
export const GULF_URL = 'graph-data/gulf-balance.json';

export const readDataset = (path: string): Dataset => JSON.parse(readFileSync(path, 'utf8')) as Dataset;

/** The widget's heavy chunk in dist/assets (Lit, Cytoscape, the core). */
export const HEAVY_CHUNK = /\/assets\/actor-graph-view-[\w-]+\.js$/;
export const heavyChunkFile = (): string => {
  const name = readdirSync('dist/assets').find((file) => /^actor-graph-view-[\w-]+\.js$/.test(file));
  if (!name) throw new Error('dist/assets has no actor-graph-view chunk: run `npm run build`.');
  return `dist/assets/${name}`;
};

export const absolute = (path: string): string => new URL(path, baseUrl()).href;

interface PageRecords {
  violations: string[];
}

/**
 * Runs in the page before any of its scripts: records CSP violations. They are composed events, so
 * those caused inside shadow roots reach the document too.
 */
function installRecorders(): void {
  const records: PageRecords = { violations: [] };
  (window as unknown as { records: PageRecords }).records = records;
  document.addEventListener('securitypolicyviolation', (event) => {
    records.violations.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile})`);
  });
}

/**
 * The page's <head> and stylesheets are exactly what its HTML file (as served from dist/) declares:
 * the widgets added no element (no <style>, no preload <link>), no sheet, no adopted sheet.
 */
export async function expectPageUntouched(page: Page, servedFile: string): Promise<void> {
  const html = readFileSync(servedFile, 'utf8');
  const { declared, live } = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const describe = (doc: Document) => ({
      head: [...doc.head.children].map((element) => element.outerHTML),
      sheets: [...doc.querySelectorAll('link[rel="stylesheet"]')].map(
        (link) => new URL(link.getAttribute('href')!, location.href).href,
      ),
    });
    return {
      declared: { ...describe(parsed), adopted: 0 },
      live: {
        head: describe(document).head,
        sheets: [...document.styleSheets].map((sheet) => sheet.href ?? 'inline'),
        adopted: document.adoptedStyleSheets.length,
      },
    };
  }, html);
  expect(live).toEqual(declared);
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Runs after the watchers are installed and before navigation: routes, init scripts. */
  before?: (page: Page) => Promise<unknown>;
}

/** Like `openPage`, with the recorders above in place before the page's first script runs. */
export async function openWatched(
  browser: Browser,
  path: string,
  { before, ...options }: OpenOptions = {},
): Promise<WatchedPage> {
  const watched = await openPage(browser, 'about:blank', options);
  await watched.page.addInitScript(installRecorders);
  await before?.(watched.page);
  await watched.page.goto(absolute(path));
  return watched;
}

/** A page made up by the test, served from the preview server's origin (like a host's own page). */
/** A browser session (see `browserSession`) whose pages open with the embed watchers. */
export function embedSession(): {
  open(path: string, options?: OpenOptions): Promise<WatchedPage>;
  closeAll(): Promise<void>;
} {
  const session = browserSession();
  return {
    open: async (path, options = {}) => session.track(await openWatched(session.browser, path, options)),
    closeAll: () => session.closeAll(),
  };
}

export async function routeHtml(page: Page, path: string, body: string): Promise<void> {
  await page.route(absolute(path), (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
}

export async function records(page: Page): Promise<PageRecords> {
  return page.evaluate(() => (window as unknown as { records: PageRecords }).records);
}

/** Every request stayed on the server's origin: no fonts, CDNs or telemetry. */
export function expectOnlyOwnOrigin(requests: readonly string[]): void {
  const origin = new URL(baseUrl()).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
}

/** Resolves once every `<actor-graph>`'s first IntersectionObserver report has been delivered. */
export async function settleObservers(page: Page): Promise<void> {
  // Observers report in creation order in the same rendering step: ours, made after the widgets',
  // reporting means theirs have too. Then one more frame for the mounts they may have started.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body);
      }),
  );
  await nextFrames(page);
}

/** The n-th `<actor-graph>` of the page and the parts a reader sees in it. */
export function widget(page: Page, index: number) {
  const host = page.locator('actor-graph').nth(index);
  return {
    host,
    rows: host.locator('actor-graph-table tbody tr'),
    selectedRows: host.locator('actor-graph-table tr[aria-selected="true"]'),
    panel: host.locator('actor-graph-evidence'),
    surface: host.getByRole('application'),
    fallback: host.locator(':scope > .graph-fallback'),
  };
}
export type Widget = ReturnType<typeof widget>;

/** Scrolls a widget into view as a reader would, and waits until its table lists every relation. */
export async function scrollToWidget(page: Page, w: Widget, relations: number): Promise<void> {
  await w.host.scrollIntoViewIfNeeded();
  const settled = () => w.host.getAttribute('data-state');
  await expect.poll(settled, { timeout: 30_000 }).toMatch(/^(ready|failed)$/);
  if ((await settled()) === 'failed') {
    const problems = await w.host.evaluate((element) =>
      (element as ActorGraphElement).problems.map((p) => p.message),
    );
    throw new Error(`The widget failed to load: ${problems.join(' ') || 'its script did not arrive'}`);
  }
  await expect.poll(() => w.rows.count()).toBe(relations);
  await w.host.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await nextFrames(page);
}

/** Every quote of the relation, verbatim, is marked in this widget's evidence panel. */
export async function expectEvidence(w: Widget, relation: Dataset['relations'][number]): Promise<void> {
  const marks = w.panel.locator('mark');
  await marks.first().waitFor();
  expect(await marks.allTextContents()).toEqual(relation.evidence.map((e) => e.quote));
}

export async function clickRelationOnCanvas(page: Page, w: Widget, id: string): Promise<void> {
  await w.surface.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const at = await w.host.evaluate(
    (element, relation) => (element as ActorGraphElement).renderedPositionOf(relation),
    id,
  );
  if (!at) throw new Error(`"${id}" is not drawn.`);
  await page.mouse.click(at.x, at.y);
}

/** The canvas's ink, and whether its background is dark. */
export async function canvasOf(browser: Browser, page: Page, surface: Locator) {
  await nextFrames(page);
  const ink = await measureInk(browser, await surface.screenshot());
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.background.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return { ...ink, dark: 0.2126 * r + 0.7152 * g + 0.0722 * b < 100 };
}
