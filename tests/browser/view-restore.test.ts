import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, type WatchedPage } from './browser.ts';
import {
  clickOn,
  openExplorer,
  panel,
  readSeed,
  relationOf,
  relationRows,
  waitForRows,
} from './explorer-fixtures.ts';
import {
  downloadItem,
  dragActor,
  expectSameView,
  hideType,
  menuItem,
  openMenu,
  readJson,
  tempFolder,
  zoomIn,
  type Folder,
  type SnapshotJson,
} from './export-helpers.ts';

// An author arranges the graph, saves the view, and publishes it: as a file (`view="…"`) or as a
// link (`#view=…` on the explorer page). Opened again, it is the same view, to 0.01 graph units.
const seed = readSeed();
const HIDDEN = { id: 'threat-perception', label: 'Threat perception' };
const SELECTED = relationOf(seed, 'rus-usa-briefing');
const shownCount = seed.relations.filter((r) => r.type !== HIDDEN.id).length;
const MOVE = { dx: -90, dy: 70 };

let browser: Browser;
let folder: Folder;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await tempFolder();
});

afterAll(async () => {
  await browser?.close();
  await folder?.remove();
});

/** Moves an actor, hides a type, selects a relation and zooms in; saves the view (file and content). */
async function arrangeAndSave(page: Page): Promise<{ path: string; saved: SnapshotJson }> {
  const before = await readJson<SnapshotJson>(await downloadItem(page, 'View snapshot (JSON)', folder.dir));
  await page.keyboard.press('Escape');
  await dragActor(page, 'USA', MOVE.dx, MOVE.dy);
  await hideType(page, HIDDEN.label);
  await waitForRows(page, shownCount);
  await clickOn(page, SELECTED.id);
  await panel(page).getByText(SELECTED.summary).waitFor();
  await zoomIn(page);
  const path = await downloadItem(page, 'View snapshot (JSON)', folder.dir);
  const saved = await readJson<SnapshotJson>(path);

  // The drag moved the actor by the mouse's distance, in graph units; the others stayed.
  const zoom = before.viewport!.zoom;
  const [x0, y0] = before.positions['USA']!;
  const [x1, y1] = saved.positions['USA']!;
  expect(x1 - x0).toBeCloseTo(MOVE.dx / zoom, 0);
  expect(y1 - y0).toBeCloseTo(MOVE.dy / zoom, 0);
  expect(saved.positions['RUS']).toEqual(before.positions['RUS']);
  expect(saved.hiddenTypes).toEqual([HIDDEN.id]);
  expect(saved.selection).toEqual({ kind: 'relation', id: SELECTED.id });
  expect(saved.viewport!.zoom).toBeGreaterThan(zoom * 1.2);
  return { path, saved };
}

/** The view as the page shows it, read back by saving a snapshot from its own Export menu. */
async function savedFrom(page: Page): Promise<SnapshotJson> {
  return readJson<SnapshotJson>(await downloadItem(page, 'View snapshot (JSON)', folder.dir));
}

/** The explorer page, its `view` attribute pointing at `view.json`, served with `body`. */
async function explorerWithViewFile(body: string | Buffer): Promise<WatchedPage> {
  const watched = await openPage(browser, 'about:blank', { reducedMotion: 'reduce' });
  const { page } = watched;
  await page.route('**/my-view.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('view="#view"', 'view="./my-view.json"');
      await route.fulfill({ response, body: html });
    },
  );
  await page.goto(baseUrl());
  return watched;
}

/** The restored page shows the saved filters in its table and the saved selection in its panel. */
async function expectShown(page: Page): Promise<void> {
  await waitForRows(page, shownCount);
  await panel(page).getByText(SELECTED.summary).waitFor();
  expect(await page.getByRole('checkbox', { name: new RegExp(`^${HIDDEN.label}\\b`) }).isChecked()).toBe(
    false,
  );
  const selectedRow = relationRows(page).and(page.locator('[aria-selected="true"]'));
  expect(await selectedRow.count()).toBe(1);
}

