/**
 * How a graph first arrives, observed from outside as a reader's browser would show it: the canvas
 * is drawn before the panels, which then come without moving it; a dataset with saved positions is
 * drawn exactly there, with no layout run; bad positions do not break the drawing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/model/dataset.ts';
import { absolute, embedSession, HEAVY_CHUNK, readDataset, routeHtml, SEED_URL } from './embed-fixtures.ts';

const { open, closeAll } = embedSession();
/** The saved-view reader's chunk, which the widget imports on demand. */
const VIEW_READER = /\/assets\/view-loader-[\w-]+\.js$/;
const seed = readDataset(`graph-data/putins-delicate-dance.json`);

/** A page with one eager widget on `src` (and `view`), which records `actor-graph-load`. */
const page = (
  src: string,
  view?: string,
): string => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>First draw</title><script type="module" src="/actor-graph.js"></script></head><body>
  <actor-graph src="${src}" ${view ? `view="${view}"` : ''} loading="eager"><p>Fallback</p></actor-graph>
  <script>document.addEventListener('actor-graph-load', (e) => (window.loaded = e.detail));</script>
  </body></html>`;

/**
 * Runs in the page from its first script: when the table is put into the widget, whether the canvas
 * already had ink, and where the canvas was then; so the order is seen, not timed.
 */
function watchPanels(): void {
  type Seen = { inkBeforeTable?: boolean; canvasAtTable?: DOMRect };
  const seen: Seen = {};
  (window as unknown as { seen: Seen }).seen = seen;
  const inked = (root: ParentNode): boolean =>
    [...root.querySelectorAll('canvas')].some((canvas) => {
      if (!canvas.width || !canvas.height) return false;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    });
  const find = (): void => {
    const view = document.querySelector('actor-graph')?.shadowRoot?.querySelector('actor-graph-view');
    const root = view?.shadowRoot;
    if (!root) {
      requestAnimationFrame(find);
      return;
    }
    new MutationObserver(() => {
      if (seen.inkBeforeTable !== undefined || !root.querySelector('actor-graph-table')) return;
      const canvas = root.querySelector('actor-graph-canvas');
      seen.inkBeforeTable = !!canvas?.shadowRoot && inked(canvas.shadowRoot);
      seen.canvasAtTable = canvas!.getBoundingClientRect();
    }).observe(root, { childList: true, subtree: true });
  };
  find();
}

async function loaded(p: Page): Promise<void> {
  await p.waitForFunction(() => (window as unknown as { loaded?: unknown }).loaded !== undefined);
}

/** The seed with its actors on a circle: no layout would put them there. */
function onACircle(dataset: Dataset): Dataset {
  const n = dataset.actors.length;
  return {
    ...dataset,
    actors: dataset.actors.map((actor, i) => ({
      ...actor,
      position: { x: 400 * Math.cos((2 * Math.PI * i) / n), y: 400 * Math.sin((2 * Math.PI * i) / n) },
    })),
  };
}

/** Serves `dataset` as /placed.json beside the seed's source file, and the page on it. */
async function serve(dataset: Dataset, before?: (p: Page) => Promise<unknown>) {
  return open('/first-draw.html', {
    before: async (p) => {
      await routeHtml(p, '/first-draw.html', page('graph-data/placed.json'));
      await p.route('**/graph-data/placed.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
      );
      await before?.(p);
    },
  });
}

describe('the first drawing', () => {
  it('draws the canvas before the evidence panel, legend and table, which then come without moving it', async () => {
    const { page: p, problems } = await open('/first-draw.html', {
      before: async (q) => {
        await routeHtml(q, '/first-draw.html', page(SEED_URL));
        await q.addInitScript(watchPanels);
      },
    });
    await loaded(p);
    const seen = await p.evaluate(() => {
      const { seen } = window as unknown as { seen: { inkBeforeTable?: boolean; canvasAtTable?: DOMRect } };
      const view = document.querySelector('actor-graph')!.shadowRoot!.querySelector('actor-graph-view')!;
      const canvas = view.shadowRoot!.querySelector('actor-graph-canvas')!.getBoundingClientRect();
      return { ...seen, canvasAtTable: seen.canvasAtTable?.toJSON(), canvasNow: canvas.toJSON() };
    });
    expect(seen.inkBeforeTable).toBe(true);
    expect(seen.canvasNow).toEqual(seen.canvasAtTable);
    // The panels are all there once the load is announced.
    const graph = p.locator('actor-graph');
    expect(await graph.getByRole('row').count()).toBe(seed.relations.length + 1);
    expect(await p.locator('actor-graph-legend').count()).toBe(1);
    expect(await p.locator('actor-graph-evidence').count()).toBe(1);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('asks for the source text, the saved view and its reader while its code downloads, each once', async () => {
    const hidden = seed.relationTypes[0]!.id;
    const view = { kind: 'actor-graph-view', formatVersion: 1, hiddenTypes: [hidden] };
    const order: string[] = [];
    let textAsked = (): void => {};
    const asked = new Promise<void>((resolve) => (textAsked = resolve));
    const {
      page: p,
      problems,
      requests,
    } = await open('/first-draw.html', {
      before: async (q) => {
        await routeHtml(q, '/first-draw.html', page(SEED_URL, 'my-view.json'));
        await q.route('**/my-view.json', (route) =>
          route.fulfill({ contentType: 'application/json', body: JSON.stringify(view) }),
        );
        q.on('request', (request) => {
          if (request.url().endsWith('.txt')) {
            order.push('source text');
            textAsked();
          } else if (request.url().endsWith('/my-view.json')) order.push('view');
          else if (VIEW_READER.test(request.url())) order.push('view reader');
        });
        // The widget's code is held until the source text is asked for; the guard only keeps a
        // broken build (which asks for it after its code has run) from hanging: it fails below.
        await q.route(HEAVY_CHUNK, async (route) => {
          await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
          order.push('widget code');
          await route.continue();
        });
      },
    });
    await loaded(p);
    // The reader's code is asked for with the widget's, not once the widget's has run.
    expect(order.filter((step) => step !== 'view reader')).toEqual(['view', 'source text', 'widget code']);
    expect(order.indexOf('view reader')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('view reader')).toBeLessThan(order.indexOf('widget code'));
    expect(requests.filter((url) => VIEW_READER.test(url))).toHaveLength(1);
    const source = absolute(`graph-data/${seed.sources[0]!.file!}`);
    expect(requests.filter((url) => url === source)).toHaveLength(1);
    expect(requests.filter((url) => url.endsWith('/my-view.json'))).toHaveLength(1);
    // The view was read from that one request: its hidden type is not in the table.
    const shown = seed.relations.filter((relation) => relation.type !== hidden).length;
    expect(await p.locator('actor-graph').getByRole('row').count()).toBe(shown + 1);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('draws a dataset with saved positions exactly there, with no layout run', async () => {
    const circle = onACircle(seed);
    const { page: p, problems } = await serve(circle);
    await loaded(p);
    const drawn = await p.evaluate(
      (ids) => ids.map((id) => document.querySelector('actor-graph')!.renderedPositionOf(id)!),
      circle.actors.map((a) => a.id),
    );
    // On screen, the saved positions scaled and moved as one: the same shape, so nothing laid it out.
    const saved = circle.actors.map((a) => a.position!);
    const scale = (drawn[1]!.x - drawn[0]!.x) / (saved[1]!.x - saved[0]!.x);
    expect(scale).toBeGreaterThan(0);
    drawn.forEach((point, i) => {
      expect(point.x - drawn[0]!.x).toBeCloseTo(scale * (saved[i]!.x - saved[0]!.x), 0);
      expect(point.y - drawn[0]!.y).toBeCloseTo(scale * (saved[i]!.y - saved[0]!.y), 0);
    });
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('says what is wrong with positions that cannot be drawn, and lays out a half-saved graph with a warning', async () => {
    const far = onACircle(seed);
    far.actors[2]!.position = { x: 1e308, y: 0 };
    const broken = await serve(far);
    // The error box names the place; the canvas is not drawn at all.
    await broken.page.getByText('$.actors[2].position.x').waitFor();
    expect(await broken.page.locator('actor-graph-canvas').count()).toBe(0);
    await closeAll();

    const half = onACircle(seed);
    delete half.actors[3]!.position;
    const { page: p } = await serve(half);
    await loaded(p);
    const problems = await p.evaluate(() =>
      document.querySelector('actor-graph')!.problems.map((problem) => problem.code),
    );
    expect(problems).toContain('positions-incomplete');
    // Laid out: not on the circle.
    const drawn = await p.evaluate(
      (ids) => ids.map((id) => document.querySelector('actor-graph')!.renderedPositionOf(id)!),
      half.actors.map((a) => a.id),
    );
    expect(drawn.every((point) => Number.isFinite(point.x) && Number.isFinite(point.y))).toBe(true);
    await closeAll();
  });
});
