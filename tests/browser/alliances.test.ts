import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as runCli } from '../core/cli-harness.ts';
import { byClass, readSvg } from '../core/readers/read-svg.ts';
import { baseUrl, launchBrowser, openPage, type WatchedPage } from './browser.ts';
import { liveRegion, mustPositionOf, openExplorer, SEED_PATH } from './explorer-fixtures.ts';
import {
  downloadItem,
  downloadPng,
  menuItem,
  openMenu,
  pngSize,
  tempFolder,
  type Folder,
} from './export-helpers.ts';

/*
 * The Alliances view of the seed, through the UI as a reader uses it: switching views with the mouse
 * and the keyboard, selecting a pair on the canvas and in the table, reading the panel and a quote,
 * the camps and the unbalanced Russia–Iran–Israel triangle, a #view= link, and the pictures it
 * exports, compared with the CLI's.
 */

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

const alliancesView = (page: Page): Locator => page.locator('actor-graph-alliances');
const switchButton = (page: Page, name: 'Relations' | 'Alliances'): Locator =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });
const details = (page: Page): Locator => page.getByRole('region', { name: 'Alliance details' });
const pairButton = (page: Page, name: string): Locator =>
  alliancesView(page).getByRole('table').getByRole('button', { name });

/** Switches to the Alliances view with a click and waits until it is analysed and drawn. */
async function showAlliances(page: Page): Promise<void> {
  await switchButton(page, 'Alliances').click();
  await pairButton(page, 'Russia and Israel').waitFor();
}

const isChunk = (url: string): boolean => /alliance-view-[\w-]+\.js$/.test(url);

