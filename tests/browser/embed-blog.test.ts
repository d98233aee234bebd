import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type WatchedPage } from './browser.ts';
import {
  BLOG,
  GULF_URL,
  HEAVY_CHUNK,
  SEED_URL,
  absolute,
  canvasOf,
  clickRelationOnCanvas,
  expectEvidence,
  expectOnlyOwnOrigin,
  expectPageUntouched,
  heavyChunkFile,
  openWatched,
  readDataset,
  records,
  scrollToWidget,
  settleObservers,
  widget,
} from './embed-fixtures.ts';

// The demo blog post (demo/blog.html, built): a theme that styles everything it can reach, a strict
// CSP, a graph in the middle of the text and another far below it, with different data.
const seed = readDataset(SEED_URL);
const gulf = readDataset(GULF_URL);
const CONDEMNATION = seed.relations.find((r) => r.id === 'rus-isr-condemnation')!;
const ALIGNMENT = gulf.relations.find((r) => r.id === 'sau-west-alignment')!;
const LOAD_MARGIN = 800;

let browser: Browser;
let opened: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function blog(viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const watched = await openWatched(browser, BLOG, { viewport });
  opened.push(watched);
  return watched;
}

async function closeAll(): Promise<void> {
  for (const { context } of opened) await context.close();
  opened = [];
}

const requested = (requests: readonly string[], pattern: RegExp | string): boolean =>
  requests.some((url) => (typeof pattern === 'string' ? url === absolute(pattern) : pattern.test(url)));

