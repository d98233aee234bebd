/**
 * Issue #12 in the widget: the cases that reach the browser, through the built widget.
 *
 * - Case 1: a source named many ways was fetched once per spelling (100 spellings of a 45 MB file
 *   downloaded 2.1 GB). It is fetched once.
 * - Case 3: any change of the page's hash parsed the `#view=` link again and showed it again over
 *   what the reader had done since. Only a changed view is read again.
 * - Case 9: the view file's fetch ignored `limits` and cancellation: the dataset was requested only
 *   once the view had arrived (30 s for a view server that never answers), and a widget removed from
 *   the page kept downloading its view.
 * - Case 13: a translucent theme colour made the GEXF export fail.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import type { WidgetLimits } from '../../components/actor-graph-view/dataset-loader.ts';
import { manySpellingsDataset, paddedText } from '../fixtures/hostile/cases-amplification.ts';
import { baseUrl, browserSession, openPage } from './browser.ts';
import { nextFrames, readSeed, waitForRows } from './explorer-fixtures.ts';
import { downloadItem, tempFolder, type Folder } from './export-helpers.ts';
import { dataRequests, fixtureUrl, openHostilePage } from './hostile-page.ts';
import { startOtherServer, stopOtherServer } from './hostile-server.ts';

const session = browserSession();
const seed = readSeed();
let other: Awaited<ReturnType<typeof startOtherServer>>;
let folder: Folder;

beforeAll(async () => {
  other = await startOtherServer();
  folder = await tempFolder();
});
afterEach(() => session.closeAll());
afterAll(async () => {
  await stopOtherServer(other?.server);
  await folder?.remove();
});

const VALID = 'hostile/transport/crlf-dataset.json';

/** A new `<actor-graph>` for `src`, with a `view` and `limits` if given, appended to the page. */
async function mountWith(
  page: import('playwright-core').Page,
  src: string,
  extra: { view?: string; limits?: WidgetLimits } = {},
): Promise<void> {
  await page.evaluate(
    ({ src, view, limits }) => {
      document.querySelectorAll('actor-graph').forEach((old) => old.remove());
      const element = document.createElement('actor-graph');
      element.setAttribute('loading', 'eager');
      if (limits) element.limits = limits;
      if (view) element.setAttribute('view', view);
      element.setAttribute('src', src);
      document.querySelector('main')!.append(element);
    },
    { src, ...extra },
  );
}

const state = (page: import('playwright-core').Page) =>
  page.locator('actor-graph').getAttribute('data-state');

