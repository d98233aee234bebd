import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { sliceCodePoints } from '../../src/text/code-points.ts';
import { validateDataset } from '../../src/validate/index.ts';
import { browserSession, openPage } from './browser.ts';
import {
  articleText,
  chooseFiles,
  codePointSpan,
  dragOver,
  draftArticle,
  liveRegion,
  openEditor,
  openInEditor,
  formTitle,
  relationForm,
  relationList,
  relationOption,
  selectionBar,
  textOf,
} from './editor-fixtures.ts';
import { readSeed, waitForRows } from './explorer-fixtures.ts';

// The review editor as a journalist uses it on a real draft (`actor-graph draft`, run here, on the
// seed article and on an article the drafter was not tuned on): every step through the page's
// controls, then the saved file opened in the explorer.
const session = browserSession();
const SEED_RELATIONS = readSeed().relations.length;
afterEach(() => session.closeAll());

const DRAFT_TITLE = "Putin's Delicate Dance (draft)";
const SEED_ARTICLE = 'graph-data/sources/putins-delicate-dance.txt';
const UNSEEN_ARTICLE = 'tests/fixtures/articles/biden-iran-attacks-statement.txt';

describe('reviewing a draft in the editor', () => {
  it('accepts, rejects, edits, quotes by mouse and keyboard, keeps work over a reload, saves, and the explorer opens it', async () => {
    const { path, dataset: draft } = await draftArticle(SEED_ARTICLE, 'seed-draft.json', [
      '--title',
      DRAFT_TITLE,
      '--published',
      '2024-10-05',
    ]);
    const text = draft.sources[0]!.text!;
    const drafted = draft.relations.length;
    const { page, context, problems } = session.track(await openEditor(session.browser));
    await openInEditor(page, [path], DRAFT_TITLE);
    await expect.poll(() => relationList(page).getByRole('option').count()).toBe(drafted);
    expect(await textOf(page.getByText('No errors').first())).toContain(`${drafted} relations still drafts`);

    // Accept the relation shown first: it is a draft no more, and the next draft is shown.
    await expect.poll(() => textOf(formTitle(page))).toBe('Strategic partnership, Russia — Iran');
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => textOf(liveRegion(page)))
      .toContain(`Accepted Strategic partnership, Russia — Iran. ${drafted - 1} to review.`);
    expect(await textOf(relationOption(page, /Strategic partnership/))).toContain('Reviewed');
    expect(await textOf(formTitle(page))).toBe('Rivalry, Iran — Israel');

    // Reject a weak one.
    await relationOption(page, /Dialogue Russia → Iran/).click();
    await relationForm(page).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => relationList(page).getByRole('option').count()).toBe(drafted - 1);
    expect(await textOf(relationList(page))).not.toMatch(/Dialogue\s*Russia → Iran/);

    // Edit one: its type and its status.
    await relationOption(page, /Talks Russia — Israel/).click();
    await relationForm(page).getByLabel('Type').selectOption({ label: 'Phone call' });
    await relationForm(page)
      .getByLabel('Status')
      .selectOption({ label: 'Alleged (the text calls it alleged)' });
    await expect.poll(() => textOf(formTitle(page))).toBe('Phone call, Russia — Israel');
    expect(await relationForm(page).getByLabel('Status').inputValue()).toBe('alleged');

    // Quote more words of the article with the mouse, for the relation shown.
    await relationOption(page, /% Treaty Russia — Iran/).click();
    const added = 'ratification signals a long-term commitment to cooperation';
    await dragOver(page, added);
    const span = codePointSpan(text, added);
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${span.start}–${span.end}`);
    await selectionBar(page).getByRole('button', { name: 'Add as a quote of Treaty, Russia — Iran' }).click();
    await expect
      .poll(() => textOf(relationForm(page).locator('.quotes')))
      .toContain(`characters ${span.start}–${span.end}`);
    expect(await textOf(relationForm(page).locator('.quotes'))).toContain(added);

    // Make a new relation from words selected with the keyboard: find them, then extend word by word.
    const find = page.getByLabel('Find in the text');
    await find.fill('the agreement is expected to strengthen');
    await find.press('Enter');
    await articleText(page).focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    const words = 'the agreement is expected to strengthen" the multifaceted ties between Moscow and Tehran';
    const made = codePointSpan(text, words);
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${made.start}–${made.end}`);
    await selectionBar(page).getByRole('button', { name: 'New relation from these words' }).click();
    const form = page.getByRole('form', { name: 'New relation' });
    // The ends come from the names in the words: Moscow is Russia, Tehran is Iran.
    expect(await form.getByLabel('From').inputValue()).toBe('RUS');
    expect(await form.getByLabel('To').inputValue()).toBe('IRN');
    await form.getByLabel('Type').selectOption({ label: 'Economic cooperation' });
    await form.getByLabel('Mutual').check();
    // Mutual: the ends have no first and second, and the fields say so, as in a relation's form.
    expect(await form.getByLabel('Between').inputValue()).toBe('RUS');
    expect(await form.getByLabel('And', { exact: true }).inputValue()).toBe('IRN');
    await form.getByRole('button', { name: 'Create relation' }).click();
    // A summary is needed: the form says so beside the field.
    await expect.poll(() => form.getByLabel('Summary').getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(form)).toContain('Write one sentence that says what the relation is.');
    await form
      .getByLabel('Summary')
      .fill('The treaty is expected to strengthen ties between Russia and Iran.');
    await form.getByLabel('Summary').press('Tab');
    await form.getByRole('button', { name: 'Create relation' }).click();
    await expect.poll(() => textOf(formTitle(page))).toBe('Economic cooperation, Russia — Iran');
    expect(await textOf(relationForm(page))).toContain('Reviewed');
    expect(await textOf(relationForm(page).locator('.quotes'))).toContain(
      `characters ${made.start}–${made.end}`,
    );

    // An alias for Iran.
    await page.getByRole('combobox', { name: 'Actor' }).selectOption({ label: 'Iran' });
    await page.getByRole('textbox', { name: 'Alias' }).fill('the Islamic Republic');
    await page.getByRole('button', { name: 'Add alias' }).click();
    await page.getByRole('button', { name: 'Remove alias the Islamic Republic of Iran' }).waitFor();

    // Reload: the work is offered back, and restored as it was.
    await expect
      .poll(() => textOf(page.locator('.status')))
      .toContain('7 unsaved changes, kept in this browser.');
    await page.reload();
    await page.getByText('Unsaved work found.').waitFor();
    await page.getByRole('button', { name: 'Restore my changes' }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    // One rejected, one made: as many as were drafted.
    await expect.poll(() => relationList(page).getByRole('option').count()).toBe(drafted);
    expect(await textOf(relationOption(page, /Strategic partnership/))).toContain('Reviewed');
    expect(await textOf(page.locator('.status'))).toContain('7 unsaved changes');

    // Save by download.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('seed-draft.json');
    const saved = join(await mkdtemp(join(tmpdir(), 'ag-editor-')), 'seed-draft.json');
    await file.saveAs(saved);
    await expect.poll(() => textOf(page.locator('.status'))).toContain('Saved seed-draft.json');

    const bytes = readFileSync(saved);
    const checked = await validateDataset(bytes, { file: saved });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const dataset = JSON.parse(bytes.toString('utf8')) as Dataset;
    const byId = new Map(dataset.relations.map((r) => [r.id, r]));
    expect(byId.get('rus-irn-strategic-partnership')?.draft).toBeUndefined();
    expect(byId.has('rus-irn-dialogue')).toBe(false);
    expect(byId.get('rus-isr-talks')).toMatchObject({ type: 'phone-call', status: 'alleged' });
    expect(byId.get('rus-irn-treaty')?.evidence).toContainEqual({
      source: draft.sources[0]!.id,
      quote: added,
      ...span,
    });
    const created = byId.get('rus-irn-economic-cooperation-2');
    expect(created).toMatchObject({ from: 'RUS', to: 'IRN', directed: false, status: 'reported' });
    expect(created?.draft).toBeUndefined();
    const quote = created!.evidence[0]!;
    expect(quote).toEqual({ source: draft.sources[0]!.id, quote: words, ...made });
    expect(sliceCodePoints(text, quote.start, quote.end)).toBe(quote.quote);
    expect(dataset.actors.find((a) => a.id === 'IRN')?.aliases).toContain('the Islamic Republic');

    // The explorer opens the saved file, and shows the accepted relation.
    const explorer = session.track(await openPage(session.browser, '/'));
    await waitForRows(explorer.page, SEED_RELATIONS);
    await chooseFiles(explorer.page, 'Open a dataset…', [saved]);
    await waitForRows(explorer.page, dataset.relations.length);
    await expect.poll(() => textOf(explorer.page.locator('.open-status'))).toBe('Showing seed-draft.json.');
    const heading = explorer.page.getByRole('heading', { name: DRAFT_TITLE });
    await heading.waitFor();
    const row = explorer.page.getByRole('row', { name: /Strategic partnership.*Russia.*Iran/ });
    expect(await row.count()).toBe(1);
    await row.click();
    await explorer.page.getByRole('article', { name: 'Relation: Strategic partnership' }).waitFor();
    expect(problems).toEqual([]);
    expect(explorer.problems).toEqual([]);
    await context.close();
  }, 150_000);

  it('reviews the draft of an article the drafter was not tuned on, and the explorer shows the result', async () => {
    const { path, dataset: draft } = await draftArticle(UNSEEN_ARTICLE, 'statement-draft.json', [
      '--published',
      '2024-04-13',
    ]);
    const text = draft.sources[0]!.text!;
    const { page, problems } = session.track(await openEditor(session.browser));
    await openInEditor(page, [path], draft.title);
    const drafted = draft.relations.length;
    await expect.poll(() => relationList(page).getByRole('option').count()).toBe(drafted);
    // The draft, and the United States named in no relation.
    expect(await textOf(page.getByText('No errors').first())).toBe(
      'No errors, 2 warnings; 1 relation still a draft.',
    );

    // The drafter read "Iran—and its proxies operating out of Yemen, Syria and Iraq—launched an
    // unprecedented air attack against military facilities in Israel" as Iran's strike. The reviewer
    // credits the claim to the statement's speaker, quotes the words that call it Iran's attack, and
    // accepts it.
    expect(draft.relations.map((r) => r.id)).toEqual(['irn-isr-military-strike']);
    await expect.poll(() => textOf(formTitle(page))).toBe('Military strike, Iran → Israel');
    const attribution = relationForm(page).getByLabel('Attribution');
    await attribution.fill('President Biden');
    await attribution.press('Tab');
    await expect
      .poll(() => textOf(liveRegion(page)))
      .toContain('Changed attribution of Military strike, Iran → Israel');
    const added = 'Iran’s brazen attack';
    await dragOver(page, added);
    const span = codePointSpan(text, added);
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${span.start}–${span.end}`);
    await selectionBar(page)
      .getByRole('button', { name: 'Add as a quote of Military strike, Iran → Israel' })
      .click();
    await expect.poll(() => textOf(relationForm(page).locator('.quotes'))).toContain(added);
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => textOf(liveRegion(page)))
      .toContain(`Accepted Military strike, Iran → Israel. ${drafted - 1} to review.`);
    // The United States is named but in no relation yet: the validator warns of it.
    const checks = page.getByRole('region', { name: 'Checks' });
    await expect.poll(() => textOf(checks)).toBe('Checks No errors, 1 warning.');
    await page.getByText('Actor "USA" is in no relation').waitFor();

    // The drafter missed the condemnation: a new relation from the words, of a type the draft did
    // not have (the editor offers the project's others).
    const words = 'I condemn these attacks in the strongest possible terms';
    await dragOver(page, words);
    const made = codePointSpan(text, words);
    await expect.poll(() => textOf(selectionBar(page))).toContain(`characters ${made.start}–${made.end}`);
    await selectionBar(page).getByRole('button', { name: 'New relation from these words' }).click();
    const form = page.getByRole('form', { name: 'New relation' });
    await form.getByLabel('Type').selectOption({ label: 'Condemnation' });
    await form.getByLabel('From').selectOption({ label: 'United States' });
    await form.getByLabel('To').selectOption({ label: 'Iran' });
    await form.getByLabel('Summary').fill('The United States condemns the attacks on Israel.');
    await form.getByLabel('Attribution').fill('President Biden');
    await form.getByLabel('Attribution').press('Tab');
    await form.getByRole('button', { name: 'Create relation' }).click();
    await expect.poll(() => textOf(formTitle(page))).toBe('Condemnation, United States → Iran');
    // Nothing left to review, and nothing the validator warns of.
    await expect.poll(() => textOf(checks)).toBe('Checks No errors, 0 warnings.');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('statement-draft.json');
    const saved = join(await mkdtemp(join(tmpdir(), 'ag-editor-')), 'statement-draft.json');
    await file.saveAs(saved);
    const bytes = readFileSync(saved);
    expect((await validateDataset(bytes, { file: saved })).problems).toEqual([]);
    const dataset = JSON.parse(bytes.toString('utf8')) as Dataset;
    expect(dataset.relations.map((r) => [r.type, r.from, r.to, r.draft])).toEqual([
      ['military-strike', 'IRN', 'ISR', undefined],
      ['condemnation', 'USA', 'IRN', undefined],
    ]);
    expect(dataset.relationTypes.map((t) => t.id).sort()).toEqual(['condemnation', 'military-strike']);
    expect(dataset.actors.map((a) => a.id).sort()).toEqual(['IRN', 'ISR', 'USA']);
    for (const quote of dataset.relations.flatMap((r) => r.evidence)) {
      expect(sliceCodePoints(text, quote.start, quote.end)).toBe(quote.quote);
    }
    expect(dataset.relations[0]!.evidence).toContainEqual({
      source: draft.sources[0]!.id,
      quote: added,
      ...span,
    });
    expect(dataset.relations[0]).toMatchObject({ attribution: 'President Biden' });
    expect(dataset.relations[1]).toMatchObject({
      attribution: 'President Biden',
      evidence: [{ source: draft.sources[0]!.id, quote: words, ...made }],
    });

    // The explorer opens it: two relations, the condemnation with its quote.
    const explorer = session.track(await openPage(session.browser, '/'));
    await waitForRows(explorer.page, SEED_RELATIONS);
    await chooseFiles(explorer.page, 'Open a dataset…', [saved]);
    await waitForRows(explorer.page, 2);
    await explorer.page.getByRole('heading', { name: draft.title }).waitFor();
    await explorer.page.getByRole('row', { name: /Condemnation.*United States.*Iran/ }).click();
    const panel = explorer.page.getByRole('article', { name: 'Relation: Condemnation' });
    await panel.waitFor();
    expect(await textOf(panel)).toContain(words);
    expect(problems).toEqual([]);
    expect(explorer.problems).toEqual([]);
  }, 150_000);
});
