import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSession, openPage } from './browser.ts';
import {
  DRAFT_FILE,
  articleText,
  formTitle,
  liveRegion,
  openEditor,
  openInEditor,
  relationList,
  readDraft,
  selectionBar,
  textOf,
} from './editor-fixtures.ts';
import { readSeed, waitForRows } from './explorer-fixtures.ts';

// The editor by keyboard alone and to a screen reader (axe-core's scan, as for the widget), and
// how it looks: screenshots at 1280 px and in a 680 px column, light and dark, in /tmp.
const session = browserSession();
const SEED_RELATIONS = readSeed().relations.length;
afterEach(() => session.closeAll());

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function scan(page: Page, selector: string): Promise<{ findings: string[]; checked: number }> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (include) => {
    type Result = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<Record<string, Result[]>> } })
      .axe;
    const results = await axe.run({ include: [include] });
    return {
      findings: results['violations']!.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
      checked: results['passes']!.find((rule) => rule.id === 'label')?.nodes.length ?? 0,
    };
  }, selector);
}

/** The element that has focus, through shadow roots: its tag, role, name and outline. */
async function focused(page: Page): Promise<{ tag: string; role: string; text: string; outline: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

async function tabUntil(
  page: Page,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return;
  }
  throw new Error('Tab never reached the element.');
}

describe('editor accessibility', () => {
  it('finds nothing serious with a draft open, a selection made, and the new relation form', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    const empty = await scan(page, 'actor-graph-editor');
    expect(empty.findings).toEqual([]);
    await openInEditor(page, [DRAFT_FILE], /draft/);
    const open = await scan(page, 'actor-graph-editor');
    expect(open.findings).toEqual([]);
    expect(open.checked).toBeGreaterThanOrEqual(8);
    await page.getByLabel('Find in the text').fill('signed a law');
    await page.getByLabel('Find in the text').press('Enter');
    await selectionBar(page).getByRole('button', { name: 'New relation from these words' }).click();
    const creating = await scan(page, 'actor-graph-editor');
    expect(creating.findings).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reviews by keyboard alone: open, move through relations, accept, quote, undo', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    // Listening from the start: Playwright catches file choosers only once it has told the browser
    // to, and a key press can open one before a listener added just before it is in place.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a file…' }).waitFor();
    await tabUntil(page, (f) => f.text === 'Open…');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(DRAFT_FILE);
    await page.getByRole('heading', { level: 1, name: /draft/ }).waitFor();

    // The list is one tab stop; arrows move through it and show each relation.
    await tabUntil(page, (f) => f.role === 'option');
    expect((await focused(page)).outline).toMatch(/^solid/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => textOf(formTitle(page))).toBe('Rivalry, Iran — Israel');
    expect((await focused(page)).text).toContain('Rivalry');
    await page.keyboard.press('End');
    await expect.poll(() => textOf(formTitle(page))).toBe('Technology transfer, Russia → Iran');
    await tabUntil(page, (f) => f.text === 'Accept');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => textOf(liveRegion(page)))
      .toContain('Accepted Technology transfer, Russia → Iran. 30 to review.');
    // Focus goes to the next relation's title, which a screen reader reads next.
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    expect(await textOf(formTitle(page))).toBe('Strategic partnership, Russia — Iran');

    // Select words in the article with the keyboard and quote them.
    await articleText(page).focus();
    expect((await focused(page)).outline).toMatch(/^solid/);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect.poll(() => textOf(selectionBar(page))).toMatch(/“\S+ \S+” characters \d+–\d+/);
    await tabUntil(page, (f) => f.text.startsWith('Add as a quote of'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => textOf(liveRegion(page)))
      .toContain('Added a quote to Strategic partnership, Russia — Iran');
    await tabUntil(page, (f) => f.role === 'option');
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(liveRegion(page))).toContain('Undid: Added a quote');
    expect(await relationList(page).getByRole('option', { selected: true }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('removes an actor no relation names by keyboard, and the focus lands on the Actors heading', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    await openInEditor(page, [DRAFT_FILE], /draft/);
    // The drafter found Ukraine named but in no relation: it is the one actor with a Remove button.
    const remove = page.getByRole('button', { name: /^Remove actor / });
    expect(await remove.count()).toBe(1);
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(liveRegion(page))).toContain('Removed actor Ukraine');
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: `Actors ${readDraft().actors.length - 1}` });
    expect((await focused(page)).outline).toMatch(/^solid/);
    expect(await remove.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => remove.count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('how the editor looks', () => {
  for (const width of [1280, 680]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`fits ${width} px wide in the ${scheme} theme`, async () => {
        const { page, context, problems } = session.track(
          await openEditor(session.browser, { viewport: { width, height: 900 } }),
        );
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `/tmp/ag-editor-empty-${width}-${scheme}.png` });
        await openInEditor(page, [DRAFT_FILE], /draft/);
        await page.getByLabel('Find in the text').fill('signed a law ratifying');
        await page.getByLabel('Find in the text').press('Enter');
        await page.evaluate(() => scrollTo(0, 0));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `/tmp/ag-editor-${width}-${scheme}.png` });
        await page.screenshot({ path: `/tmp/ag-editor-${width}-${scheme}-full.png`, fullPage: true });
        const background = await page.evaluate(() => {
          const base = document.querySelector('actor-graph-editor')!.shadowRoot!.querySelector('.base')!;
          return getComputedStyle(base).backgroundColor;
        });
        expect(background).toBe(scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)');
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows the Open button on the explorer page, in the light and dark themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = session.track(await openPage(session.browser, '/'));
      await page.emulateMedia({ colorScheme: scheme });
      await waitForRows(page, SEED_RELATIONS);
      await page.getByRole('button', { name: 'Open a dataset…' }).waitFor();
      expect(await page.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe('./edit.html');
      await page.screenshot({
        path: `/tmp/ag-explorer-open-${scheme}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 220 },
      });
      expect(problems).toEqual([]);
    }
  });
});