describe('case 1: one source file under many spellings', () => {
  it('is fetched once', async () => {
    const generated = new Map([
      ['amplified/data.json', new TextEncoder().encode(manySpellingsDataset('big.txt', 20))],
      ['amplified/big.txt', new TextEncoder().encode(paddedText(64 * 1024))],
    ]);
    const { page, requests, problems } = session.track(await openHostilePage(session.browser, { generated }));
    await mountWith(page, fixtureUrl('amplified/data.json'));
    await expect.poll(() => state(page), { timeout: 30_000 }).toBe('ready');
    expect(dataRequests(requests)).toEqual([
      fixtureUrl('amplified/data.json'),
      fixtureUrl('amplified/big.txt'),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('case 9: the view file is fetched beside the dataset, within the limits, and stopped with the widget', () => {
  it('the dataset is requested while a view server has not answered yet', async () => {
    const { page } = session.track(await openHostilePage(session.browser));
    // A view that never comes: the request is left unanswered.
    await page.route('**/never/view.json', () => undefined);
    const dataset = page.waitForRequest(fixtureUrl(VALID), { timeout: 15_000 });
    await mountWith(page, fixtureUrl(VALID), { view: fixtureUrl('never/view.json') });
    await dataset;
  });

  it('limits.timeoutMs gives up on the view, and the graph is shown with the view’s problem', async () => {
    const { page, problems } = session.track(await openHostilePage(session.browser));
    await page.route('**/never/view.json', () => undefined);
    await mountWith(page, fixtureUrl(VALID), {
      view: fixtureUrl('never/view.json'),
      limits: { timeoutMs: 1500 },
    });
    await expect.poll(() => state(page), { timeout: 20_000 }).toBe('ready');
    const viewProblems = await page
      .locator('actor-graph')
      .evaluate((element) => (element as ActorGraphElement).problems.map((p) => p.message));
    expect(viewProblems).toEqual([
      `${fixtureUrl('never/view.json')} did not answer within 1.5 s; the request was stopped (limits.timeoutMs).`,
    ]);
    expect(problems).toEqual([]);
  });

  it('limits.maxBytes holds for the view file too', async () => {
    const { page } = session.track(await openHostilePage(session.browser));
    await page.route('**/big/view.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ kind: 'actor-graph-view', formatVersion: 1, pad: 'x'.repeat(5000) }),
      }),
    );
    await mountWith(page, fixtureUrl(VALID), {
      view: fixtureUrl('big/view.json'),
      limits: { maxBytes: 4000 },
    });
    await expect.poll(() => state(page), { timeout: 20_000 }).toBe('ready');
    const codes = await page
      .locator('actor-graph')
      .evaluate((element) => (element as ActorGraphElement).problems.map((p) => p.message));
    expect(codes).toEqual([expect.stringMatching(/big\/view\.json is \d+ bytes; the limit is 4000 bytes/)]);
  });

  it('a widget removed from the page stops downloading its view', async () => {
    const { page } = session.track(await openHostilePage(session.browser, { loopback: true }));
    // Part of a body, then nothing: the download stays open until someone stops it.
    await mountWith(page, fixtureUrl(VALID), { view: `${other.origin}/stalls.json` });
    await expect.poll(() => other.served.has('/stalls.json'), { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => document.querySelector('actor-graph')!.remove());
    await expect.poll(() => other.served.get('/stalls.json')!.closedEarly, { timeout: 10_000 }).toBe(true);
  });
});

describe('case 3: the address changes, the view does not', () => {
  const HIDDEN = { id: 'threat-perception', label: 'Threat perception' };
  const shown = seed.relations.filter((r) => r.type !== HIDDEN.id).length;
  const link = `#view=${Buffer.from(JSON.stringify({ kind: 'actor-graph-view', formatVersion: 1, hiddenTypes: [HIDDEN.id] })).toString('base64url')}`;

  it('a hash change that keeps the view leaves what the reader did since', async () => {
    const { page, problems } = session.track(
      await openPage(session.browser, `/${link}`, { reducedMotion: 'reduce' }),
    );
    await waitForRows(page, shown);
    // The reader shows the type again...
    await page.getByRole('checkbox', { name: new RegExp(`^${HIDDEN.label}\\b`) }).check();
    await waitForRows(page, seed.relations.length);
    // ...then the page's hash changes, the view in it does not (a second parameter, as a site adds).
    await page.evaluate((hash) => void (location.hash = `${hash}&utm_source=mail`), link);
    await nextFrames(page);
    await nextFrames(page);
    await waitForRows(page, seed.relations.length);
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${HIDDEN.label}\\b`) }).isChecked()).toBe(
      true,
    );
    // A different view in the link is still applied.
    await page.evaluate(() => void (location.hash = ''));
    await page.evaluate((hash) => void (location.hash = hash), link);
    await waitForRows(page, shown);
    expect(problems).toEqual([]);
  });
});

describe('case 13: a translucent theme colour', () => {
  it('GEXF from the menu carries the colour with its alpha', async () => {
    const type = seed.relationTypes[0]!;
    const watched = session.track(
      await openPage(session.browser, 'about:blank', { reducedMotion: 'reduce' }),
    );
    const { page, problems } = watched;
    // The explorer page with a page style that gives one relation type a translucent colour.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const style = `<style>actor-graph { --actor-graph-type-${type.id}-color: rgba(0, 114, 178, 0.5); }</style>`;
        await route.fulfill({
          response,
          body: (await response.text()).replace('</head>', `${style}</head>`),
        });
      },
    );
    await page.goto(baseUrl());
    await waitForRows(page, seed.relations.length);
    const file = await downloadItem(page, 'GEXF', folder.dir);
    const gexf = await readFile(file, 'utf8');
    const relation = seed.relations.find((r) => r.type === type.id)!;
    const edge = gexf.slice(gexf.indexOf(`<edge id="${relation.id}"`));
    expect(edge.slice(0, edge.indexOf('</edge>'))).toContain('<viz:color r="0" g="114" b="178" a="0.5"/>');
    expect(problems).toEqual([]);
  });
});

describe('case 8: what a link to embed.html may change', () => {
  it('a heading in the address is not shown, nor put in exported titles: the data’s own title is', async () => {
    const src = encodeURIComponent(new URL('/graph-data/putins-delicate-dance.json', baseUrl()).href);
    const fake = 'Russia admits everything';
    const { page, problems } = session.track(
      await openPage(
        session.browser,
        `/embed.html?src=${src}&heading=${encodeURIComponent(fake)}&theme=dark`,
      ),
    );
    await waitForRows(page, seed.relations.length);
    const widget = page.locator('actor-graph');
    expect(await widget.getByRole('heading', { level: 2 }).first().textContent()).toBe(seed.title);
    expect(await widget.getByText(fake).count()).toBe(0);
    const svg = await widget.evaluate(async (element) =>
      (await (element as ActorGraphElement).exportAs('svg')).text(),
    );
    expect(svg).not.toContain(fake);
    expect(svg).toContain('<title>Putin');
    // What the address may choose is still taken: here, the dark theme.
    expect(
      await widget.evaluate((element) =>
        element
          .shadowRoot!.querySelector('actor-graph-view')!
          .shadowRoot!.querySelector('.base')!
          .classList.contains('dark'),
      ),
    ).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('case 10: a degenerate view in a link', () => {
  it('a zoom of 1e-300 is refused with its place, and the graph is shown in its default view', async () => {
    const view =
      '{"kind":"actor-graph-view","formatVersion":1,"viewport":{"zoom":1e-300,"center":{"x":0,"y":0}}}';
    const { page, problems } = session.track(
      await openPage(session.browser, `/#view=${Buffer.from(view).toString('base64url')}`, {
        reducedMotion: 'reduce',
      }),
    );
    await waitForRows(page, seed.relations.length);
    const banner = page.getByRole('alert');
    await banner.getByText('The saved view could not be restored.').waitFor();
    const viewProblems = await page
      .locator('actor-graph')
      .evaluate((element) => (element as ActorGraphElement).problems.map((p) => `${p.code} ${p.path}`));
    expect(viewProblems).toEqual(['schema $.viewport.zoom']);
    expect(problems).toEqual([]);
  });
});
