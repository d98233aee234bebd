/**
 * Issue #12, case 7: bidirectional text. An actor named `Russia` followed by U+202E (RIGHT-TO-LEFT
 * OVERRIDE) reversed the widget's own sentence around it, and a name with a stray U+2069 before its
 * override escaped even a `<bdi>`. Every piece of data inside the widget's text is now isolated, the
 * widget is left to right on a right-to-left page (its words are English), and Arabic, Hebrew and
 * Persian names read in their own direction, on screen and in the exported SVG.
 *
 * Order on screen is read from the layout (where each word's box is), never from pixels. Screenshots
 * of the page, light and dark, at 1280 and 680 pixels, are written to the system's temporary folder
 * for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { balanceIsolates } from '../../src/text/bidi.ts';
import { RTL_NAMES } from '../fixtures/hostile/cases-hardening.ts';
import { browserSession, openPage } from './browser.ts';
import { nextFrames, waitForRows } from './explorer-fixtures.ts';
import { absolute, fixtureUrl, serveFixtures } from './hostile-page.ts';

const session = browserSession();
afterEach(() => session.closeAll());

const SHOTS = path.join(tmpdir(), 'actor-graph-rtl');
const RTL_PAGE = '/hostile/rtl.html';
const page = (theme: string) => `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8">
<title>مقال</title><script type="module" src="/actor-graph.js"></script></head>
<body><h1>مقال: روسيا وإيران</h1><p>نص المقال قبل الرسم البياني.</p><main>
<actor-graph loading="eager" theme="${theme}" src="${fixtureUrl('hostile/injection/rtl-names.json')}"></actor-graph>
</main><p>نص بعد الرسم.</p></body></html>`;

async function openRtl(theme: 'light' | 'dark', width = 1280): Promise<{ page: Page; problems: string[] }> {
  const watched = session.track(
    await openPage(session.browser, 'about:blank', {
      viewport: { width, height: 1200 },
      reducedMotion: 'reduce',
    }),
  );
  await watched.page.route(absolute(RTL_PAGE), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: page(theme) }),
  );
  await serveFixtures(watched.page);
  await watched.page.goto(absolute(RTL_PAGE));
  await waitForRows(watched.page, 6);
  await nextFrames(watched.page);
  return watched;
}

/** The left edge of the first occurrence of `word` in the element's text, through its shadow root. */
function leftOf(scope: Locator, word: string): Promise<number> {
  return scope.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, word);
}

describe('an RTL page with Arabic, Hebrew and Persian names, and names built to turn text around', () => {
  it('keeps the widget’s own sentence in order after a name with an override', async () => {
    const { page, problems } = await openRtl('light');
    const summary = page.locator('actor-graph').locator('[part="summary"]');
    expect(await summary.textContent()).toContain('is the most connected, with 4 relations to 4 actors.');
    // Left to right, as written: the override in the name ends with the name.
    const most = await leftOf(summary, 'most');
    expect(await leftOf(summary, 'connected')).toBeGreaterThan(most);
    expect(await leftOf(summary, 'relations to')).toBeGreaterThan(most);
    expect(problems).toEqual([]);
  });

  it('is laid out left to right on a right-to-left page: search, Fit, Export, Embed', async () => {
    const { page } = await openRtl('light');
    const widget = page.locator('actor-graph');
    const x = async (locator: Locator) => (await locator.boundingBox())!.x;
    const search = await x(widget.getByRole('combobox'));
    const fit = await x(widget.getByRole('button', { name: 'Fit' }));
    const exportButton = await x(widget.getByRole('button', { name: 'Export', exact: true }));
    expect(search).toBeLessThan(fit);
    expect(fit).toBeLessThan(exportButton);
  });

  it('shows a relation between two such names as "from → to", each name in its own direction', async () => {
    const { page, problems } = await openRtl('dark');
    const widget = page.locator('actor-graph');
    await widget.locator('actor-graph-table tbody tr').nth(2).click();
    const ends = widget.locator('actor-graph-evidence .ends');
    await ends.waitFor();
    const from = await leftOf(ends, 'Russia');
    const arrow = await leftOf(ends, '→');
    const to = await leftOf(ends, 'Gulf');
    expect(from).toBeLessThan(arrow);
    expect(arrow).toBeLessThan(to);
    // The stray U+2069 is left out, so it cannot close the <bdi>; everything visible is there.
    expect(await ends.locator('bdi').nth(1).textContent()).toBe(balanceIsolates(RTL_NAMES.breakout));
    // And in the table, the type cell of the next row is not pulled into this row's names.
    expect(await leftOf(widget.locator('actor-graph-table tbody tr').nth(2), 'Talk')).toBeLessThan(
      await leftOf(widget.locator('actor-graph-table tbody tr').nth(2), 'Russia'),
    );
    expect(problems).toEqual([]);
  });

  it('reads an Arabic name right to left inside its isolate, in a line of ours', async () => {
    const { page } = await openRtl('light');
    const widget = page.locator('actor-graph');
    await widget.getByRole('combobox').fill('روسيه');
    // "alias → name": the alias matched, then the actor's name.
    const why = widget.locator('actor-graph-search .why').first();
    await why.waitFor();
    const alias = await leftOf(why, 'روسيه');
    expect(await leftOf(why, '→')).toBeGreaterThan(alias);
    expect(await leftOf(why, RTL_NAMES.arabic)).toBeGreaterThan(await leftOf(why, '→'));
  });

  it('exports an SVG whose every line of data is an isolate and holds no override', async () => {
    const { page, problems } = await openRtl('light');
    const svg = await page
      .locator('actor-graph')
      .evaluate(async (element) => (await (element as ActorGraphElement).exportAs('svg')).text());
    expect(svg).not.toMatch(/[\u202A-\u202E]/);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    for (const line of lines) expect(balanceIsolates(line)).toBe(line);
    for (const name of [RTL_NAMES.arabic, RTL_NAMES.hebrew]) expect(lines).toContain(`\u2068${name}\u2069`);
    expect(lines).toContain('\u2068Russia\u2069');
    expect(svg).toContain('Source&#58; \u2068מקור&#58; ידיעות (2024)\u2069 — actor-graph');
    expect(problems).toEqual([]);
  });

  it('exports a PNG from the RTL page, light and dark, and is photographed for a person to look at', async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const)
      for (const width of [1280, 680]) {
        const { page, problems } = await openRtl(theme, width);
        const png = await page.locator('actor-graph').evaluate(async (element) => {
          const blob = await (element as ActorGraphElement).exportAs('png', { scale: 1 });
          return blob.size;
        });
        expect(png).toBeGreaterThan(1000);
        await page.screenshot({ path: path.join(SHOTS, `rtl-${width}-${theme}.png`), fullPage: true });
        expect(problems).toEqual([]);
        await session.closeAll();
      }
  }, 120_000);
});
