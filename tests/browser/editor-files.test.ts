import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readSeed } from './explorer-fixtures.ts';
import { browserSession } from './browser.ts';
import {
  DRAFT_FILE,
  chooseFiles,
  liveRegion,
  openEditor,
  openInEditor,
  relationForm,
  relationList,
  textOf,
} from './editor-fixtures.ts';

// Opening every kind of file the editor takes (and refusing what it cannot), and saving without
// losing anything: unsaved work before another file replaces it, storage that is full, and the
// File System Access API (stubbed: headless Chromium shows no picker).
const session = browserSession();
const SEED_RELATIONS = readSeed().relations.length;
afterEach(() => session.closeAll());

const SEED = 'graph-data/putins-delicate-dance.json';
const SEED_TEXT = 'graph-data/sources/putins-delicate-dance.txt';
const SEED_TITLE = "Putin's Delicate Dance: Russia between Iran and Israel";

describe('opening', () => {
  it('asks for the text file of a dataset whose source is a file, then opens it', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    await chooseFiles(page, 'Open…', [SEED]);
    const ask = page.getByRole('region', { name: /quotes from a text file beside it/ });
    await ask.waitFor();
    expect(await textOf(ask)).toContain('sources/putins-delicate-dance.txt');
    const chooser = page.waitForEvent('filechooser');
    await ask.getByText('Choose the text file…').click();
    await (await chooser).setFiles(SEED_TEXT);
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await expect.poll(() => relationList(page).getByRole('option').count()).toBe(SEED_RELATIONS);
    expect(await textOf(page.getByRole('region', { name: 'Checks' }))).toBe('Checks No errors, 0 warnings.');
    expect(problems).toEqual([]);
  });

  it('opens a dataset and its text file chosen together, and one from a URL', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [SEED, SEED_TEXT], SEED_TITLE);
    expect(await textOf(page.getByRole('heading', { name: /^Relations/ }))).toBe(
      `Relations ${SEED_RELATIONS}, 0 to review`,
    );
    const byUrl = session.track(await openEditor(session.browser, { path: `edit.html?src=${SEED}` }));
    await byUrl.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await textOf(byUrl.page.getByText(/^Editing/))).toBe('Editing putins-delicate-dance.json');
    expect(byUrl.problems).toEqual([]);
  });

  it('removes an unused relation type the dataset words its own way from its warning, and undoes it', async () => {
    const dataset = JSON.parse(readFileSync(DRAFT_FILE, 'utf8')) as { relationTypes: object[] };
    dataset.relationTypes.push({
      id: 'pact',
      label: 'Pact',
      polarity: 'cooperative',
      description: 'A written pact, in this dataset’s own words.',
    });
    const { page, problems } = session.track(await openEditor(session.browser));
    const file = {
      name: 'with-pact.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    };
    await openInEditor(page, [file], /.+/);
    const checks = page.getByRole('region', { name: 'Checks' });
    await expect
      .poll(() => textOf(checks))
      .toContain('Relation type "pact" is declared but no relation uses it.');
    await checks.getByRole('button', { name: 'Remove Pact' }).click();
    await expect.poll(() => textOf(checks)).not.toContain('"pact"');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => textOf(checks))
      .toContain('Relation type "pact" is declared but no relation uses it.');
    expect(problems).toEqual([]);
  });

  it('refuses a file that is not a dataset, saying where and what is wrong', async () => {
    const { page } = session.track(await openEditor(session.browser));
    const broken = {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "id": "x",\n  oops\n}'),
    };
    await chooseFiles(page, 'Open…', [broken]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await textOf(alert)).toMatch(
      /^broken\.json cannot be opened for editing\. 1 problem: broken\.json:3:3: error json-syntax/,
    );
    // Nothing else opened in its place.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Review a draft');
  });

  it('asks before another file replaces unsaved work, and keeps it when told to', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [DRAFT_FILE], /draft/);
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await chooseFiles(page, 'Open…', [SEED, SEED_TEXT]);
    const dialog = page.getByRole('dialog', { name: 'Replace your unsaved changes?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await textOf(page.getByText(/^Editing/))).toBe('Editing seed-draft.json');
    await chooseFiles(page, 'Open…', [SEED, SEED_TEXT]);
    await dialog.getByRole('button', { name: /Discard them and open/ }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  });
});

