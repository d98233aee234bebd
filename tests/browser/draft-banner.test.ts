/**
 * A machine draft shown in the built widget: the reader is told, once, how many relations nobody has
 * reviewed; an accepted relation (its `draft` removed) no longer counts; a reviewed dataset shows
 * nothing. The dataset is drafted in Node from the seed article, as `actor-graph draft` would.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { draftDataset } from '../../src/draft/draft.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { browserSession } from './browser.ts';
import { openExplorer, view, waitForRows } from './explorer-fixtures.ts';

const session = browserSession();
afterEach(() => session.closeAll());

const ARTICLE = readFileSync('graph-data/sources/putins-delicate-dance.txt', 'utf8');
const DRAFT = draftDataset(ARTICLE, { published: '2025-06-21' }).dataset;

async function show(page: Page, dataset: Dataset): Promise<void> {
  await view(page).evaluate((element, data) => {
    (element as ActorGraphElement).data = data;
  }, dataset);
  await waitForRows(page, dataset.relations.length);
}

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'Draft.' });

describe('a drafted dataset in the widget', () => {
  it('says how many relations are machine drafts, and counts the ones still not accepted', async () => {
    const { page, problems } = session.track(await openExplorer(session.browser));
    expect(await banner(page).count()).toBe(0);

    await show(page, DRAFT);
    const total = DRAFT.relations.length;
    await expect
      .poll(() => banner(page).textContent())
      .toContain(`All ${total} relations were proposed by a machine`);
    const warnings = await view(page).evaluate(
      (element) => (element as ActorGraphElement).problems.filter((p) => p.code === 'draft-relation').length,
    );
    expect(warnings).toBe(total);

    const accepted = {
      ...DRAFT,
      title: 'One relation accepted',
      relations: DRAFT.relations.map((r, i) => (i === 0 ? { ...r, draft: undefined } : r)),
    };
    await show(page, JSON.parse(JSON.stringify(accepted)) as Dataset);
    await page.getByRole('heading', { name: 'One relation accepted' }).waitFor();
    await expect.poll(() => banner(page).textContent()).toContain(`${total - 1} of ${total} relations`);
    expect(problems).toEqual([]);
  });
});