describe('the Alliances view', () => {
  it('loads its code only when the reader first switches to it, by mouse or keyboard', async () => {
    const { page, problems, requests, context } = await openExplorer(browser);
    expect(requests.some(isChunk)).toBe(false);
    await expect(switchButton(page, 'Relations').getAttribute('aria-pressed')).resolves.toBe('true');
    // The keyboard: focus the switch's second button and press Enter.
    await switchButton(page, 'Alliances').focus();
    await page.keyboard.press('Enter');
    await pairButton(page, 'Russia and Israel').waitFor();
    expect(requests.some(isChunk)).toBe(true);
    await expect(switchButton(page, 'Alliances').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('actor-graph-table').isVisible()).resolves.toBe(false);
    await liveRegion(page)
      .getByText(/Alliances/)
      .first()
      .waitFor({ state: 'attached' });
    // The mouse: back to the relations, which are as they were.
    await switchButton(page, 'Relations').click();
    await alliancesView(page).waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when its code cannot be fetched, and the relations stay as they were', async () => {
    const { page, problems, context } = await openExplorer(browser);
    let asked = 0;
    await page.route(/\/assets\/alliance-view-[\w-]+\.js$/, (route) => {
      asked++;
      return route.abort();
    });
    await switchButton(page, 'Alliances').click();
    await page
      .getByRole('alert')
      .getByText('The Alliances view could not be shown: its code did not arrive.')
      .waitFor();
    expect(asked).toBe(1);
    await expect(switchButton(page, 'Relations').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(switchButton(page, 'Alliances').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await alliancesView(page).count()).toBe(0);
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).waitFor();
    await page.screenshot({ path: '/tmp/ag-alliances-code-failed.png' });
    // Only the browser's own line for the request that was stopped; no uncaught error.
    expect(problems).toEqual(['error: Failed to load resource: net::ERR_FAILED']);
    await context.close();
  });

  it('names the camps and marks the Russia–Iran–Israel triangle unbalanced', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await showAlliances(page);
    const view = alliancesView(page);
    await expect(view.getByRole('listitem').filter({ hasText: 'Camp A:' }).textContent()).resolves.toMatch(
      /Iran/,
    );
    await expect(view.getByRole('listitem').filter({ hasText: 'Camp B:' }).textContent()).resolves.toMatch(
      /Israel/,
    );
    const triangle = view.getByRole('listitem').filter({ hasText: /Russia.?–.?Iran.?–.?Israel/ });
    await expect(triangle.textContent()).resolves.toMatch(/unbalanced/);
    await triangle.getByRole('button').click();
    await details(page)
      .getByText(/Russia.? is allied with both .?Iran.? and .?Israel.?, who are adversaries/)
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a pair chosen in the table, and opens a relation onto its quotes', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await showAlliances(page);
    await pairButton(page, 'Russia and Israel').click();
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Russia and Israel' }).waitFor();
    await panel.getByText(/Israel.?: \+4\.85 net from 5 relations, allies on balance\./).waitFor();
    await panel.getByText('2 conflictual').waitFor();
    const condemnation = panel.locator('details').filter({
      has: page.locator('summary').filter({ hasText: 'Condemnation' }),
    });
    await condemnation.locator('summary').click();
    const quote = condemnation.locator('blockquote').first();
    await quote.waitFor();
    await expect(quote.textContent()).resolves.toMatch(/condemn/i);
    const row = pairButton(page, 'Russia and Israel').locator('xpath=ancestor::tr');
    await expect(row.getAttribute('aria-selected')).resolves.toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('selects a pair clicked on the canvas, and one reached with the arrow keys', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await showAlliances(page);
    const surface = alliancesView(page).getByRole('application');
    await surface.scrollIntoViewIfNeeded();
    const at = await mustPositionOf(page, 'RUS|IRN');
    await page.mouse.click(at.x, at.y);
    await details(page).getByRole('heading', { name: 'Russia and Iran' }).waitFor();
    await details(page)
      .getByText(/\+52\.95 net from 9 relations/)
      .waitFor();
    // Keyboard: the first pair, then Enter.
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await details(page)
      .getByText(/net from/)
      .waitFor();
    await page.keyboard.press('Escape');
    await details(page)
      .getByText(/Select a line between two actors/)
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is restored exactly from a #view= link: the view and the selected pair', async () => {
    const first = await openExplorer(browser, { reducedMotion: 'reduce' });
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await showAlliances(first.page);
    await pairButton(first.page, 'Iran and Israel').click();
    await details(first.page).getByRole('heading', { name: 'Iran and Israel' }).waitFor();
    await openMenu(first.page);
    await menuItem(first.page, 'Copy link to this view').click();
    await first.page.locator('actor-graph-export-menu').getByText('Link to this view copied.').waitFor();
    const href = await first.page.evaluate(() => location.href);
    expect(first.problems).toEqual([]);
    await first.context.close();

    const second: WatchedPage = await openPage(browser, href, { reducedMotion: 'reduce' });
    await details(second.page).getByRole('heading', { name: 'Iran and Israel' }).waitFor();
    await expect(switchButton(second.page, 'Alliances').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('exports SVG that matches the CLI export of the same view, and a PNG', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await showAlliances(page);
    await pairButton(page, 'Russia and Israel').click();
    const view = await downloadItem(page, 'View snapshot (JSON)', folder.dir);
    const svgPath = await downloadItem(page, 'SVG image', folder.dir);
    expect(svgPath).toMatch(/-alliances\.svg$/);
    const out = join(folder.dir, 'cli-alliances.svg');
    const exported = await runCli(['export', SEED_PATH, '--view', view, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const widget = readSvg(await readFile(svgPath, 'utf8'));
    const fromCli = readSvg(await readFile(out, 'utf8'));
    const pairs = (svg: typeof widget) =>
      byClass(svg.root, 'pair').map((g) => g.children.map((c) => [c.attrib['d'], c.attrib['stroke']]));
    expect(pairs(widget)).toHaveLength(12);
    expect(pairs(widget)).toEqual(pairs(fromCli));
    expect(widget.texts).toEqual(fromCli.texts);
    const png = await readFile(await downloadPng(page, folder.dir, { scale: '1×' }));
    expect(pngSize(png).width).toBeGreaterThan(400);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds nothing serious in an accessibility scan of the view with a pair selected', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    const { page, problems, context } = await openExplorer(browser);
    await showAlliances(page);
    await pairButton(page, 'Russia and Israel').click();
    await page.addScriptTag({ content: axe });
    const findings = await page.evaluate(async () => {
      const run = (
        window as unknown as {
          axe: { run: (c: unknown) => Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe.run;
      const results = await run({ include: [['actor-graph']] });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
