import { afterEach, describe, expect, it } from 'vitest';
import { astralDataset } from '../core/edit-fixtures.ts';
import { browserSession } from './browser.ts';
import {
  articleText,
  codePointSpan,
  dragOver,
  formTitle,
  liveRegion,
  openEditor,
  openInEditor,
  relationForm,
  relationOption,
  selectionBar,
  textOf,
} from './editor-fixtures.ts';

// Offsets of what a reader selects count code points, as evidence does: the text here has emoji and
// an astral ideograph before the words selected, where UTF-16 indexes (the DOM's) differ.
const session = browserSession();
afterEach(() => session.closeAll());

const astralFile = () => ({
  name: 'astral.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(astralDataset(), null, 2)),
});
const TEXT = astralDataset().sources[0]!.text!;

describe('selecting words after astral characters', () => {
  it('gives code-point offsets for a mouse selection, and the quote added is those words', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    await openInEditor(page, [astralFile()], 'Astral');
    await expect.poll(() => textOf(formTitle(page))).toBe('Treaty, Alpha — Beta');
    await dragOver(page, 'Alpha and Beta talked.');
    const span = codePointSpan(TEXT, 'Alpha and Beta talked.');
    // Four astral characters come before: the DOM's index is four more.
    expect(TEXT.indexOf('Alpha and Beta talked.')).toBe(span.start + 4);
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${span.start}–${span.end}`);
    await selectionBar(page)
      .getByRole('button', { name: /Add as a quote of Treaty/ })
      .click();
    await expect
      .poll(() => textOf(relationForm(page).locator('.quotes')))
      .toContain(`“Alpha and Beta talked.” characters ${span.start}–${span.end}`);
    expect(problems).toEqual([]);
  });

  it('steps over an emoji as one character with the keyboard', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [astralFile()], 'Astral');
    await page.getByLabel('Find in the text').fill('with Beta');
    await page.getByLabel('Find in the text').press('Enter');
    await articleText(page).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const span = codePointSpan(TEXT, 'with Beta 🤝');
    await expect
      .poll(() => textOf(selectionBar(page)))
      .toContain(`“with Beta 🤝” characters ${span.start}–${span.end}`);
    expect(await textOf(liveRegion(page))).toContain(
      `Selected “with Beta 🤝”, characters ${span.start}–${span.end}.`,
    );
    // Back by one: the emoji, both its UTF-16 halves at once.
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${span.start}–${span.end - 1}`);
    // Escape leaves a caret, and the actions go.
    await page.keyboard.press('Escape');
    await expect.poll(() => textOf(selectionBar(page))).toContain('Select words in the article');
  });
});

describe('merging actors and undo', () => {
  it('merges a duplicate into the actor it duplicates, and undo and redo step through it', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    await openInEditor(page, [astralFile()], 'Astral');
    const actors = page.locator('actor-graph-edit-actors');
    await actors.getByLabel('Merge', { exact: true }).selectOption({ label: 'Gamma bloc' });
    await actors.getByLabel('into').selectOption({ label: 'Gamma' });
    await actors.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => textOf(liveRegion(page))).toContain('Merged Gamma bloc into Gamma');
    expect(await textOf(actors.getByRole('heading', { name: /Actors/ }))).toBe('Actors 3');
    const gamma = actors.getByRole('list', { name: 'Aliases of Gamma' });
    expect(await textOf(gamma)).toContain('Gamma bloc');
    expect(await textOf(gamma)).toContain('the Gammas');
    await relationOption(page, /Strike Gamma → Alpha/).waitFor();

    // Undo with the keyboard, from the page (not a text field).
    await relationOption(page, /Strike Gamma → Alpha/).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(actors.getByRole('heading', { name: /Actors/ }))).toBe('Actors 4');
    expect(await textOf(liveRegion(page))).toContain('Undid: Merged Gamma bloc into Gamma');
    await relationOption(page, /Strike Gamma bloc → Alpha/).waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => textOf(actors.getByRole('heading', { name: /Actors/ }))).toBe('Actors 3');
    expect(problems).toEqual([]);
  });

  it('says beside a relation what is wrong with it as soon as an edit breaks it', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [astralFile()], 'Astral');
    const date = relationForm(page).getByLabel('Date', { exact: true });
    await date.fill('2024-13');
    await date.press('Enter');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const described = await date.getAttribute('aria-describedby');
    expect(described).toContain('f-date-problems');
    expect(await textOf(relationForm(page).locator('#f-date-problems'))).toMatch(/^Error:/);
    expect(await textOf(relationOption(page, /Treaty Alpha — Beta/))).toContain('1 error');
    expect(await textOf(page.getByRole('region', { name: 'Checks' }))).toContain('1 error');
    await date.fill('2024-12');
    await date.press('Enter');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('false');
  });
});
