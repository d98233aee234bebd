import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type WatchedPage } from './browser.ts';
import {
  canvasInk,
  clickOn,
  liveRegion,
  measureInk,
  mustPositionOf,
  nextFrames,
  openExplorer,
  panel,
  readSeed,
  relationOf,
  relationRows,
  surface,
} from './explorer-fixtures.ts';
import { dragActor } from './export-helpers.ts';
import { LIGHT_THEME } from '../../src/style/theme.ts';

// The explorer page (index.html, built into dist/) with the seed dataset, used as a reader would.
const seed = readSeed();
const CONDEMNATION = relationOf(seed, 'rus-isr-condemnation');

let browser: Browser;
let opened: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function explorer(options: Parameters<typeof openExplorer>[1] = {}): Promise<WatchedPage> {
  const watched = await openExplorer(browser, options);
  opened.push(watched);
  return watched;
}

async function closeAll(): Promise<void> {
  for (const { context } of opened) await context.close();
  opened = [];
}

/** Every quote of the relation, verbatim, is marked in the evidence panel. */
async function expectEvidenceOf(page: Page, relation: typeof CONDEMNATION): Promise<void> {
  const marks = panel(page).locator('mark');
  await marks.first().waitFor();
  expect(await marks.allTextContents()).toEqual(relation.evidence.map((e) => e.quote));
  for (const e of relation.evidence) {
    await panel(page).getByText(`characters ${e.start}–${e.end}`).waitFor();
  }
}