describe('light until seen', () => {
  it('ships a small loader, apart from the heavy chunk', () => {
    const loader = readFileSync('dist/actor-graph.js');
    expect(loader.length).toBeLessThan(10 * 1024);
    expect(gzipSync(loader).length).toBeLessThan(4 * 1024);
    // The split is worth having: what the loader fetches when the widget mounts (the widget's chunk
    // and the chunks it imports, asked for together) is two orders of magnitude larger.
    const mounted = [...loader.toString().matchAll(/assets\/[\w.-]+\.js/g)].map(([path]) => `dist/${path}`);
    expect(mounted).toContain(heavyChunkFile());
    const size = mounted.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(size).toBeGreaterThan(50 * loader.length);
  });

  it('fetches the widget near the first graph, and the second graph’s data only near it', async () => {
    const { page, requests, problems } = await blog();
    await settleObservers(page);
    const first = widget(page, 0);
    const second = widget(page, 1);
    // The premise: at the top of the page neither graph is within the loading margin.
    const top = await first.host.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(900 + LOAD_MARGIN);
    expect(requested(requests, HEAVY_CHUNK)).toBe(false);
    expect(requests.filter((url) => url.endsWith('.json'))).toEqual([]);
    expect(await first.host.getAttribute('data-state')).toBeNull();
    // The space is reserved before anything loads, so the text below does not jump much later.
    expect((await first.host.boundingBox())!.height).toBeGreaterThanOrEqual(460 + 170);

    await scrollToWidget(page, first, seed.relations.length);
    expect(requested(requests, HEAVY_CHUNK)).toBe(true);
    expect(requested(requests, SEED_URL)).toBe(true);
    await settleObservers(page);
    expect(requested(requests, GULF_URL)).toBe(false);
    expect(await second.host.getAttribute('data-state')).toBeNull();
    const gap = await second.host.evaluate((element) => element.getBoundingClientRect().top - innerHeight);
    expect(gap).toBeGreaterThan(LOAD_MARGIN);

    await scrollToWidget(page, second, gulf.relations.length);
    expect(requested(requests, GULF_URL)).toBe(true);
    expect(requests.filter((url) => HEAVY_CHUNK.test(url))).toHaveLength(1);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('sealed against the hostile theme', () => {
  it('draws both graphs intact, and the page gains nothing: no head element, no stylesheet, no CSP violation', async () => {
    const { page, requests, problems } = await blog();
    const first = widget(page, 0);
    const second = widget(page, 1);
    await scrollToWidget(page, first, seed.relations.length);
    await page.screenshot({ path: '/tmp/ag-blog-1280-first.png' });
    const firstCanvas = await canvasOf(browser, page, first.surface);
    await scrollToWidget(page, second, gulf.relations.length);
    await page.screenshot({ path: '/tmp/ag-blog-1280-second.png' });
    const secondCanvas = await canvasOf(browser, page, second.surface);

    for (const canvas of [firstCanvas, secondCanvas])
      expect(canvas.inked / canvas.total).toBeGreaterThan(0.02);
    // theme="dark" on the second graph only; the page's `canvas { width: 50px }` reaches neither.
    expect([firstCanvas.dark, secondCanvas.dark]).toEqual([false, true]);
    for (const w of [first, second]) {
      expect((await w.surface.boundingBox())!.width).toBeGreaterThan(400);
      const font = await w.host.locator('actor-graph-view').evaluate((view) => {
        const base = view.shadowRoot!.querySelector('.base')!;
        return getComputedStyle(base).fontFamily;
      });
      expect(font).not.toContain('Comic');
      expect(await w.fallback.isVisible()).toBe(false);
    }
    // `title` stands in for `heading` on the second graph. The author's element keeps its title; the
    // widget inside carries an empty one, which by the HTML rules hides the tooltip over the graph.
    expect(await second.host.getAttribute('title')).toBe('The Gulf, the West and the Russia–Iran alliance');
    expect(await second.host.locator('actor-graph-view').getAttribute('title')).toBe('');
    await second.host
      .getByRole('heading', { level: 3, name: 'The Gulf, the West and the Russia–Iran alliance' })
      .waitFor();
    await first.host.getByRole('heading', { level: 3, name: seed.title }).waitFor();

    expect((await records(page)).violations).toEqual([]);
    await expectPageUntouched(page, `dist/${BLOG}`);
    expectOnlyOwnOrigin(requests);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('looks intact on a phone', async () => {
    const { page, problems } = await blog({ width: 390, height: 844 });
    const first = widget(page, 0);
    const second = widget(page, 1);
    await scrollToWidget(page, first, seed.relations.length);
    await page.screenshot({ path: '/tmp/ag-blog-390-first.png' });
    expect((await canvasOf(browser, page, first.surface)).inked).toBeGreaterThan(0);
    await scrollToWidget(page, second, gulf.relations.length);
    await page.screenshot({ path: '/tmp/ag-blog-390-second.png' });
    // Each graph fits the phone's width (its table scrolls sideways inside it), and so does the page.
    for (const w of [first, second]) {
      const box = (await w.host.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await records(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('several graphs on one page', () => {
  it('each selects on its own, shows its own quotes, and tells the page through composed events', async () => {
    const { page, problems } = await blog();
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { events: string[] }).events = log;
      for (const type of ['actor-graph-load', 'actor-graph-select'] as const) {
        document.addEventListener(type, (event) => {
          const index = [...document.querySelectorAll('actor-graph')].indexOf(event.target as never);
          const { detail } = event as CustomEvent<{ selection?: { id: string } | null }>;
          const selection = type === 'actor-graph-select' ? ` ${detail.selection?.id}` : '';
          log.push(`${type} ${index}${selection}`);
        });
      }
    });
    const first = widget(page, 0);
    const second = widget(page, 1);
    await scrollToWidget(page, first, seed.relations.length);
    await scrollToWidget(page, second, gulf.relations.length);

    // By a row of the first graph's table.
    await first.host.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await first.rows.filter({ hasText: 'Condemnation' }).click();
    await expectEvidence(first, CONDEMNATION);
    expect(await second.selectedRows.count()).toBe(0);
    await second.panel.getByText('Select a relation or an actor to see the evidence').waitFor();

    // By a click on the second graph's canvas.
    await clickRelationOnCanvas(page, second, ALIGNMENT.id);
    await expectEvidence(second, ALIGNMENT);
    expect(await second.selectedRows.allTextContents()).toEqual([expect.stringContaining('Alignment')]);
    expect(await first.selectedRows.allTextContents()).toEqual([expect.stringContaining('Condemnation')]);
    await expectEvidence(first, CONDEMNATION);

    // Events reach the page from each element, retargeted to it: they cross both shadow roots.
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([
      'actor-graph-load 0',
      'actor-graph-load 1',
      `actor-graph-select 0 ${CONDEMNATION.id}`,
      `actor-graph-select 1 ${ALIGNMENT.id}`,
    ]);
    expect(problems).toEqual([]);
    await closeAll();
  });
});