describe('view snapshots', () => {
  it('a snapshot saved from the menu restores exactly through view="…"', async () => {
    const first = await openExplorer(browser, { reducedMotion: 'reduce' });
    const { path, saved } = await arrangeAndSave(first.page);
    expect(path).toMatch(/putins-delicate-dance-view\.json$/);
    expect(first.problems).toEqual([]);
    await first.context.close();

    const second = await explorerWithViewFile(await readFile(path));
    await expectShown(second.page);
    expectSameView(await savedFrom(second.page), saved);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('"Copy link to this view" puts it in the address and on the clipboard; the link restores it', async () => {
    const first = await openExplorer(browser, { reducedMotion: 'reduce' });
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const { saved } = await arrangeAndSave(first.page);
    await openMenu(first.page);
    await menuItem(first.page, 'Copy link to this view').click();
    await first.page.locator('actor-graph-export-menu').getByText('Link to this view copied.').waitFor();
    const href = await first.page.evaluate(() => location.href);
    expect(new URL(href).hash).toMatch(/^#view=[A-Za-z0-9_-]+$/);
    expect(await first.page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    expect(first.problems).toEqual([]);
    await first.context.close();

    const second = await openPage(browser, href, { reducedMotion: 'reduce' });
    await expectShown(second.page);
    expectSameView(await savedFrom(second.page), saved);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('a link pasted into the open explorer is applied at once', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    const view = { kind: 'actor-graph-view', formatVersion: 1, hiddenTypes: [HIDDEN.id] };
    const fragment = `#view=${Buffer.from(JSON.stringify(view)).toString('base64url')}`;
    await page.evaluate((hash) => void (location.hash = hash), fragment);
    await waitForRows(page, shownCount);
    expect((await savedFrom(page)).hiddenTypes).toEqual([HIDDEN.id]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a damaged link says so and shows the default view', async () => {
    const { page, problems, context } = await openPage(browser, '/#view=eyJr*broken', {
      reducedMotion: 'reduce',
    });
    await waitForRows(page, seed.relations.length);
    const banner = page.getByRole('alert');
    await banner.getByText('The saved view could not be restored.').waitFor();
    expect(await banner.textContent()).toContain('damaged');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText('The saved view could not be restored.').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a view file with a mistake is reported with its line and path, and the default view is shown', async () => {
    const { page, problems, context } = await explorerWithViewFile(
      '{\n  "kind": "actor-graph-view",\n  "formatVersion": 1,\n  "hiddenTypes": "briefing"\n}\n',
    );
    await waitForRows(page, seed.relations.length);
    const banner = page.getByRole('alert');
    await banner.getByText('The saved view could not be restored.').waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toMatch(/my-view\.json:4:\d+/);
    expect(text).toContain('$.hiddenTypes');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a view whose reader cannot be fetched says so and shows the default view', async () => {
    const { page, problems, context } = await openPage(browser, 'about:blank', { reducedMotion: 'reduce' });
    // The loader asks for the reader beside the widget's code; the widget's own import of it then
    // fails too (the page keeps a module's failed fetch), and the widget says so.
    let asked = 0;
    await page.route(/\/assets\/view-loader-[\w-]+\.js$/, (route) => {
      asked++;
      return route.abort();
    });
    await page.goto(`${baseUrl()}/#view=${encodeURIComponent('eyJraW5kIjoiYWN0b3ItZ3JhcGgtdmlldyJ9')}`);
    await waitForRows(page, seed.relations.length);
    const banner = page.getByRole('alert');
    await banner.getByText('The saved view could not be restored.').waitFor();
    expect(await banner.textContent()).toContain('its code did not arrive');
    expect(asked).toBeGreaterThan(0);
    // Only the browser's own line for the request that was stopped; no uncaught error.
    expect(problems).toEqual(['error: Failed to load resource: net::ERR_FAILED']);
    await context.close();
  });

  it('ignores, with a warning, what the dataset does not have; actors it does not place keep theirs', async () => {
    const fresh = await openExplorer(browser, { reducedMotion: 'reduce' });
    const computed = await savedFrom(fresh.page);
    await fresh.context.close();

    const view = {
      kind: 'actor-graph-view',
      formatVersion: 1,
      positions: { USA: [400, -20], GHOST: [0, 0] },
      hiddenTypes: ['briefing', 'no-such-type'],
      selection: { kind: 'actor', id: 'NOBODY' },
    };
    const { page, problems, context } = await explorerWithViewFile(JSON.stringify(view));
    await waitForRows(page, seed.relations.length - 1);
    const notice = page.getByRole('status').filter({ hasText: 'restored in part' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const id of ['GHOST', 'no-such-type', 'NOBODY']) expect(text).toContain(id);
    const shown = await savedFrom(page);
    expect(shown.positions['USA']).toEqual([400, -20]);
    for (const id of ['RUS', 'IRN', 'ISR']) expect(shown.positions[id]).toEqual(computed.positions[id]);
    expect(shown.hiddenTypes).toEqual(['briefing']);
    expect(shown.selection).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