describe('the element', () => {
  it('opens a dropped file, says it opened, and keeps its work when moved in the page', async () => {
    const { page, problems } = session.track(await openEditor(session.browser));
    await page.getByRole('button', { name: 'Open a file…' }).waitFor();
    await page.evaluate(() => {
      const editor = document.querySelector('actor-graph-editor')!;
      (window as unknown as { opened: unknown[] }).opened = [];
      editor.addEventListener('actor-graph-edit-open', (e) =>
        (window as unknown as { opened: unknown[] }).opened.push((e as CustomEvent).detail),
      );
    });
    const json = readFileSync(DRAFT_FILE, 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped-draft.json', { type: 'application/json' }));
      const zone = document.querySelector('actor-graph-editor')!.shadowRoot!.querySelector('.empty')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true }));
    }, json);
    await page.getByRole('heading', { level: 1, name: /draft/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { opened: unknown[] }).opened)).toEqual([
      { name: 'dropped-draft.json', relations: 31, drafts: 31 },
    ]);
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    // Out of the page and back in (a host re-parenting it): the same work, still working.
    await page.evaluate(() => {
      const editor = document.querySelector('actor-graph-editor')!;
      const parent = editor.parentElement!;
      editor.remove();
      parent.append(editor);
    });
    expect(await textOf(page.locator('.status'))).toBe('1 unsaved change, kept in this browser.');
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => textOf(page.locator('.status'))).toBe('2 unsaved changes, kept in this browser.');
    expect(problems).toEqual([]);
  });
});

describe('keeping and saving work', () => {
  it('says plainly when the browser cannot keep unsaved work, and asks before the page closes', async () => {
    const { page } = session.track(
      await openEditor(session.browser, {
        init: () => {
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        },
      }),
    );
    await openInEditor(page, [DRAFT_FILE], /draft/);
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'not kept' });
    await alert.waitFor();
    expect(await textOf(alert)).toBe(
      'Your changes are not kept in this browser: they will be lost if this page closes. Save the file to keep them. (the browser’s storage for this site is full).',
    );
    expect(await textOf(page.locator('.status'))).toBe('1 unsaved change, not kept in this browser.');
  });

  it('writes with the File System Access API, then to the same file again; a cancelled picker saves nothing', async () => {
    const { page } = session.track(
      await openEditor(session.browser, {
        init: () => {
          const log: { picked: number; written: string[]; cancel: boolean } = {
            picked: 0,
            written: [],
            cancel: false,
          };
          Object.assign(window, { saveLog: log });
          Object.assign(window, {
            showSaveFilePicker: async (options: { suggestedName: string }) => {
              if (log.cancel) throw new DOMException('The user aborted a request.', 'AbortError');
              log.picked++;
              return {
                name: `chosen-${options.suggestedName}`,
                createWritable: async () => {
                  let text = '';
                  return {
                    write: async (data: string) => void (text += data),
                    close: async () => void log.written.push(text),
                  };
                },
              };
            },
          });
        },
      }),
    );
    type Log = { picked: number; written: string[]; cancel: boolean };
    const log = () => page.evaluate(() => (window as unknown as { saveLog: Log }).saveLog);
    await openInEditor(page, [DRAFT_FILE], /draft/);
    await page.evaluate(() => ((window as unknown as { saveLog: Log }).saveLog.cancel = true));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => textOf(page.getByRole('status').filter({ hasText: 'Not saved' })))
      .toContain('Not saved: no file was chosen.');
    await page.evaluate(() => ((window as unknown as { saveLog: Log }).saveLog.cancel = false));
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => textOf(liveRegion(page))).toBe('Saved chosen-seed-draft.json.');
    expect(await textOf(page.locator('.status'))).toMatch(/^Saved chosen-seed-draft\.json /);
    await relationForm(page).getByRole('button', { name: 'Reject' }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await log()).written.length).toBe(2);
    const { picked, written } = await log();
    expect(picked).toBe(1);
    const [first, second] = written.map(
      (t) => JSON.parse(t) as { relations: { id: string; draft?: unknown }[] },
    );
    expect(first!.relations).toHaveLength(31);
    expect(first!.relations[0]!.draft).toBeUndefined();
    expect(second!.relations).toHaveLength(30);
    expect(written[0]!.endsWith('}\n')).toBe(true);
  });
});

describe('unsaved work from an earlier visit', () => {
  it('is gone for good once discarded (after a confirmation), and a new file replaces it', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [DRAFT_FILE], /draft/);
    await relationForm(page).getByRole('button', { name: 'Reject' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Discard them' }).click();
    const dialog = page.getByRole('dialog', { name: 'Discard your unsaved changes?' });
    expect(await textOf(dialog)).toContain('1 unsaved change to seed-draft.json will be gone for good.');
    await dialog.getByRole('button', { name: 'Discard them' }).click();
    // The empty state's Open button shows beside the banner: wait for the banner itself to go (under
    // load the discard can still be under way when the button is found).
    await expect.poll(() => page.getByText('Unsaved work found.').count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Open a file…' }).waitFor();
    expect(await page.getByText('Unsaved work found.').count()).toBe(0);
  });

  it('waits for the reader before a page address opens another dataset over it', async () => {
    const { page } = session.track(await openEditor(session.browser));
    await openInEditor(page, [DRAFT_FILE], /draft/);
    await relationForm(page).getByRole('button', { name: 'Accept' }).click();
    await page.goto(new URL(`edit.html?src=${SEED}`, page.url()).href);
    await page.getByText('Unsaved work found.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Review a draft');
    await page.getByRole('button', { name: 'Discard them' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard them' }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  });
});
