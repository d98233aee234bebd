import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphView } from '../../components/actor-graph-view/actor-graph-view.ts';
import { cli as runCli } from '../core/cli-harness.ts';
import { readBack } from '../core/readers/read-back.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { SEED_PATH, clickOn, measureInk, openExplorer, readSeed, waitForRows } from './explorer-fixtures.ts';
import {
  choose,
  downloadItem,
  downloadPng,
  dragActor,
  hideType,
  openMenu,
  pngSize,
  readJson,
  saveDownload,
  tempFolder,
  zoomIn,
  type Folder,
  type SnapshotJson,
} from './export-helpers.ts';

// The methods of <actor-graph-view>, the limits of what a browser can draw, agreement with the CLI,
// and exports on a page whose Content Security Policy is `default-src 'self'`.
const seed = readSeed();

let browser: Browser;
let folder: Folder;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await tempFolder();
});

afterAll(async () => {
  await browser?.close();
  await folder?.remove();
});

/**
 * Runs `fn` in the page with the explorer's `<actor-graph-view>` (inside the `<actor-graph>` loader,
 * which does not forward these methods yet) and `arg`, which must survive structured cloning.
 */
async function withView<T, A>(
  page: Page,
  fn: (view: ActorGraphView, arg: A) => Promise<T> | T,
  arg: A,
): Promise<T> {
  const result: unknown = await page.evaluate(
    ([source, argument]) => {
      const view = document.querySelector('actor-graph')!.shadowRoot!.querySelector('actor-graph-view')!;
      const run = new Function(`return (${source})`)() as (view: unknown, arg: unknown) => unknown;
      return run(view, argument);
    },
    [fn.toString(), arg as unknown] as const,
  );
  return result as T;
}

interface NxGraph {
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown>>;
}

describe('methods of <actor-graph-view>', () => {
  it('exportAs, download and viewSnapshot', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    const made = await withView(
      page,
      async (view) => {
        const csv = await view.exportAs('csv', { filtered: true });
        const png = await view.exportAs('png', { region: 'view', scale: 1 });
        const json = await view.exportAs('json');
        return {
          csv: { type: csv.type, rows: (await csv.text()).trim().split('\r\n').length },
          png: { type: png.type, head: [...new Uint8Array(await png.arrayBuffer()).slice(0, 24)] },
          json: JSON.parse(await json.text()) as unknown,
          snapshot: view.viewSnapshot(),
        };
      },
      null,
    );
    expect(made.csv.type).toBe('text/csv;charset=utf-8');
    expect(made.csv.rows).toBe(1 + seed.relations.reduce((n, r) => n + r.evidence.length, 0));
    expect(made.png.type).toBe('image/png');
    expect(pngSize(Uint8Array.from(made.png.head)).width).toBeGreaterThan(480);
    expect(made.json).toEqual(seed);
    const snapshot = JSON.parse(made.snapshot!) as SnapshotJson;
    expect(snapshot.kind).toBe('actor-graph-view');
    expect(Object.keys(snapshot.positions).sort()).toEqual(seed.actors.map((a) => a.id).sort());

    const path = await saveDownload(
      page,
      async () => {
        const result = await withView(page, (view) => view.download('graphml'), null);
        expect(result).toEqual({ fileName: 'putins-delicate-dance.graphml' });
      },
      folder.dir,
    );
    expect(readBack<NxGraph>('read_graph.py', 'graphml', path).nodes['RUS']).toBeDefined();

    const refused = await withView(
      page,
      async (view, formats) =>
        Promise.all(
          formats.map(([format, options]) =>
            view.exportAs(format, options).then(
              () => 'exported',
              (error: { code?: string; path?: string }) => `${error.code} ${error.path}`,
            ),
          ),
        ),
      [
        ['png', { scale: -1 }],
        ['svg', { region: 'all' as never }],
        ['pdf' as never, {}],
        ['png', { background: 'url(x)' }],
      ] as const,
    );
    expect(refused).toEqual([
      'invalid-option options.scale',
      'invalid-option options.region',
      'invalid-option options.format',
      'invalid-color options.background',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a PNG larger than browsers can draw is made smaller, with a message, and is never empty', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    let message: string | undefined;
    const path = await saveDownload(
      page,
      async () =>
        void ({ message } = await withView(page, (view) => view.download('png', { scale: 40 }), null)),
      folder.dir,
    );
    expect(message).toMatch(/^Image reduced to [\d.]+× to stay within 16\.8 megapixels\.$/);
    const png = await readFile(path);
    const { width, height } = pngSize(png);
    expect(width * height).toBeLessThanOrEqual(16_777_216);
    expect(Math.max(width, height)).toBeLessThanOrEqual(16_384);
    expect(width * height).toBeGreaterThan(16_777_216 * 0.95);
    const ink = await measureInk(browser, png);
    expect(ink.inked / ink.total).toBeGreaterThan(0.02);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the CLI and the widget agree', () => {
  it('GraphML and GEXF from the widget equal the CLI export with the view saved at the same moment', async () => {
    const { page, problems, context } = await openExplorer(browser, { reducedMotion: 'reduce' });
    await dragActor(page, 'SAU', 60, -40);
    await hideType(page, 'Rivalry');
    await clickOn(page, 'rus-isr-condemnation');
    await zoomIn(page);
    const view = await downloadItem(page, 'View snapshot (JSON)', folder.dir);
    await choose(page, /^Only shown/);
    const fromWidget = {
      graphml: await downloadItem(page, 'GraphML', folder.dir),
      gexf: await downloadItem(page, 'GEXF', folder.dir),
    };
    expect((await readJson<SnapshotJson>(view)).hiddenTypes).toEqual(['rivalry']);
    for (const format of ['graphml', 'gexf'] as const) {
      const out = join(folder.dir, `cli.${format}`);
      const exported = await runCli(['export', SEED_PATH, '--view', view, '--format', format, '--out', out]);
      expect(exported.code, exported.stderr).toBe(0);
      const widget = readBack<NxGraph>('read_graph.py', format, fromWidget[format]);
      const cli = readBack<NxGraph>('read_graph.py', format, out);
      expect(Object.keys(widget.edges)).toHaveLength(
        seed.relations.filter((r) => r.type !== 'rivalry').length,
      );
      expect(widget).toEqual(cli);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('exports under a strict Content Security Policy', () => {
  it("work on a page with default-src 'self', with no violation", async () => {
    const { page, problems, context } = await openPage(browser, 'about:blank', { reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(new URL('demo/blog.html', baseUrl()).href);
    expect(
      await page.evaluate(() => document.querySelector('meta[http-equiv]')?.getAttribute('content')),
    ).toBe("default-src 'self'");
    const widget = page.locator('actor-graph').first();
    await widget.scrollIntoViewIfNeeded();
    await waitForRows(page, seed.relations.length);

    const png = await downloadPng(widget, folder.dir, { scale: '1×' });
    expect(pngSize(await readFile(png)).width).toBeGreaterThan(480);
    for (const item of ['SVG image', 'CSV (relations and quotes)', 'View snapshot (JSON)']) {
      const path = await downloadItem(widget, item, folder.dir);
      expect((await readFile(path)).length, item).toBeGreaterThan(100);
    }
    await openMenu(widget);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
