import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { canvasInk, mustPositionOf, nextFrames, openExplorer, surface } from './explorer-fixtures.ts';

// How the canvas shares the page: the wheel, zoom keys and narrow screens.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** On-screen distance between Russia and Iran: it grows when the graph zooms in. */
async function spread(page: Page): Promise<number> {
  const a = await mustPositionOf(page, 'RUS');
  const b = await mustPositionOf(page, 'IRN');
  return Math.hypot(a.x - b.x, a.y - b.y);
}

async function pointAtCanvas(page: Page): Promise<void> {
  const box = (await surface(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

describe('explorer: wheel and zoom', () => {
  it('a plain wheel over the graph scrolls the page and shows the hint; Ctrl+wheel zooms', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const before = await spread(page);
    await pointAtCanvas(page);
    await page.mouse.wheel(0, 240);
    await page.getByText('Hold Ctrl (⌘) to zoom').waitFor();
    await page.waitForFunction(() => scrollY > 0);
    expect(await spread(page)).toBeCloseTo(before, 3);

    await pointAtCanvas(page);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await nextFrames(page);
    expect(await spread(page)).toBeGreaterThan(before * 1.2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('once the graph has focus the wheel zooms; + − and 0 zoom and fit', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const fitted = await spread(page);
    await surface(page).focus();
    await pointAtCanvas(page);
    await page.mouse.wheel(0, -240);
    await nextFrames(page);
    const zoomed = await spread(page);
    expect(zoomed).toBeGreaterThan(fitted * 1.2);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await page.keyboard.press('0');
    await page.waitForFunction(
      ([expected]) => {
        const view = document.querySelector('actor-graph')!;
        const a = view.renderedPositionOf('RUS')!;
        const b = view.renderedPositionOf('IRN')!;
        return Math.abs(Math.hypot(a.x - b.x, a.y - b.y) - expected!) < 1;
      },
      [fitted],
    );
    await page.keyboard.press('-');
    await page.waitForFunction(
      ([expected]) => {
        const view = document.querySelector('actor-graph')!;
        const a = view.renderedPositionOf('RUS')!;
        const b = view.renderedPositionOf('IRN')!;
        return Math.hypot(a.x - b.x, a.y - b.y) < expected! * 0.9;
      },
      [fitted],
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('explorer: reduced motion', () => {
  it('moves the viewport at once, without animation, for readers who ask for less motion', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    const fitted = await spread(page);
    await surface(page).focus();
    // With motion reduced the zoom is applied in the key's own handler: no frame needs to pass.
    await page.keyboard.press('+');
    expect(await spread(page)).toBeCloseTo(fitted * 1.25, 1);
    await page.keyboard.press('0');
    expect(await spread(page)).toBeCloseTo(fitted, 1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('explorer: narrow screens', () => {
  it('puts the evidence panel below the graph at 480 px', async () => {
    const { page, problems, context } = await openExplorer(browser, {
      viewport: { width: 480, height: 900 },
    });
    const canvas = (await page.locator('actor-graph-canvas').boundingBox())!;
    const panel = (await page.locator('actor-graph-evidence').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(Math.abs(panel.width - canvas.width)).toBeLessThan(2);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(480);
    const ink = await canvasInk(browser, page);
    expect(ink.inked / ink.total).toBeGreaterThan(0.03);
    await page.screenshot({ path: '/tmp/ag-explorer-480.png' });
    // Tapping a relation on the canvas offers a way down to its evidence.
    await surface(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const at = await mustPositionOf(page, 'rus-isr-condemnation');
    await page.mouse.click(at.x, at.y);
    await page.getByRole('button', { name: /Evidence below/ }).click();
    await page.waitForFunction(() => {
      const panel = document
        .querySelector('actor-graph')!
        .shadowRoot!.querySelector('actor-graph-view')!
        .shadowRoot!.querySelector('actor-graph-evidence')!;
      return Math.abs(panel.getBoundingClientRect().top) < 2;
    });
    await page.locator('actor-graph-evidence mark').first().waitFor();
    await page.locator('actor-graph-evidence').screenshot({ path: '/tmp/ag-explorer-480-panel.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts the evidence panel beside the graph at 1280 px', async () => {
    const { page, problems, context } = await openExplorer(browser);
    const canvas = (await page.locator('actor-graph-canvas').boundingBox())!;
    const panel = (await page.locator('actor-graph-evidence').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    await page.getByRole('row', { name: /Condemnation Russia Israel/ }).click();
    expect(await page.getByRole('button', { name: /Evidence below/ }).isVisible()).toBe(false);
    expect(Math.abs(panel.y - canvas.y)).toBeLessThan(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
