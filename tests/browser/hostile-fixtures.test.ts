/**
 * Every hostile fixture of the manifest that the validator can meet in process, loaded into
 * `<actor-graph>` in a real Chromium from the page's own origin, with its source files beside it: the
 * widget reaches the verdict `validateDataset` reaches in Node on the same bytes, shows every problem
 * it lists or draws the graph with hostile text as text, and nothing in the data runs, is fetched,
 * links anywhere unsafe or touches the page.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { balanceIsolates } from '../../src/text/bidi.ts';
import { safeLinkUrl } from '../../src/text/safe-url.ts';
import { validateDataset, type Problem, type ValidationResult } from '../../src/validate/index.ts';
import { FIXTURES_DIR } from '../fixtures/hostile/harness.ts';
import { FIXTURES, type Category, type FixtureCase } from '../core/fixture-manifest.ts';
import { launchBrowser, type WatchedPage } from './browser.ts';
import { measureInk, nextFrames } from './explorer-fixtures.ts';
import {
  FIXTURES_PATH,
  FOREIGN_TAGS,
  REPORT_ONLY_POLICY,
  census,
  dataRequests,
  expectPageIntact,
  fixtureUrl,
  mount,
  openHostilePage,
  problemsOf,
  records,
  shownMessages,
} from './hostile-page.ts';

const CATEGORIES: readonly Category[] = [
  'injection',
  'links',
  'transport',
  'syntax',
  'integrity',
  'prototype',
  'csv',
  'limits',
];
/** The cases a browser can be given: not a directory or a pipe; 60 MB of zeros is hostile-limits' case. */
const CASES = FIXTURES.filter(
  (f) => CATEGORIES.includes(f.category) && f.inProcess !== false && f.generator?.kind !== 'sparse',
);

/** Where a case is served from, under the fixtures route: its file, or its generated name. */
const servedName = (fixture: FixtureCase): string => fixture.file ?? fixture.name;

const generated = new Map(
  CASES.flatMap((f) =>
    f.generator?.kind === 'bytes' ? [[servedName(f), f.generator.bytes()] as const] : [],
  ),
);

/** The name under the fixtures route, and the file it is, of a requested URL. */
const nameOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(FIXTURES_PATH.length));
const fileOf = (url: string): string => path.join(FIXTURES_DIR, nameOf(url));

async function bytesOf(fixture: FixtureCase): Promise<Uint8Array> {
  return generated.get(servedName(fixture)) ?? readFile(path.join(FIXTURES_DIR, servedName(fixture)));
}

/** The Node verdict on the same bytes, under the URL the widget names them by; sources read beside them. */
async function nodeVerdict(fixture: FixtureCase, url: string): Promise<ValidationResult> {
  const folder = path.dirname(path.join(FIXTURES_DIR, servedName(fixture)));
  return validateDataset(await bytesOf(fixture), {
    file: url,
    resolveSource: (file) => readFile(path.join(folder, file)),
    ...(fixture.limits ? { limits: fixture.limits } : {}),
  });
}

/**
 * A problem as both sides must agree on it. Where a source could not be read, the reason is the
 * transport's own (a file system's, an HTTP status), so only what the validator says before it is
 * compared.
 */
function comparable(problem: Problem): string {
  const where = `${problem.severity} ${problem.path} ${problem.line ?? '-'}:${problem.column ?? '-'}`;
  if (problem.code === 'source-unavailable') {
    return `${problem.code} ${where} ${problem.message.slice(0, problem.message.indexOf(' could not be read: '))}`;
  }
  // A source over the limit: Node knows its exact size from the file system, the browser may only
  // know that reading passed the limit; the rest of the message is the same.
  if (problem.code === 'too-large' && problem.path.startsWith('$.sources[')) {
    return `${problem.code} ${where} ${problem.message.slice(0, problem.message.indexOf(' is '))}`;
  }
  return `${problem.code} ${where} ${problem.message}`;
}

/**
 * The one report the widget itself causes: Trusted Types also guard `new Worker(url)`, and the layout
 * worker is started from a plain URL (its own chunk's). Where Trusted Types are enforced, the worker
 * is refused and the pipeline runs on the page instead; here, report-only, the worker runs.
 */
const isWorkerScriptUrl = (violation: string): boolean =>
  /^require-trusted-types-for: trusted-types-sink Worker constructor\|http:\/\/[^/]+\/assets\/graph\.work/.test(
    violation,
  );

let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openHostilePage(browser, { policy: REPORT_ONLY_POLICY, generated });
});

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
});

/** The page's records since `from`: what one case caused. */
function since(from: { problems: number; dialogs: number; requests: number }) {
  return {
    problems: watched.problems.slice(from.problems),
    dialogs: watched.dialogs.slice(from.dialogs),
    requests: watched.requests.slice(from.requests),
  };
}

