import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ResizeMessage } from '../../components/embed-page/embed-page.ts';
import { RESIZE_SCRIPT, iframeSnippet } from '../../components/embed-code/snippets.ts';
import {
  embedSession,
  GULF_URL,
  absolute,
  expectOnlyOwnOrigin,
  readDataset,
  routeHtml,
} from './embed-fixtures.ts';

// The iframe embed (embed.html, built) inside a host page that uses the documented snippet.
const gulf = readDataset(GULF_URL);

const { open, closeAll } = embedSession();

/** A host page: some text, the snippet the Embed dialog offers, and a second frame with an id. */
function hostPage(): string {
  const snippet = iframeSnippet(
    {
      loader: absolute('actor-graph.js'),
      page: absolute('embed.html'),
      attributes: [['src', absolute(GULF_URL)]],
    },
    gulf.title,
  );
  const second = `embed.html?src=${encodeURIComponent(absolute(GULF_URL))}&id=second&height=300&theme=dark`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>
    </head><body style="margin: 0; background: #fdf6e3"><p>An article.</p>
    ${snippet}
    <iframe id="second" src="${second}" title="Second" data-actor-graph style="width: 100%; border: 0"></iframe>
    </body></html>`;
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`${selector} has no frame.`);
  await frame.waitForFunction((n) => {
    const table = document
      .querySelector('actor-graph')
      ?.shadowRoot?.querySelector('actor-graph-view')
      ?.shadowRoot?.querySelector('actor-graph-table');
    return table?.shadowRoot?.querySelectorAll('tbody tr').length === n;
  }, gulf.relations.length);
  return frame;
}

const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('embed.html in an iframe', () => {
  it('posts its height, and the documented parent script makes the frame that tall', async () => {
    const { page, requests, problems } = await open('/host.html', {
      before: (p) => routeHtml(p, '/host.html', hostPage()),
    });
    const frame = await frameOf(page, 'iframe[loading="lazy"]');
    const iframe = page.locator('iframe[loading="lazy"]');
    const height = await contentHeight(frame);
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(height);
    const messages = await page.evaluate(() => (window as unknown as { messages: ResizeMessage[] }).messages);
    const own = messages.filter((m) => m.id === null);
    expect(own.at(-1)).toEqual({ type: 'actor-graph:resize', id: null, height });
    // Plausible: taller than its canvas (480px) with the header, legend and table around it.
    expect(height).toBeGreaterThan(480);
    // Filling the frame's width, on a see-through page.
    const fills = await frame.evaluate(() => ({
      width: document.querySelector('actor-graph')!.getBoundingClientRect().width === innerWidth,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(fills).toEqual({ width: true, background: 'rgba(0, 0, 0, 0)' });
    for (const f of [page.mainFrame(), frame]) {
      expect(
        await f.evaluate(
          () => (window as unknown as { records: { violations: string[] } }).records.violations,
        ),
      ).toEqual([]);
    }
    expectOnlyOwnOrigin(requests);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('passes id, height and theme on, and each frame is resized on its own', async () => {
    const { page, problems } = await open('/host.html', {
      before: (p) => routeHtml(p, '/host.html', hostPage()),
    });
    const frame = await frameOf(page, 'iframe#second');
    const height = await contentHeight(frame);
    await expect.poll(async () => (await page.locator('iframe#second').boundingBox())!.height).toBe(height);
    const messages = await page.evaluate(() => (window as unknown as { messages: ResizeMessage[] }).messages);
    expect(messages.filter((m) => m.id === 'second').at(-1)).toEqual({
      type: 'actor-graph:resize',
      id: 'second',
      height,
    });
    const canvas = await frame.evaluate(() =>
      document.querySelector('actor-graph')!.style.getPropertyValue('--actor-graph-height'),
    );
    expect(canvas).toBe('300px');
    expect(await frame.locator('actor-graph').getAttribute('theme')).toBe('dark');
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('refuses data from another site or another scheme, and says why', async () => {
    for (const src of ['https://example.com/graph.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const { page, requests, dialogs, problems } = await open(`embed.html?src=${encodeURIComponent(src)}`);
      const alert = page.getByRole('alert');
      expect(await alert.textContent()).toContain(
        `The src parameter must be an http(s) address on ${new URL(absolute('/')).origin}`,
      );
      expect(await page.locator('actor-graph').count()).toBe(0);
      expectOnlyOwnOrigin(requests);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    }
    await closeAll();
  });

  it('is documented with the same parent script the Embed dialog offers', () => {
    for (const doc of ['docs/embed.md', 'README.md'])
      expect(readFileSync(doc, 'utf8')).toContain(RESIZE_SCRIPT);
  });
});
