import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  canvasInk,
  diffPixels,
  liveRegion,
  measureInk,
  mustPositionOf,
  nextFrames,
  openExplorer,
  panel,
  readSeed,
  surface,
  view,
} from './explorer-fixtures.ts';

// Keyboard, focus, announcements, theming and resistance to the host page's CSS, part by part.
const seed = readSeed();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What has focus inside the widget, through shadow roots: e.g. `ACTOR-GRAPH-CANVAS > DIV` */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const chain: string[] = [];
    let active: Element | null | undefined = document.activeElement;
    while (active) {
      chain.push(active.tagName);
      active = active.shadowRoot?.activeElement;
    }
    // Leave out the loader (<actor-graph>) and the widget (<actor-graph-view>) themselves.
    return chain.slice(2).join(' > ');
  });

async function isDark(browserPage: Page): Promise<boolean> {
  const { background } = await canvasInk(browser, browserPage);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
}

describe('canvas', () => {
  it('is one tab stop with a visible focus ring, and the keyboard focus is drawn', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await page.getByRole('combobox', { name: 'Find an actor' }).focus();
    // The toolbar: Fit, Export, Embed, one tab stop each; then the canvas.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ACTOR-GRAPH-EXPORT-MENU > BUTTON');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ACTOR-GRAPH-EMBED-CODE > BUTTON');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ACTOR-GRAPH-CANVAS > DIV');
    expect(await surface(page).getAttribute('aria-roledescription')).toBe('graph');
    expect(await surface(page).getAttribute('aria-label')).toContain('arrow');
    expect(await surface(page).evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe('none');

    await page.keyboard.press('Home');
    const sentence = (await liveRegion(page).textContent()) ?? '';
    const actor = seed.actors.find((a) => sentence.startsWith(`${a.name}, ${a.kind}:`));
    expect(actor, sentence).toBeDefined();
    const at = await mustPositionOf(page, actor!.id);
    const clip = { x: at.x - 30, y: at.y - 30, width: 60, height: 60 };
    await nextFrames(page);
    const withFocus = await page.screenshot({ clip });
    await page.keyboard.press('Escape'); // nothing selected, so this leaves focus mode
    await nextFrames(page);
    const withoutFocus = await page.screenshot({ clip });
    expect(await diffPixels(browser, withFocus, withoutFocus)).toBeGreaterThan(100);

    // Tab leaves the canvas in one step: nothing inside it is a tab stop of its own.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ACTOR-GRAPH-LEGEND > INPUT');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('walks from an actor along a relation to the actor at its other end', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await surface(page).focus();
    const live = liveRegion(page);
    await page.keyboard.press('Home');
    for (
      let i = 0;
      i < seed.actors.length && !(await live.textContent())?.startsWith('United States,');
      i++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toContain('Briefing: Russia → United States');
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toMatch(/^Russia, state:/);
    await page.keyboard.press('Enter');
    await panel(page).getByRole('heading', { name: 'Russia' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('canvas selection', () => {
  it('dims all but an actor and its neighbourhood, and Escape brings back the picture', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const box = (await surface(page).boundingBox())!;
    // Empty background: the same focus and pointer state for every picture.
    const background = async () => {
      await page.mouse.click(box.x + 8, box.y + 8);
      await nextFrames(page);
      return surface(page).screenshot();
    };
    const before = await background();
    const at = await mustPositionOf(page, 'USA');
    await page.mouse.click(at.x, at.y);
    await panel(page).getByText('United States').first().waitFor();
    await page.mouse.move(box.x + 8, box.y + 8);
    await nextFrames(page);
    // Every actor and relation but the United States, Russia and the briefing between them is dimmed:
    // most of the drawing fades towards the background.
    const dimmed = await surface(page).screenshot();
    expect(await diffPixels(browser, before, dimmed)).toBeGreaterThan(2000);
    const inked = async (png: Buffer) => (await measureInk(browser, png)).inked;
    const full = await inked(before);
    expect(await inked(dimmed)).toBeLessThan(full / 2);
    await page.keyboard.press('Escape');
    // Undimmed: as much ink as before. Not the same pixels: Escape may leave the drawing a fraction of a
    // pixel away, which moves every anti-aliased edge (5,574 pixels differed here, none visibly).
    expect(Math.abs((await inked(await background())) - full)).toBeLessThan(full * 0.05);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('relations table', () => {
  it('is one tab stop; arrows move, Enter selects, focus is visible', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const rows = page.locator('actor-graph-table tbody tr');
    expect(await page.locator('actor-graph-table tbody tr[tabindex="0"]').count()).toBe(1);
    await page.getByRole('checkbox', { name: /^Article's analysis\b/ }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ACTOR-GRAPH-TABLE > TR');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = rows.nth(2);
    expect(await third.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await third.getAttribute('aria-selected')).toBe('true');
    await panel(page).locator('mark').first().waitFor();
    expect(await panel(page).locator('mark').first().textContent()).toBe(
      seed.relations[2]!.evidence[0]!.quote,
    );
    await page.keyboard.press('End');
    expect(await rows.last().evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('relations table and canvas together', () => {
  it('scrolls the row of a relation selected on the canvas into view, inside the table only', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const last = seed.relations[seed.relations.length - 1]!;
    const at = await mustPositionOf(page, last.id);
    await page.mouse.click(at.x, at.y);
    const row = page.locator('actor-graph-table tr[aria-selected="true"]');
    await row.waitFor();
    expect(await row.getAttribute('data-id')).toBe(last.id);
    await page.waitForFunction(() => {
      const table = document
        .querySelector('actor-graph')!
        .shadowRoot!.querySelector('actor-graph-view')!
        .shadowRoot!.querySelector('actor-graph-table')!;
      const scroller = table.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
      const selected = table.shadowRoot!.querySelector('tr[aria-selected="true"]')!.getBoundingClientRect();
      return selected.top >= scroller.top && selected.bottom <= scroller.bottom + 1;
    });
    // The page itself did not jump down to the table.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Escape, wherever focus is in the widget, clears the selection.
    await page.keyboard.press('Escape');
    expect(await row.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  it('follows the combobox pattern: arrows, Escape closes, a second Escape clears', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const box = page.getByRole('combobox', { name: 'Find an actor' });
    await box.fill('an');
    const options = page.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    await page.keyboard.press('ArrowUp');
    expect(await options.last().getAttribute('aria-selected')).toBe('true');
    expect(await liveRegion(page).textContent()).toMatch(/\d+ actors found/);
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await box.fill('zzzz');
    await page.getByText('No actor matches').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('header', () => {
  it('takes its heading text and level from attributes', async () => {
    const { page, problems, context } = await openExplorer(browser);
    await view(page).evaluate((element) => {
      element.setAttribute('heading', 'Who backs whom');
      element.setAttribute('heading-level', '3');
    });
    await page.getByRole('heading', { level: 3, name: 'Who backs whom' }).waitFor();
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).click();
    // The panel's headings go one level deeper than the title.
    await panel(page).getByRole('heading', { level: 4, name: 'Condemnation' }).waitFor();
    expect(await view(page).getAttribute('title')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('theme and host page', () => {
  it('follows the theme attribute, the system setting and the custom properties', async () => {
    const { page, problems, context } = await openExplorer(browser);
    expect(await isDark(page)).toBe(false);
    await view(page).evaluate((element) => element.setAttribute('theme', 'dark'));
    expect(await isDark(page)).toBe(true);
    await view(page).evaluate((element) => element.setAttribute('theme', 'auto'));
    expect(await isDark(page)).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await isDark(page)).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: '/tmp/ag-explorer-light.png' });

    // A page sets a custom property, then re-renders the widget (a new theme attribute) to apply it.
    await view(page).evaluate((element) => {
      element.style.setProperty('--actor-graph-background', 'rgb(16, 32, 48)');
      element.setAttribute('theme', 'dark');
    });
    expect((await canvasInk(browser, page)).background).toBe('#102030');
    await page.screenshot({ path: '/tmp/ag-explorer-dark.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is not broken by the host page's global CSS", async () => {
    const { page, problems, context } = await openExplorer(browser);
    await page.addStyleTag({
      content: `
        * { box-sizing: content-box !important; margin: 12px; padding: 9px; line-height: 3 !important;
            letter-spacing: 2px; text-transform: uppercase; font-size: 30px !important; color: lime; }
        div { display: inline; border: 3px solid red; }
        canvas { display: none !important; }
        table, svg, button { display: none !important; }
        h2 { font-size: 60px; }`,
    });
    await nextFrames(page);
    const title = page.getByRole('heading', { level: 2, name: seed.title });
    expect(await title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeLessThan(
      30,
    );
    expect(await title.evaluate((element) => getComputedStyle(element).textTransform)).toBe('none');
    expect(await page.getByRole('grid').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Fit' }).isVisible()).toBe(true);
    const canvas = (await page.locator('actor-graph-canvas').boundingBox())!;
    const evidence = (await page.locator('actor-graph-evidence').boundingBox())!;
    expect(evidence.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.03);
    await page.screenshot({ path: '/tmp/ag-explorer-hostile.png' });
    expect(problems).toEqual([]);
    await context.close();
  });
});
