import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSession, openPage } from './browser.ts';
import { chooseFiles, textOf } from './editor-fixtures.ts';
import { readSeed, relationRows, waitForRows } from './explorer-fixtures.ts';

// The explorer page's "Open a dataset…": a file from the reader's computer shown in the widget.
const session = browserSession();
const SEED_RELATIONS = readSeed().relations.length;
afterEach(() => session.closeAll());

const GULF = 'graph-data/gulf-balance.json';
const gulf = JSON.parse(readFileSync(GULF, 'utf8')) as { title: string; relations: unknown[] };

const status = (page: import('playwright-core').Page) => page.locator('.open-status');

describe('opening a file in the explorer', () => {
  it('asks for the text file of a dataset that quotes one, then shows the dataset with its quotes', async () => {
    const { page, problems } = session.track(await openPage(session.browser, '/'));
    await waitForRows(page, SEED_RELATIONS);
    await chooseFiles(page, 'Open a dataset…', [GULF]);
    await expect
      .poll(() => textOf(status(page)))
      .toBe(
        'gulf-balance.json quotes from sources/putins-delicate-dance.txt: choose that file together with the dataset.',
      );
    // Nothing changed: the graph shown is still the seed.
    expect(await relationRows(page).count()).toBe(SEED_RELATIONS);
    await chooseFiles(page, 'Open a dataset…', [GULF, 'graph-data/sources/putins-delicate-dance.txt']);
    await expect.poll(() => textOf(status(page))).toBe('Showing gulf-balance.json.');
    await waitForRows(page, gulf.relations.length);
    await page.getByRole('heading', { name: gulf.title }).waitFor();
    await relationRows(page).first().click();
    await page
      .getByRole('article', { name: /^Relation:/ })
      .locator('mark')
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('hands a broken file to the widget, which says where it breaks', async () => {
    const { page } = session.track(await openPage(session.browser, '/'));
    await waitForRows(page, SEED_RELATIONS);
    const broken = {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "a": 1,\n}'),
    };
    await chooseFiles(page, 'Open a dataset…', [broken]);
    await expect
      .poll(() => textOf(status(page)))
      .toBe('broken.json could not be shown: its problems are listed above the graph.');
    const alert = page.getByRole('alert').filter({ hasText: 'The new graph could not be loaded.' });
    await alert.waitFor();
    // Where it breaks, in the words of the validator.
    expect(await textOf(alert)).toContain('remove the comma at line 2, column 9');
    expect(await relationRows(page).count()).toBe(SEED_RELATIONS);
  });
});