describe('explorer: what is drawn', () => {
  it('lists every actor and relation, and the canvas is drawn', async () => {
    const { page, problems } = await explorer();
    await page.getByRole('heading', { level: 2, name: seed.title }).waitFor();
    expect(await relationRows(page).count()).toBe(seed.relations.length);
    const table = page.locator('actor-graph-table');
    for (const actor of seed.actors.filter((a) => a.kind === 'state')) {
      expect(await table.getByRole('gridcell', { name: actor.name, exact: true }).count()).toBeGreaterThan(0);
    }
    for (const type of seed.relationTypes) {
      await page.getByRole('checkbox', { name: new RegExp(`^${type.label}\\b`) }).waitFor();
    }
    // The canvas is not blank: nodes, edges and labels cover a good part of it.
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.03);
    await page.screenshot({ path: '/tmp/ag-explorer-1280.png' });
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('draws every actor where a click selects it', async () => {
    const { page, problems } = await explorer();
    for (const actor of seed.actors) {
      const at = await mustPositionOf(page, actor.id);
      await page.mouse.click(at.x, at.y);
      await panel(page).getByRole('heading', { name: actor.name }).waitFor();
      expect(await liveRegion(page).textContent()).toContain(`${actor.name}, ${actor.kind}:`);
    }
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('explorer: labels', () => {
  /** Pixels in the label colour in a band just above and just below an actor's shape. */
  async function labelInk(page: Page, id: string): Promise<{ above: number; below: number }> {
    await nextFrames(page);
    const at = await mustPositionOf(page, id);
    const box = (await surface(page).boundingBox())!;
    const png = await surface(page).screenshot();
    const band = (top: number) => ({ x: at.x - box.x - 50, y: at.y - box.y + top, width: 100, height: 18 });
    const near = async (top: number) =>
      (await measureInk(browser, png, LIGHT_THEME.foreground, band(top))).near;
    // The shape's radius is 17 at zoom 1; the bands start a little beyond it.
    return { above: await near(-42), below: await near(22) };
  }

  it('hangs a label on the side its relations leave free, and moves it when the reader drags the actor', async () => {
    const { page, problems } = await explorer({ reducedMotion: 'reduce' });
    // Israel stands above the others: its relations all leave downwards, its label sits above.
    const before = await labelInk(page, 'ISR');
    expect(before.above).toBeGreaterThan(20);
    expect(before.below).toBeLessThan(5);
    // Dragged level with Saudi Arabia, at the bottom, its relations leave upwards: the label goes below.
    const from = await mustPositionOf(page, 'ISR');
    const saudi = await mustPositionOf(page, 'SAU');
    await dragActor(page, 'ISR', saudi.x + 180 - from.x, saudi.y - from.y);
    const after = await labelInk(page, 'ISR');
    await page.screenshot({ path: '/tmp/ag-explorer-label-dragged-1280.png' });
    expect(after.below).toBeGreaterThan(20);
    expect(after.above).toBeLessThan(5);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('explorer: selecting a relation', () => {
  it('by a click on its edge shows its verbatim quotes and selects its table row', async () => {
    const { page, problems } = await explorer();
    const at = await mustPositionOf(page, CONDEMNATION.id);
    await page.mouse.click(at.x, at.y);
    await expectEvidenceOf(page, CONDEMNATION);
    await panel(page).getByText('Reported as fact').waitFor();
    const row = page.locator('actor-graph-table tr[aria-selected="true"]');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Condemnation');
    await page.screenshot({ path: '/tmp/ag-explorer-selected-1280.png' });
    // A click on the background clears the selection.
    const box = (await surface(page).boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + box.height - 8);
    await panel(page).getByText('Select a relation or an actor to see the evidence').waitFor();
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('by the keyboard: Tab to the canvas, arrows, Enter', async () => {
    const { page, problems } = await explorer();
    await page.getByRole('combobox', { name: 'Find an actor' }).focus();
    await page.keyboard.press('Tab'); // the Fit button
    await page.keyboard.press('Tab'); // Export
    await page.keyboard.press('Tab'); // Embed
    await page.keyboard.press('Tab'); // the canvas
    expect(await surface(page).evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    const live = liveRegion(page);
    await page.keyboard.press('Home');
    for (let i = 0; i < seed.actors.length && !(await live.textContent())?.startsWith('Russia,'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await live.textContent()).toMatch(/^Russia, state: \d+ relations/);
    await page.keyboard.press('ArrowRight');
    const wanted = 'Condemnation: Russia → Israel, reported, 2 quotes. Press Enter for the evidence.';
    for (let i = 0; i < seed.relations.length && !(await live.textContent())?.startsWith(wanted); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect((await live.textContent())?.trim()).toBe(wanted);
    await page.keyboard.press('Enter');
    await expectEvidenceOf(page, CONDEMNATION);
    // Escape clears the selection, a second Escape leaves focus mode; the canvas keeps focus.
    await page.keyboard.press('Escape');
    await panel(page).getByText('Select a relation or an actor to see the evidence').waitFor();
    await page.keyboard.press('Escape');
    expect(await surface(page).evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('by a table row, and the graph follows', async () => {
    const { page, problems } = await explorer();
    const row = page.getByRole('row', { name: /Condemnation Russia Israel/ });
    await row.click();
    await expectEvidenceOf(page, CONDEMNATION);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await liveRegion(page).textContent()).toContain(
      'Condemnation: Russia → Israel, reported, 2 quotes.',
    );
    // An actor's relations in the panel are buttons that select the relation.
    await page.getByRole('row', { name: /Rivalry Iran Israel/ }).click();
    await clickOn(page, 'IRN');
    await panel(page).getByRole('heading', { name: 'Iran' }).waitFor();
    expect(await page.locator('actor-graph-table tr.related').count()).toBe(
      seed.relations.filter((r) => r.from === 'IRN' || r.to === 'IRN').length,
    );
    await panel(page)
      .getByRole('button', { name: /Rivalry.*Israel/ })
      .click();
    await expectEvidenceOf(page, relationOf(seed, 'irn-isr-rivalry'));
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('explorer: who said it', () => {
  it('shows, under each quote, who the text says its words come from', async () => {
    const { page, problems } = await explorer();
    const briefing = relationOf(seed, 'rus-usa-briefing');
    await page.getByRole('row', { name: /Briefing Russia United States/ }).click();
    await expectEvidenceOf(page, briefing);
    const quotes = panel(page).locator('li.quote');
    expect(await quotes.locator('.cite').allTextContents()).toEqual([
      expect.stringMatching(/^\s*Attributed to the Kremlin · /),
      expect.stringMatching(/^\s*Attributed to Yuri Ushakov · /),
    ]);
    // The relation's own attribution still names where the claim as a whole comes from.
    await panel(page).getByText(briefing.attribution!, { exact: true }).waitFor();
    // The condemnation's words come from the Kremlin, and from a report the article quotes unnamed.
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).click();
    await expectEvidenceOf(page, CONDEMNATION);
    expect(await quotes.locator('.cite').allTextContents()).toEqual([
      expect.stringMatching(/^\s*Attributed to the Kremlin · /),
      expect.stringMatching(/^\s*Attributed to an unnamed report the article quotes · /),
    ]);
    // A relation whose quotes carry no attribution of their own shows none.
    const strike = relationOf(seed, 'isr-irn-military-strike');
    await page.getByRole('row', { name: /Military strike Israel Iran/ }).click();
    await expectEvidenceOf(page, strike);
    expect(
      await panel(page)
        .getByText(/Attributed to/)
        .count(),
    ).toBe(0);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('explorer: filters and search', () => {
  it('unchecking a type removes its rows from the table and its edges from the canvas', async () => {
    const { page, problems } = await explorer();
    const briefing = relationOf(seed, 'rus-usa-briefing');
    const count = seed.relations.filter((r) => r.type === briefing.type).length;
    // Where the edge is drawn, in the canvas's own coordinates: the page may scroll meanwhile.
    const at = await mustPositionOf(page, briefing.id);
    const box = (await surface(page).boundingBox())!;
    const region = { x: at.x - box.x - 10, y: at.y - box.y - 10, width: 20, height: 20 };
    const before = await measureInk(browser, await surface(page).screenshot(), undefined, region);
    expect(before.inked).toBeGreaterThan(20);

    await page.getByRole('checkbox', { name: /^Briefing\b/ }).uncheck();
    expect(await relationRows(page).count()).toBe(seed.relations.length - count);
    expect(await page.getByRole('row', { name: /Briefing/ }).count()).toBe(0);
    expect(await liveRegion(page).textContent()).toContain(
      `Showing ${seed.relations.length - count} of ${seed.relations.length} relations.`,
    );
    // Where the briefing edge was drawn, the canvas is now empty.
    await nextFrames(page);
    const after = await measureInk(browser, await surface(page).screenshot(), undefined, region);
    expect(after.inked).toBe(0);

    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await relationRows(page).count()).toBe(seed.relations.length);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('a selected relation whose status gets filtered out is deselected', async () => {
    const { page, problems } = await explorer();
    await page.getByRole('row', { name: /Drone transfer/ }).click();
    await panel(page).getByText('Alleged (the text calls it alleged)').waitFor();
    await page.getByRole('checkbox', { name: /^Alleged\b/ }).uncheck();
    await panel(page).getByText('Select a relation or an actor to see the evidence').waitFor();
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('search finds Saudi Arabia; Enter selects it and the panel lists its relations', async () => {
    const { page, problems } = await explorer();
    const box = page.getByRole('combobox', { name: 'Find an actor' });
    await box.fill('Saudi Arabia');
    await page.getByRole('option', { name: /Saudi Arabia/ }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await panel(page).getByRole('heading', { name: 'Saudi Arabia' }).waitFor();
    const relations = seed.relations.filter((r) => r.from === 'SAU' || r.to === 'SAU');
    expect(await panel(page).locator('button.relation').count()).toBe(relations.length);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // Aliases and representatives are found too, and the list says why.
    await box.fill('Tehran');
    await page.getByRole('option', { name: /Tehran → Iran/ }).waitFor();
    await box.fill('Netanyahu');
    await page.getByRole('option', { name: /Benjamin Netanyahu → Israel/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('option', { name: /Israel/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await panel(page).getByRole('heading', { name: 'Israel' }).waitFor();
    await box.press('Escape');
    expect(problems).toEqual([]);
    await closeAll();
  });
});