/** Hostile text in the table and the panel, exactly as the data holds it. */
async function expectLiteralText(dataset: Dataset): Promise<void> {
  const { page } = watched;
  const widget = page.locator('actor-graph');
  expect(await widget.locator('[part="title"]').textContent()).toBe(dataset.title);
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const labels = new Map(dataset.relationTypes.map((t) => [t.id, t.label]));
  const rows = await widget.locator('actor-graph-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      // The label is the type cell's text beside its swatch (an svg with whitespace in it),
      // isolated in a <bdi> of its own.
      const type = tr.querySelector('.type')!;
      const label = [...type.childNodes]
        .filter((n) => n.nodeName.toLowerCase() !== 'svg' && n.nodeType !== Node.COMMENT_NODE)
        .map((n) => n.textContent);
      return [label.join(''), ...[1, 2].map((i) => tr.children[i]!.textContent)];
    }),
  );
  // Each datum sits in its own isolate, balanced so that a stray U+2069 cannot close ours early.
  const expected = dataset.relations.map((r) =>
    [labels.get(r.type)!, names.get(r.from)!, names.get(r.to)!].map(balanceIsolates),
  );
  expect(rows.sort()).toEqual(expected.sort());

  // The panel: the first relation with its summary and every quote, then its first actor.
  const relation = dataset.relations[0];
  if (!relation) return;
  const panel = widget.locator('actor-graph-evidence');
  await widget.evaluate((element, id) => (element as ActorGraphElement).select('relation', id), relation.id);
  await panel.locator('.summary').waitFor();
  expect(await panel.locator('.summary').textContent()).toBe(relation.summary);
  expect(await panel.locator('mark').allTextContents()).toEqual(relation.evidence.map((e) => e.quote));
  const actor = dataset.actors.find((a) => a.id === relation.from)!;
  await widget.evaluate((element, id) => (element as ActorGraphElement).select('actor', id), actor.id);
  await panel.getByRole('article', { name: `Actor: ${actor.name}` }).waitFor();
  expect(await panel.locator('.title > span').textContent()).toBe(actor.name);
}

/** The canvas has drawn something: a graph, not a blank box. */
async function expectCanvasDrawn(): Promise<void> {
  const surface = watched.page.locator('actor-graph').getByRole('application');
  await nextFrames(watched.page);
  const ink = await measureInk(browser, await surface.screenshot());
  expect(ink.inked).toBeGreaterThan(0);
}

describe.each(
  CATEGORIES.map((category) => [category, CASES.filter((f) => f.category === category)] as const),
)('hostile %s fixtures in <actor-graph>', (_, cases) => {
  it.each(cases.map((f) => [`${f.name}: ${f.description}`, f] as const))('%s', async (_name, fixture) => {
    const { page } = watched;
    const url = fixtureUrl(servedName(fixture));
    const from = {
      problems: watched.problems.length,
      dialogs: watched.dialogs.length,
      requests: watched.requests.length,
    };
    const violationsBefore = (await records(page)).violations.length;

    const state = await mount(page, url, fixture.limits);
    const verdict = await nodeVerdict(fixture, url);
    const problems = await problemsOf(page);

    // The same validator on the same bytes: the same verdict, problem for problem.
    expect(state).toBe(fixture.outcome === 'valid' ? 'ready' : 'failed');
    expect(problems.map((p) => comparable(p))).toEqual(verdict.problems.map((p) => comparable(p)));
    if (fixture.outcome === 'valid') {
      // After both selections, so the census below sees every kind of text the fixture sets.
      await expectLiteralText(verdict.dataset!);
      await expectCanvasDrawn();
    } else {
      // The error box lists the problems, errors first, as the validator words them (25 at most).
      const errorsFirst = [...problems].sort((a, b) =>
        a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
      );
      expect(await shownMessages(page)).toEqual(errorsFirst.slice(0, 25).map((p) => p.message));
      await page
        .locator('actor-graph')
        .getByRole('heading', { name: 'This graph could not be shown' })
        .waitFor();
    }

    const made = await census(page);
    expect(made.tags.filter((tag) => FOREIGN_TAGS.includes(tag))).toEqual([]);
    expect(made.handlers).toEqual([]);
    for (const link of made.links) {
      expect(safeLinkUrl(link.href)).toBe(link.href);
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(
      made.urls.filter((u) => !u.startsWith('a href=http') && u !== `actor-graph-view src=${url}`),
    ).toEqual([]);

    const caused = since(from);
    expect(caused.dialogs).toEqual([]);
    // A source file that is not there: the browser's own line for the 404, and nothing else.
    const missing = dataRequests(caused.requests).filter(
      (r) => !existsSync(fileOf(r)) && !generated.has(nameOf(r)),
    );
    expect(caused.problems).toEqual(
      missing.map(() => expect.stringMatching(/^error: Failed to load resource: .* 404 \(Not Found\)$/)),
    );
    const violations = (await records(page)).violations.slice(violationsBefore);
    expect(violations.filter((v) => !isWorkerScriptUrl(v))).toEqual([]);
    // Only the dataset and files inside its folder (the route answers 404 for missing ones).
    const folder = new URL('.', url).href;
    expect(dataRequests(caused.requests).filter((r) => !r.startsWith(folder))).toEqual([]);
    expect(dataRequests(caused.requests)).toContain(url);
    await expectPageIntact(page);
  });
});
