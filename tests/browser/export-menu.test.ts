import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openExplorer, surface, waitForRows, readSeed } from './explorer-fixtures.ts';
import { exportButton, menuItem, pngSize, saveDownload, tempFolder, type Folder } from './export-helpers.ts';

// The Export menu as a keyboard reader and a screen reader meet it, and across being moved in the page.
const seed = readSeed();

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

/** The element that has focus, through shadow roots: its tag and its name as a screen reader reads it. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let active: Element | null | undefined = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const named = active instanceof HTMLInputElement ? active.labels?.[0] : active;
    const copy = named?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const name = active.getAttribute('aria-label') ?? copy?.textContent ?? '';
    return `${active.tagName} ${name.replace(/\s+/g, ' ').trim()}`;
  });

const expanded = async (page: Page): Promise<string | null> =>
  exportButton(page).getAttribute('aria-expanded');

describe('export menu: keyboard', () => {
  it('Enter opens it on the first item; arrows, Home and End move; Escape closes and returns focus', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Fit' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Export');
    expect(await expanded(page)).toBe('false');

    await page.keyboard.press('Enter');
    expect(await expanded(page)).toBe('true');
    expect(await focused(page)).toBe('BUTTON PNG image…');
    const steps: [string, string][] = [
      ['ArrowDown', 'BUTTON SVG image'],
      ['ArrowDown', 'BUTTON JSON (data)'],
      ['End', 'BUTTON Copy link to this view'],
      ['ArrowDown', 'BUTTON PNG image…'],
      ['ArrowUp', 'BUTTON Copy link to this view'],
      ['Home', 'BUTTON PNG image…'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect(await focused(page), key).toBe(expected);
    }
    await page.keyboard.press('Escape');
    expect(await expanded(page)).toBe('false');
    expect(await focused(page)).toBe('BUTTON Export');

    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('BUTTON Copy link to this view');
    await page.keyboard.press('Escape');
    await page.keyboard.press(' ');
    expect(await focused(page)).toBe('BUTTON PNG image…');
    await page.keyboard.press('ArrowDown');
    const svg = await saveDownload(page, () => page.keyboard.press('Enter'), folder.dir);
    expect(svg).toMatch(/putins-delicate-dance\.svg$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('PNG image… opens its choices; radios take arrows; Download PNG saves what was chosen', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await exportButton(page).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('BUTTON Back to all formats');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('INPUT Whole graph');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Current view' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('INPUT 2×');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: '1×' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Download PNG');
    const path = await saveDownload(page, () => page.keyboard.press('Enter'), folder.dir);
    expect(path).toMatch(/putins-delicate-dance-view\.png$/);
    const canvas = (await surface(page).boundingBox())!;
    expect(pngSize(await readFile(path)).width).toBe(Math.round(canvas.width));
    await page
      .locator('actor-graph-export-menu')
      .getByText(/^Downloaded putins-delicate-dance-view\.png/)
      .waitFor();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('BUTTON Back to all formats');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('BUTTON PNG image…');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('BUTTON Export');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('closes on a click outside it and when Tab leaves it', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await exportButton(page).click();
    expect(await expanded(page)).toBe('true');
    await page.getByRole('heading', { name: seed.title }).click();
    expect(await expanded(page)).toBe('false');

    await exportButton(page).click();
    await menuItem(page, 'Copy link to this view').focus();
    await page.keyboard.press('Tab');
    expect(await expanded(page)).toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('export menu: accessibility and lifecycle', () => {
  it('has no axe violations, open or closed', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.addScriptTag({ path: axePath });
    /** Violations inside the menu; a scan that checked nothing would prove nothing, so that fails too. */
    const scan = (): Promise<string[]> =>
      page.evaluate(async () => {
        type Result = { id: string; nodes: { target: unknown }[] };
        const { axe } = window as unknown as {
          axe: { run: (context: unknown) => Promise<{ violations: Result[]; passes: Result[] }> };
        };
        const menu = ['actor-graph', 'actor-graph-view', 'actor-graph-export-menu'];
        const result = await axe.run({ include: { fromShadowDom: menu } });
        if (result.passes.length === 0) return ['nothing was checked'];
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
    expect(await scan()).toEqual([]);
    await exportButton(page).click();
    expect(await scan()).toEqual([]);
    await menuItem(page, 'PNG image…').click();
    expect(await scan()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('closes when the widget leaves the page, and works again when it comes back', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await exportButton(page).click();
    await page.evaluate(() => {
      const widget = document.querySelector('actor-graph')!;
      const parent = widget.parentElement!;
      widget.remove();
      parent.append(widget);
    });
    await waitForRows(page, seed.relations.length);
    expect(await expanded(page)).toBe('false');
    await exportButton(page).click();
    const path = await saveDownload(page, () => menuItem(page, 'GEXF').click(), folder.dir);
    expect(path).toMatch(/putins-delicate-dance\.gexf$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
