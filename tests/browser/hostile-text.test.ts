/**
 * What a reader sees of hostile text and hostile source URLs: markup stays text a person can find,
 * and a source's title links only to an http(s) URL without credentials, as `safeLinkUrl` decides,
 * whatever spelling the URL tries. The links fixtures' URL sources are not quoted, so the panel would
 * never show them; each is loaded here with one more quote per URL source, so every one is shown.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset } from '../../src/validate/index.ts';
import { FIXTURES_DIR } from '../fixtures/hostile/harness.ts';
import { FIXTURES } from '../core/fixture-manifest.ts';
import { launchBrowser, type WatchedPage } from './browser.ts';
import {
  REPORT_ONLY_POLICY,
  census,
  expectPageIntact,
  fixtureUrl,
  mount,
  openHostilePage,
  records,
} from './hostile-page.ts';

const LINK_CASES = FIXTURES.filter((f) => f.links && f.outcome === 'valid');
const QUOTE = 'Linked text';

/** The fixture with every URL source quoted once more in its first relation. */
async function quotingEverySource(file: string): Promise<Dataset> {
  const dataset = JSON.parse(await readFile(path.join(FIXTURES_DIR, file), 'utf8')) as Dataset;
  const linked = dataset.sources.filter((s) => s.url !== undefined);
  const evidence = linked.map((s) => ({ source: s.id, quote: QUOTE, start: 0, end: QUOTE.length }));
  const [first, ...rest] = dataset.relations;
  return { ...dataset, relations: [{ ...first!, evidence: [...first!.evidence, ...evidence] }, ...rest] };
}

const derivedName = (file: string): string => `derived/${path.basename(file)}`;
const derived = new Map<string, Dataset>();

let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  for (const fixture of LINK_CASES)
    derived.set(derivedName(fixture.file!), await quotingEverySource(fixture.file!));
  const generated = new Map(
    [...derived].map(([name, d]) => [name, new TextEncoder().encode(JSON.stringify(d))]),
  );
  browser = await launchBrowser();
  watched = await openHostilePage(browser, { policy: REPORT_ONLY_POLICY, generated });
});

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
});

const widget = () => watched.page.locator('actor-graph');
const panel = () => widget().locator('actor-graph-evidence');

async function selectRelation(id: string): Promise<void> {
  await widget().evaluate(
    (element, relation) => (element as ActorGraphElement).select('relation', relation),
    id,
  );
  await panel().locator('.quote').first().waitFor();
}

describe('hostile text on screen', () => {
  it('shows markup from html-in-text.json as text in the title, the table and the panel', async () => {
    const { page } = watched;
    expect(await mount(page, fixtureUrl('hostile/injection/html-in-text.json'))).toBe('ready');
    await widget().getByRole('heading', { name: '<script>alert(document.cookie)</script>' }).waitFor();
    const table = widget().locator('actor-graph-table');
    await table.getByText('<img src=x onerror=alert(1)>', { exact: true }).waitFor();
    await table.getByText('<script>alert(1)</script>', { exact: true }).waitFor();
    await table.getByText("'><img src=x onerror=alert(1)>", { exact: true }).waitFor();

    await selectRelation('r1');
    await panel().getByText('"><script>alert(1)</script>', { exact: true }).waitFor();
    await panel().getByText("'><img src=x onerror=alert(1)>", { exact: true }).waitFor();
    await panel().getByText('<svg/onload=alert(1)> (<marquee>)', { exact: true }).waitFor();
    await panel().getByText('Attributed to <script>alert(2)</script>', { exact: true }).waitFor();
    expect(await panel().locator('mark').textContent()).toBe(
      'Alpha said <script>alert("pwned")</script> and signed a treaty with Beta',
    );
    await widget().evaluate((element) => (element as ActorGraphElement).select('actor', 'A'));
    await panel().getByText('<a href="javascript:alert(1)">click</a>', { exact: true }).waitFor();
    await panel().getByText('</textarea><script>alert(1)</script>', { exact: true }).waitFor();

    expect(await widget().locator('img, script, iframe, a, b, style, marquee, textarea').count()).toBe(0);
    expect(watched.dialogs).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect((await records(page)).violations).toEqual([]);
    await expectPageIntact(page);
  });
});

describe.each(LINK_CASES.map((f) => [f.file!, f] as const))(
  'source URLs of %s in the evidence panel',
  (file, fixture) => {
    it('link only where safeLinkUrl allows, with rel="noopener noreferrer"; the rest are plain text', async () => {
      const { page } = watched;
      const dataset = derived.get(derivedName(file))!;
      const url = fixtureUrl(derivedName(file));
      const verdict = await validateDataset(JSON.stringify(dataset), { file: url });
      expect(verdict.problems).toEqual([]);
      expect(await mount(page, url)).toBe('ready');
      await selectRelation(dataset.relations[0]!.id);

      const cites = await panel()
        .locator('.quote cite')
        .evaluateAll((elements) =>
          elements.map((cite) => {
            const a = cite.querySelector('a');
            return {
              text: cite.textContent,
              link: a && {
                href: a.getAttribute('href'),
                rel: a.getAttribute('rel'),
                target: a.getAttribute('target'),
              },
            };
          }),
        );
      const expected = dataset.sources.map((source) => {
        const link = source.url === undefined ? undefined : fixture.links![source.url];
        return {
          text: source.title,
          link: link === undefined ? null : { href: link, rel: 'noopener noreferrer', target: '_blank' },
        };
      });
      // The fixture's own quote, from its source without a URL, then one per URL source, in order.
      expect(cites).toEqual(expected);
      expect((await census(page)).links.map((l) => l.href).sort()).toEqual(
        Object.values(fixture.links!)
          .filter((l) => l !== undefined)
          .sort(),
      );

      expect(watched.dialogs).toEqual([]);
      expect(watched.problems).toEqual([]);
      expect((await records(page)).violations).toEqual([]);
      await expectPageIntact(page);
    });
  },
);
