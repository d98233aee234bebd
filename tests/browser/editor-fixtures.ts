import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Dataset } from '../../src/model/dataset.ts';
import { cli } from '../core/cli-harness.ts';
import { openPage, type WatchedPage } from './browser.ts';

/*
 * What the editor tests share: the Edit page opened as a reader opens it, files chosen through its
 * Open button's file chooser, and words selected in the article with the mouse, as a person drags.
 */

/**
 * A draft of the seed article as `actor-graph draft graph-data/sources/putins-delicate-dance.txt
 * --title "Putin's Delicate Dance (draft)" --published 2024-10-05` wrote it when the editor was
 * built. The tests of how the editor opens, selects and looks use it; the end-to-end review drafts
 * its article afresh with `draftArticle`, so it checks what the drafter writes today.
 */
export const DRAFT_FILE = 'tests/fixtures/editor/seed-draft.json';
export const readDraft = (): Dataset => JSON.parse(readFileSync(DRAFT_FILE, 'utf8')) as Dataset;

/**
 * Runs `actor-graph draft <article> --out <a new folder>/<name> ...options` (in this process, through
 * the function the command's process runs) and returns the file it wrote and its dataset.
 */
export async function draftArticle(
  article: string,
  name: string,
  options: readonly string[] = [],
): Promise<{ path: string; dataset: Dataset }> {
  const path = join(mkdtempSync(join(tmpdir(), 'ag-editor-')), name);
  const run = await cli(['draft', article, '--out', path, ...options]);
  if (run.code !== 0) throw new Error(`actor-graph draft ${article} failed (${run.code}): ${run.stderr}`);
  return { path, dataset: JSON.parse(readFileSync(path, 'utf8')) as Dataset };
}

export async function openEditor(
  browser: Browser,
  options: Parameters<typeof openPage>[2] & { path?: string; init?: () => void } = {},
): Promise<WatchedPage> {
  if (!options.init) return openPage(browser, options.path ?? 'edit.html', options);
  // Init scripts must be in place before the page's first script: open a blank page, add, then go.
  const watched = await openPage(browser, 'edit.html?blank', options);
  await watched.page.addInitScript(options.init);
  await watched.page.goto(new URL(options.path ?? 'edit.html', watched.page.url()).href);
  return watched;
}

export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Clicks a button that opens a file chooser (by its name) and chooses `files` in it. */
export async function chooseFiles(page: Page, button: string | RegExp, files: ChosenFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).first().click();
  await (await chooser).setFiles(files as Parameters<Awaited<typeof chooser>['setFiles']>[0]);
}

/** Opens files with the editor's Open button and waits until the dataset's title is shown. */
export async function openInEditor(page: Page, files: ChosenFile[], title: string | RegExp): Promise<void> {
  await chooseFiles(page, 'Open…', files);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

export const articleText = (page: Page): Locator => page.getByRole('application', { name: 'Article text' });
export const selectionBar = (page: Page): Locator => page.getByRole('group', { name: 'Selected words' });
export const liveRegion = (page: Page): Locator => page.locator('actor-graph-editor [aria-live="polite"]');
export const relationList = (page: Page): Locator => page.getByRole('listbox', { name: /Relations/ });
export const relationOption = (page: Page, name: string | RegExp): Locator =>
  relationList(page).getByRole('option', { name });
export const relationForm = (page: Page): Locator => page.locator('article.relation');

/**
 * Drags the mouse over the `occurrence`-th appearance of `phrase` in the article, from the left edge
 * of its first character to the right edge of its last, as a reader selects words. The phrase must lie in
 * one piece of the text (not across a highlighted quote's edge).
 */
export async function dragOver(page: Page, phrase: string, occurrence = 0): Promise<void> {
  const box = articleText(page);
  const find = (el: Element, args: { phrase: string; occurrence: number; scroll: boolean }) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(args.phrase);
      if (i < 0 || seen++ < args.occurrence) continue;
      if (args.scroll) (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const first = range.getBoundingClientRect();
      range.setStart(n, i + args.phrase.length - 1);
      range.setEnd(n, i + args.phrase.length);
      const last = range.getBoundingClientRect();
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 0.5, y: last.top + last.height / 2 },
      };
    }
    return undefined;
  };
  await box.evaluate(find, { phrase, occurrence, scroll: true });
  const at = await box.evaluate(find, { phrase, occurrence, scroll: false });
  if (!at) throw new Error(`"${phrase}" is not in one piece of the article.`);
  await page.mouse.move(at.from.x, at.from.y);
  await page.mouse.down();
  await page.mouse.move(at.to.x, at.to.y, { steps: 6 });
  await page.mouse.up();
}

/** Code-point offsets of the `occurrence`-th appearance of `phrase` in `text`. */
export function codePointSpan(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" is not in the text.`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...phrase].length };
}
export const formTitle = (page: Page): Locator => relationForm(page).getByRole('heading', { level: 3 });

/** A locator's text with runs of white space as one space, as a reader sees it. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
